import { t, useT } from '../../../i18n/i18n';
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
  useT();
  return (
    <Section title={t({ id: 'idp.title', defaultMessage: 'Identity provider: Okta or Entra ID', description: 'Section of the set-up' })}>
      <p class="muted">{t({ id: 'idp.intro', defaultMessage: 'Connect your company\'s identity provider once: people then sign in with their company account, and those who join, move, change manager or leave are added, changed and ended here by themselves.', description: 'What connecting does' })}</p>
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
  useT();
  return (
    <>
      <h3>{t({ id: 'idp.sso', defaultMessage: '1. Single sign-on', description: 'Heading' })}</h3>
      {pool && domain ? (
        <>
          <p>{t({ id: 'idp.ssoIntro', defaultMessage: 'In your identity provider, add an application for Leave Tracker with these values.', description: 'Single sign-on' })}</p>
          <dl class="values">
            <dt>{t({ id: 'idp.samlIdentifier', defaultMessage: 'SAML (Entra ID: Enterprise application, Okta: SAML 2.0): Identifier (Entity ID, Audience URI)', description: 'A SAML value; product and field names as the providers name them' })}</dt>
            <dd><code>urn:amazon:cognito:sp:{pool}</code></dd>
            <dt>{t({ id: 'idp.samlReply', defaultMessage: 'SAML: Reply URL (Assertion Consumer Service, single sign-on URL)', description: 'A SAML value' })}</dt>
            <dd><code>https://{domain}/saml2/idpresponse</code></dd>
            <dt>{t({ id: 'idp.samlClaim', defaultMessage: 'SAML: the claim Leave Tracker needs', description: 'A SAML value' })}</dt>
            <dd><code>http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress</code>: {t({ id: 'idp.personsEmail', defaultMessage: 'the person\'s e-mail', description: 'What the claim holds' })}</dd>
            <dt>{t({ id: 'idp.oidcRedirect', defaultMessage: 'OpenID Connect (Okta: OIDC web application): sign-in redirect URI', description: 'An OIDC value' })}</dt>
            <dd><code>https://{domain}/oauth2/idpresponse</code>, {t({ id: 'idp.scopes', defaultMessage: 'scopes', description: 'Before the OIDC scopes' })} <code>openid email profile</code></dd>
          </dl>
        </>
      ) : (
        <p>{t({ id: 'idp.local', defaultMessage: 'This runtime signs people in without a user pool. A deployed stack shows here the values its user pool needs: the SAML identifier and reply URL, or the OpenID Connect redirect URI:', description: 'The local runtime has no user pool; followed by the three values' })} <code>urn:amazon:cognito:sp:&lt;UserPoolId&gt;</code>{' '}
          <code>https://&lt;sign-in domain&gt;/saml2/idpresponse</code>{' '}
          <code>https://&lt;sign-in domain&gt;/oauth2/idpresponse</code></p>
      )}
      <p>{t({ id: 'idp.deployAgain', defaultMessage: 'Then deploy once more with your provider, and the sign-in page offers "Sign in with" its name:', description: 'Followed by a command' })}</p>
      <pre><code>{`bin/cdk deploy -c identityProviders='{"saml": {"name": "EntraID", "metadataUrl": "<App Federation Metadata Url>"}}' \\
  -c samlEmailDomains=<your company's e-mail domains>`}</code></pre>
      <p>{t({ id: 'idp.oidcDeploy', defaultMessage: 'or, for OpenID Connect, with the client secret stored in Secrets Manager first:', description: 'Followed by a command' })}</p>
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
  useT();
  return (
    <>
      <h3>{t({ id: 'idp.scim', defaultMessage: '2. Provisioning (SCIM 2.0)', description: 'Heading' })}</h3>
      <LoadError error={provisioning.error} retry={provisioning.reload} />
      <p>{t({ id: 'idp.scimIntro', defaultMessage: 'In Okta (Provisioning: SCIM connector, authentication "HTTP Header") or Entra ID (Provisioning: Automatic), give this tenant URL and a token of {organization}:', description: 'Where the values go; product and field names as the providers name them' }, { organization: app.organizationName })}</p>
      <dl class="values">
        <dt>{t({ id: 'idp.scimUrl', defaultMessage: 'SCIM base URL (tenant URL)', description: 'A SCIM value' })}</dt>
        <dd>{settings?.scimUrl ? <code data-testid="scim-url">{settings.scimUrl}</code>
          : <span class="muted">{settings ? t({ id: 'idp.noScim', defaultMessage: 'This deployment serves no SCIM endpoint.', description: 'No SCIM URL' }) : t({ id: 'app.loading', defaultMessage: 'Loading…', description: 'Shown while a screen loads' })}</span>}</dd>
        <dt>{t({ id: 'idp.uniqueId', defaultMessage: 'Unique identifier', description: 'A SCIM value' })}</dt>
        <dd><code>userName</code>: {t({ id: 'idp.uniqueIdValue', defaultMessage: 'the person\'s e-mail. Someone you already added by hand or from a CSV file is matched by it, never added twice.', description: 'After userName' })}</dd>
      </dl>

      <h4>{t({ id: 'idp.tokens', defaultMessage: 'Tokens', description: 'Heading' })}</h4>
      {provisioning.data && provisioning.data.scimTokens.length === 0 && <p class="muted">{t({ id: 'idp.noToken', defaultMessage: 'No token yet.', description: 'No SCIM token' })}</p>}
      <ul class="plain">{provisioning.data?.scimTokens.map((token) => (
        <li key={token.id}>{token.label} <span class="muted">{t({ id: 'idp.created', defaultMessage: '(created {day})', description: 'When a token was made' }, { day: formatDay(token.createdAt.slice(0, 10)) })}</span>{' '}
          <ConfirmButton label={t({ id: 'idp.revoke', defaultMessage: 'Revoke {label}', description: 'Button' }, { label: token.label })}
            question={t({ id: 'idp.revokeQuestion', defaultMessage: 'Revoke the token "{label}"? Its provider is refused from its next call on; what it provisioned stays.', description: 'Confirmation' }, { label: token.label })}
            onConfirm={() => revoke.run(async () => {
              await app.api.run(RevokeScimToken, { tokenId: token.id });
              provisioning.reload();
            })} /></li>))}</ul>
      <FieldError id="scim-revoke-error" error={revoke.error} />
      <form noValidate aria-label={t({ id: 'idp.createLabel', defaultMessage: 'Create a SCIM token', description: 'Accessible name of the form' })} onSubmit={async (e) => {
        e.preventDefault();
        setSecret(undefined);
        await issue.run(async () => {
          setSecret((await app.api.run(CreateScimToken, { label: label.trim() })).createScimToken.secret);
          provisioning.reload();
        });
      }}>
        <div class="field"><label for="scim-token-label">{t({ id: 'idp.tokenLabel', defaultMessage: 'Which provider it is for', description: 'Field: a token’s label' })}</label>
          <input id="scim-token-label" value={label} aria-describedby={issue.error ? 'scim-token-error' : undefined}
                 onInput={(e) => setLabel(e.currentTarget.value)} /></div>
        <FieldError id="scim-token-error" error={issue.error} />
        <button type="submit" disabled={issue.busy}>{t({ id: 'idp.create', defaultMessage: 'Create token', description: 'Button' })}</button>
      </form>
      {secret && <p role="status">{t({ id: 'idp.pasteToken', defaultMessage: 'Paste this token into your identity provider now; it is shown only once:', description: 'Followed by the token' })}{' '}
        <code data-testid="scim-secret">{secret}</code></p>}

      <h4>{t({ id: 'idp.whereNew', defaultMessage: 'Where new people go', description: 'Heading' })}</h4>
      <form noValidate aria-label={t({ id: 'idp.settingsLabel', defaultMessage: 'Provisioning settings', description: 'Accessible name of the form' })} onSubmit={async (e) => {
        e.preventDefault();
        setSaved(false);
        if (await save.run(async () => {
          await app.api.run(SetProvisioningSettings, { defaultLocationId: defaultLocation || null,
            locationAttribute: locationAttribute.trim() || null, startDateAttribute: startDateAttribute.trim() || null,
            createsTeams });
          provisioning.reload();
        })) setSaved(true);
      }}>
        <div class="field"><label for="scim-default-location">{t({ id: 'idp.defaultLocation', defaultMessage: 'Default location', description: 'Field' })}</label>
          <select id="scim-default-location" value={defaultLocation}
                  onChange={(e) => setDefaultLocation(e.currentTarget.value)}>
            <option value="">{t({ id: 'idp.noDefault', defaultMessage: 'None: the only location, when there is one', description: 'Choice' })}</option>
            {open.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
          </select></div>
        <div class="field"><label for="scim-location-attribute">{t({ id: 'idp.locationAttribute', defaultMessage: 'Location attribute (names a location)', description: 'Field' })}</label>
          <input id="scim-location-attribute" value={locationAttribute} placeholder='addresses[type eq "work"].locality'
                 onInput={(e) => setLocationAttribute(e.currentTarget.value)} /></div>
        <div class="field"><label for="scim-start-attribute">{t({ id: 'idp.startAttribute', defaultMessage: 'Start date attribute (a new person\'s first day)', description: 'Field' })}</label>
          <input id="scim-start-attribute" value={startDateAttribute}
                 placeholder="urn:ietf:params:scim:schemas:extension:acme:2.0:User:hireDate"
                 aria-describedby="scim-start-hint"
                 onInput={(e) => setStartDateAttribute(e.currentTarget.value)} />
          <p id="scim-start-hint" class="muted">{t({ id: 'idp.startHint', defaultMessage: 'Without one, people start on the day they are pushed; with one, a person pushed ahead of their first day has their year counted from it.', description: 'Hint' })}</p></div>
        <label class="inline"><input type="checkbox" checked={createsTeams}
          onChange={(e) => setCreatesTeams(e.currentTarget.checked)} /> {t({ id: 'idp.createsTeams', defaultMessage: 'A department no team is named after creates that team', description: 'Check box' })}</label>
        <FieldError id="scim-settings-error" error={save.error} />
        <button type="submit" disabled={save.busy}>{t({ id: 'idp.save', defaultMessage: 'Save provisioning settings', description: 'Button' })}</button>
        {saved && <span role="status"> {t({ id: 'idp.saved', defaultMessage: 'Saved.', description: 'After saving' })}</span>}
      </form>
    </>
  );
}

function AttributeMapping() {
  useT();
  return (
    <>
      <h3>{t({ id: 'idp.mapping', defaultMessage: '3. Attribute mapping', description: 'Heading' })}</h3>
      <table>
        <caption>{t({ id: 'idp.mappingCaption', defaultMessage: 'What each SCIM attribute does here', description: 'Caption' })}</caption>
        <thead><tr><th scope="col">{t({ id: 'idp.scimAttribute', defaultMessage: 'SCIM attribute', description: 'Column' })}</th><th scope="col">{t({ id: 'idp.inLeaveTracker', defaultMessage: 'In Leave Tracker', description: 'Column' })}</th></tr></thead>
        <tbody>
          <tr><td><code>userName</code>, <code>emails[primary eq true].value</code></td>
            <td>{t({ id: 'idp.mapEmail', defaultMessage: 'E-mail, the sign-in (the primary e-mail when there is one)', description: 'Mapping of userName' })}</td></tr>
          <tr><td><code>name.givenName</code> + <code>name.familyName</code>, <code>displayName</code></td>
            <td>{t({ id: 'common.name', defaultMessage: 'Name', description: 'Field: a name' })}</td></tr>
          <tr><td><code>active</code></td>
            <td>{t({ id: 'idp.mapActive', defaultMessage: 'Employment: false ends it today in the person\'s location, true undoes that end', description: 'Mapping of active; false and true are SCIM values, keep them' })}</td></tr>
          <tr><td><code>{ENTERPRISE}:department</code></td><td>{t({ id: 'calendar.team', defaultMessage: 'Team', description: 'Filter of the calendar by team' })}</td></tr>
          <tr><td><code>{ENTERPRISE}:manager</code></td><td>{t({ id: 'idp.mapManager', defaultMessage: 'First approver (made an approver if needed)', description: 'Mapping of manager' })}</td></tr>
          <tr><td>{t({ id: 'idp.locationAbove', defaultMessage: 'the location attribute above', description: 'A mapped attribute' })}</td><td>{t({ id: 'idp.mapLocation', defaultMessage: 'Location, by its name; else the default location', description: 'Mapping of the location attribute' })}</td></tr>
          <tr><td>{t({ id: 'idp.startAbove', defaultMessage: 'the start date attribute above', description: 'A mapped attribute' })}</td><td>{t({ id: 'idp.mapStart', defaultMessage: 'A new person\'s first day (else the day they are pushed)', description: 'Mapping of the start date attribute' })}</td></tr>
          <tr><td>{t({ id: 'idp.groups', defaultMessage: 'Groups (push groups)', description: 'SCIM groups' })}</td><td>{t({ id: 'idp.mapGroups', defaultMessage: 'Teams and their members', description: 'Mapping of groups' })}</td></tr>
        </tbody>
      </table>
      <p class="muted">{t({ id: 'idp.deprovisioning', defaultMessage: 'Deprovisioning (active false, or a delete) ends employment: the person\'s history and figures stay, prorated to that day. Every change shows in the person\'s trail with the provider as who did it.', description: 'What deprovisioning does; active is a SCIM attribute, keep it' })}</p>
    </>
  );
}
