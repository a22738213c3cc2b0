import { useEffect, useState } from 'preact/hooks';
import { CreateScimToken, Provisioning, RevokeScimToken, SetProvisioningSettings } from '../api/operations';
import { ConfirmButton, FieldError, LoadError, Section } from '../../../components/ui';
import { useApp } from '../../../lib/context';
import { runtimeConfig } from '../../../lib/config';
import { formatDay } from '../../../lib/format';
import { useLive } from '../../../lib/live';
import { useCommand } from '../../../hooks/useCommand';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

/**
 * What an admin pastes into Okta or Entra ID, and what finishes the job: single sign-on with the user pool's values,
 * then provisioning over SCIM with a token of this organization (docs/decisions/0033).
 */
export function IdentityProvider() {
  return (
    <Section title="Identity provider: Okta or Entra ID">
      <p class="muted">Connect your company's identity provider once: people then sign in with their company account,
        and those who join, move, change manager or leave are added, changed and ended here by themselves.</p>
      <SingleSignOn />
      <ScimProvisioning />
      <AttributeMapping />
    </Section>
  );
}

function SingleSignOn() {
  const config = runtimeConfig();
  const pool = config.userPoolId;
  const domain = config.signInDomain;
  return (
    <>
      <h3>1. Single sign-on</h3>
      {pool && domain ? (
        <>
          <p>In your identity provider, add an application for Leave Tracker with these values.</p>
          <dl class="values">
            <dt>SAML (Entra ID: Enterprise application, Okta: SAML 2.0): Identifier (Entity ID, Audience URI)</dt>
            <dd><code>urn:amazon:cognito:sp:{pool}</code></dd>
            <dt>SAML: Reply URL (Assertion Consumer Service, single sign-on URL)</dt>
            <dd><code>https://{domain}/saml2/idpresponse</code></dd>
            <dt>SAML: the claim Leave Tracker needs</dt>
            <dd><code>http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress</code>: the person's
              e-mail</dd>
            <dt>OpenID Connect (Okta: OIDC web application): sign-in redirect URI</dt>
            <dd><code>https://{domain}/oauth2/idpresponse</code>, scopes <code>openid email profile</code></dd>
          </dl>
        </>
      ) : (
        <p>This runtime signs people in without a user pool. A deployed stack shows here the values its user pool
          needs: the SAML identifier <code>urn:amazon:cognito:sp:&lt;UserPoolId&gt;</code> and reply URL{' '}
          <code>https://&lt;sign-in domain&gt;/saml2/idpresponse</code>, or the OpenID Connect redirect URI{' '}
          <code>https://&lt;sign-in domain&gt;/oauth2/idpresponse</code>.</p>
      )}
      <p>Then deploy once more with your provider, and the sign-in page offers "Sign in with" its name:</p>
      <pre><code>{`bin/cdk deploy -c identityProviders='{"saml": {"name": "EntraID", "metadataUrl": "<App Federation Metadata Url>"}}' \\
  -c samlEmailDomains=<your company's e-mail domains>`}</code></pre>
      <p>or, for OpenID Connect, with the client secret stored in Secrets Manager first:</p>
      <pre><code>{`bin/cdk deploy -c identityProviders='{"oidc": {"name": "Okta", "issuerUrl": "https://<yours>.okta.com",
  "clientId": "<client id>", "clientSecretName": "<secret's name>"}}'`}</code></pre>
    </>
  );
}

function ScimProvisioning() {
  const app = useApp();
  const provisioning = useLive(app.live, ['settings'], () => app.api.run(Provisioning, {}), []);
  const settings = provisioning.data?.provisioningSettings;
  const [label, setLabel] = useState('Okta');
  const [secret, setSecret] = useState<string>();
  const issue = useCommand();
  const revoke = useCommand();
  const save = useCommand();
  const [defaultLocation, setDefaultLocation] = useState('');
  const [locationAttribute, setLocationAttribute] = useState('');
  const [startDateAttribute, setStartDateAttribute] = useState('');
  const [createsTeams, setCreatesTeams] = useState(true);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (!settings) return;
    setDefaultLocation(settings.defaultLocationId ?? '');
    setLocationAttribute(settings.locationAttribute ?? '');
    setStartDateAttribute(settings.startDateAttribute ?? '');
    setCreatesTeams(settings.createsTeams);
  }, [settings?.defaultLocationId, settings?.locationAttribute, settings?.startDateAttribute, settings?.createsTeams]);
  const open = app.locations.filter((l) => !l.archived);
  return (
    <>
      <h3>2. Provisioning (SCIM 2.0)</h3>
      <LoadError error={provisioning.error} retry={provisioning.reload} />
      <p>In Okta (Provisioning: SCIM connector, authentication "HTTP Header") or Entra ID (Provisioning: Automatic),
        give this tenant URL and a token of {app.organizationName}:</p>
      <dl class="values">
        <dt>SCIM base URL (tenant URL)</dt>
        <dd>{settings?.scimUrl ? <code data-testid="scim-url">{settings.scimUrl}</code>
          : <span class="muted">{settings ? 'This deployment serves no SCIM endpoint.' : 'Loading…'}</span>}</dd>
        <dt>Unique identifier</dt>
        <dd><code>userName</code>: the person's e-mail. Someone you already added by hand or from a CSV file is
          matched by it, never added twice.</dd>
      </dl>

      <h4>Tokens</h4>
      {provisioning.data && provisioning.data.scimTokens.length === 0 && <p class="muted">No token yet.</p>}
      <ul class="plain">{provisioning.data?.scimTokens.map((t) => (
        <li key={t.id}>{t.label} <span class="muted">(created {formatDay(t.createdAt.slice(0, 10))})</span>{' '}
          <ConfirmButton label={`Revoke ${t.label}`}
            question={`Revoke the token "${t.label}"? Its provider is refused from its next call on; what it provisioned stays.`}
            onConfirm={() => revoke.run(async () => {
              await app.api.run(RevokeScimToken, { tokenId: t.id });
              provisioning.reload();
            })} /></li>))}</ul>
      <FieldError id="scim-revoke-error" error={revoke.error} />
      <form noValidate aria-label="Create a SCIM token" onSubmit={async (e) => {
        e.preventDefault();
        setSecret(undefined);
        await issue.run(async () => {
          setSecret((await app.api.run(CreateScimToken, { label: label.trim() })).createScimToken.secret);
          provisioning.reload();
        });
      }}>
        <div class="field"><label for="scim-token-label">Which provider it is for</label>
          <input id="scim-token-label" value={label} aria-describedby={issue.error ? 'scim-token-error' : undefined}
                 onInput={(e) => setLabel(e.currentTarget.value)} /></div>
        <FieldError id="scim-token-error" error={issue.error} />
        <button type="submit" disabled={issue.busy}>Create token</button>
      </form>
      {secret && <p role="status">Paste this token into your identity provider now; it is shown only once:{' '}
        <code data-testid="scim-secret">{secret}</code></p>}

      <h4>Where new people go</h4>
      <form noValidate aria-label="Provisioning settings" onSubmit={async (e) => {
        e.preventDefault();
        setSaved(false);
        if (await save.run(async () => {
          await app.api.run(SetProvisioningSettings, { defaultLocationId: defaultLocation || null,
            locationAttribute: locationAttribute.trim() || null, startDateAttribute: startDateAttribute.trim() || null,
            createsTeams });
          provisioning.reload();
        })) setSaved(true);
      }}>
        <div class="field"><label for="scim-default-location">Default location</label>
          <select id="scim-default-location" value={defaultLocation}
                  onChange={(e) => setDefaultLocation(e.currentTarget.value)}>
            <option value="">None: the only location, when there is one</option>
            {open.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
          </select></div>
        <div class="field"><label for="scim-location-attribute">Location attribute (names a location)</label>
          <input id="scim-location-attribute" value={locationAttribute} placeholder='addresses[type eq "work"].locality'
                 onInput={(e) => setLocationAttribute(e.currentTarget.value)} /></div>
        <div class="field"><label for="scim-start-attribute">Start date attribute (a new person's first day)</label>
          <input id="scim-start-attribute" value={startDateAttribute}
                 placeholder="urn:ietf:params:scim:schemas:extension:acme:2.0:User:hireDate"
                 aria-describedby="scim-start-hint"
                 onInput={(e) => setStartDateAttribute(e.currentTarget.value)} />
          <p id="scim-start-hint" class="muted">Without one, people start on the day they are pushed; with one, a person
            pushed ahead of their first day has their year counted from it.</p></div>
        <label class="inline"><input type="checkbox" checked={createsTeams}
          onChange={(e) => setCreatesTeams(e.currentTarget.checked)} /> A department no team is named after creates
          that team</label>
        <FieldError id="scim-settings-error" error={save.error} />
        <button type="submit" disabled={save.busy}>Save provisioning settings</button>
        {saved && <span role="status"> Saved.</span>}
      </form>
    </>
  );
}

function AttributeMapping() {
  return (
    <>
      <h3>3. Attribute mapping</h3>
      <table>
        <caption>What each SCIM attribute does here</caption>
        <thead><tr><th scope="col">SCIM attribute</th><th scope="col">In Leave Tracker</th></tr></thead>
        <tbody>
          <tr><td><code>userName</code>, <code>emails[primary eq true].value</code></td>
            <td>E-mail, the sign-in (the primary e-mail when there is one)</td></tr>
          <tr><td><code>name.givenName</code> + <code>name.familyName</code>, <code>displayName</code></td>
            <td>Name</td></tr>
          <tr><td><code>active</code></td>
            <td>Employment: <code>false</code> ends it today in the person's location, <code>true</code> undoes
              that end</td></tr>
          <tr><td><code>{ENTERPRISE}:department</code></td><td>Team</td></tr>
          <tr><td><code>{ENTERPRISE}:manager</code></td><td>First approver (made an approver if needed)</td></tr>
          <tr><td>the location attribute above</td><td>Location, by its name; else the default location</td></tr>
          <tr><td>the start date attribute above</td><td>A new person's first day (else the day they are pushed)</td></tr>
          <tr><td>Groups (push groups)</td><td>Teams and their members</td></tr>
        </tbody>
      </table>
      <p class="muted">Deprovisioning (<code>active</code> false, or a delete) ends employment: the person's
        history and figures stay, prorated to that day. Every change shows in the person's trail with the
        provider as who did it.</p>
    </>
  );
}
