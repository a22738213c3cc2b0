import { BASE, eventually, expect, expectAccessible, freshPage, newCompany, signedInPage, test } from './support';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

/** What Okta sends when it pushes a new person (its SCIM 2.0 guide's "Create User"). */
async function pushUser(token: string, email: string, extra: Record<string, unknown> = {}): Promise<Response> {
  return fetch(`${BASE}/scim/v2/Users`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/scim+json' },
    body: JSON.stringify({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE],
      userName: email, name: { givenName: 'Dana', familyName: 'Doe' },
      emails: [{ value: email, primary: true, type: 'work' }], active: true,
      [ENTERPRISE]: { department: 'Support' }, ...extra,
    }),
  });
}

test('connect Okta: the admin copies the SCIM URL and a token shown once, places new people, and a revoked token is refused', async ({ browser }) => {
  const acme = await newCompany();
  const page = await signedInPage(browser, acme.admin);
  await page.getByRole('link', { name: 'Set-up', exact: true }).first().click();
  const idp = page.getByRole('region', { name: 'Identity provider: Okta or Entra ID' });
  await expect(idp.getByTestId('scim-url')).toHaveText(`${BASE}/scim/v2`);
  // the dev runtime has no user pool: the page says what a deployment shows, and the deploy setting that finishes
  await expect(idp).toContainText('urn:amazon:cognito:sp:<UserPoolId>');
  await expect(idp).toContainText('bin/cdk deploy -c identityProviders=');
  await expect(idp.getByRole('table', { name: 'What each SCIM attribute does here' })).toContainText(`${ENTERPRISE}:manager`);

  await idp.getByLabel('Which provider it is for').fill('');
  await idp.getByRole('button', { name: 'Create token' }).click();
  await expect(idp.locator('#scim-token-error')).toBeVisible();
  await idp.getByLabel('Which provider it is for').fill('Okta');
  await idp.getByRole('button', { name: 'Create token' }).click();
  const secret = (await idp.getByTestId('scim-secret').textContent())!;
  expect(secret.length).toBeGreaterThan(20);
  await expect(idp.getByRole('listitem').filter({ hasText: 'Okta' })).toContainText('created');
  await expectAccessible(page);

  // Acme has two locations and no default yet: the provider is told why, and nothing is added
  const dana = `dana.${Date.now()}@acme.test`;
  const refused = await pushUser(secret, dana);
  expect(refused.status).toBe(400);
  expect((await refused.json()).detail).toContain('location');

  await idp.getByLabel('Default location').selectOption({ label: 'Berlin' });
  await idp.getByRole('button', { name: 'Save provisioning settings' }).click();
  await expect(idp.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  const created = await pushUser(secret, dana);
  expect(created.status).toBe(201);
  const people = await eventually(() => acme.admin.gql('{ users { email name locationId teamId } teams { id name } }'),
    (d: any) => d.users.some((u: any) => u.email === dana && u.locationId && u.teamId));
  const person = people.users.find((u: any) => u.email === dana);
  expect(person.name).toBe('Dana Doe');
  expect(person.locationId).toBe(acme.berlin);
  expect(person.teamId).toBe(people.teams.find((t: any) => t.name === 'Support').id);

  // a first day the provider holds, mapped once: someone pushed in June who starts in September counts from then
  const HR = 'urn:ietf:params:scim:schemas:extension:acme:2.0:User';
  await idp.getByLabel("Start date attribute (a new person's first day)").fill(`${HR}:hireDate`);
  await idp.getByRole('button', { name: 'Save provisioning settings' }).click();
  await eventually(() => acme.admin.gql('{ provisioningSettings { startDateAttribute } }'),
    (d: any) => d.provisioningSettings.startDateAttribute === `${HR}:hireDate`);
  const eve = `eve.${Date.now()}@acme.test`;
  const early = await pushUser(secret, eve, { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE, HR],
    [HR]: { hireDate: '2026-09-01T00:00:00Z' } });
  expect(early.status).toBe(201);
  const eveId = (await early.json()).id;
  // 25 days × 122 of 365 from 1 September, rounded once to the half day
  const allowance = await eventually(() => acme.admin.gql('query($u: ID!) { balances(userId: $u, year: 2026) { allowance } }',
    { u: eveId }), (d: any) => d.balances[0]?.allowance === 8.5);
  expect(allowance.balances[0].allowance).toBe(8.5);
  await expectAccessible(page);

  await idp.getByRole('button', { name: 'Revoke Okta' }).click();
  await idp.getByRole('button', { name: 'Yes, revoke okta' }).click();
  await expect(idp.getByText('No token yet.')).toBeVisible();
  const afterRevoke = await fetch(`${BASE}/scim/v2/Users`, { headers: { authorization: `Bearer ${secret}` } });
  expect(afterRevoke.status).toBe(401);
  await expectAccessible(page);
});

test('a deployment with a company provider: the sign-in page offers "Sign in with" it, and Cognito is asked for exactly that provider', async ({ browser }) => {
  const domain = 'acme-leave.auth.eu-central-1.amazoncognito.com';
  // config.json as the stack writes it with -c identityProviders='{"saml": {"name": "EntraID", …}}'
  const page = await freshPage(browser, { beforeLoad: async (p) => {
    await p.route('**/config.json', (route) => route.fulfill({ json: { graphqlUrl: '/graphql', signIn: 'cognito',
      region: 'eu-central-1', userPoolId: 'eu-central-1_AbCdEf123', userPoolClientId: 'webclient123',
      signInDomain: domain, identityProvider: 'EntraID' } }));
    await p.route(`https://${domain}/**`, (route) => route.fulfill({ contentType: 'text/html',
      body: '<!doctype html><title>Cognito</title>' }));
  } });
  await expect(page.getByRole('heading', { name: 'Sign in to Leave Tracker' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign in another way' })).toBeVisible();
  await expectAccessible(page);
  const authorize = page.waitForRequest((r) => r.url().startsWith(`https://${domain}/oauth2/authorize`));
  await page.getByRole('button', { name: 'Sign in with EntraID' }).click();
  const url = new URL((await authorize).url());
  expect(url.searchParams.get('identity_provider')).toBe('EntraID');
  expect(url.searchParams.get('client_id')).toBe('webclient123');
  expect(url.searchParams.get('response_type')).toBe('code');
  expect(url.searchParams.get('code_challenge_method')).toBe('S256');
});
