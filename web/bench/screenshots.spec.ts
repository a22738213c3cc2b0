// The README's screenshots (docs/screenshots/), taken from a company set up through the API.
import { expect, newCompany, Person, signedInPage, signedInPageIn, test } from '../e2e/support';

const out = (name: string) => `../docs/screenshots/${name}.png`;

test('screenshots', async ({ browser }) => {
  const acme = await newCompany();
  const request = (who: typeof acme.ann, type: string, from: string, to: string, reason?: string) =>
    who.gql(`mutation($t: ID!, $f: AWSDate!, $u: AWSDate!, $r: String) { requestLeave(leaveTypeId: $t, startDate: $f,
      endDate: $u, reason: $r) { id } }`, { t: type, f: from, u: to, r: reason ?? null }).then((d) => d.requestLeave.id);
  const approved = await request(acme.ann, acme.vacation, '2026-06-22', '2026-06-26');
  await acme.bob.gql('mutation($r: ID!) { approveLeave(requestId: $r) { id } }', { r: approved });
  await request(acme.ann, acme.vacation, '2026-08-10', '2026-08-14', 'Summer by the lake');
  await request(acme.ann, acme.sick, '2026-06-10', '2026-06-10');
  await request(acme.carol, acme.vacation, '2026-06-17', '2026-06-19');
  await request(acme.bob, acme.sick, '2026-06-29', '2026-06-30');

  const ann = await signedInPage(browser, acme.ann, { viewport: { width: 1200, height: 900 } });
  await expect(ann.getByTestId('available-Vacation')).toHaveText('15');
  await ann.getByRole('button', { name: 'Explain these figures' }).click();
  await expect(ann.getByText('Allowance: 25 days a year')).toBeVisible();
  await ann.screenshot({ path: out('home'), fullPage: true });
  await ann.getByRole('link', { name: 'Request leave' }).first().click();
  await ann.getByLabel('Leave type').selectOption({ label: 'Vacation' });
  await ann.getByLabel('First day').fill('2026-07-13');
  await ann.getByLabel('Last day').fill('2026-07-17');
  await expect(ann.getByTestId('preview-days')).toHaveText('5 days');
  await ann.screenshot({ path: out('request') });
  await ann.getByLabel('First day').fill('2026-08-12');
  await ann.getByLabel('Last day').fill('2026-08-13');
  await expect(ann.locator('#dates-error')).toBeVisible();
  await ann.screenshot({ path: out('request-refused') });
  await ann.getByRole('link', { name: 'Who is away' }).click();
  await expect(ann.locator('td[data-date="2026-06-22"]')).toContainText('Ann');
  await ann.screenshot({ path: out('calendar'), fullPage: true });

  const bob = await signedInPage(browser, acme.bob, { viewport: { width: 1200, height: 800 } });
  await bob.getByRole('link', { name: 'Approvals' }).click();
  await expect(bob.getByRole('listitem', { name: /^Ann: Vacation/ })).toBeVisible();
  await expect(bob.getByTestId('requester-balance').first()).toContainText('available');
  await bob.screenshot({ path: out('approvals') });

  const admin = await signedInPage(browser, acme.admin, { viewport: { width: 1200, height: 900 } });
  await admin.getByRole('link', { name: 'Set-up', exact: true }).click();
  const adding = admin.getByRole('form', { name: 'Add a person' });
  await adding.getByLabel('Start date').fill('2026-07-01');
  await expect(adding.getByTestId('proration')).toContainText('prorated');
  await adding.scrollIntoViewIfNeeded();
  await admin.screenshot({ path: out('setup') });

  // a correction where the setting is shown, asked once more with what it recomputes
  await acme.admin.gql('mutation($l: ID!) { addHoliday(locationId: $l, date: "2026-06-19", name: "Summer party") { id } }',
    { l: acme.berlin });
  await admin.reload();
  const locations = admin.getByRole('region', { name: 'Locations' });
  await locations.locator('summary', { hasText: /^Berlin / }).click();
  await locations.getByRole('button', { name: 'Remove Summer party' }).click();
  await expect(locations.getByRole('group', { name: 'Remove Summer party' })).toBeVisible();
  await locations.getByRole('form', { name: 'Custom holidays of Berlin' }).scrollIntoViewIfNeeded();
  await admin.screenshot({ path: out('corrections') });

  // connecting Okta or Entra ID: the SCIM URL and a token shown once, where new people go
  const idp = admin.getByRole('region', { name: 'Identity provider: Okta or Entra ID' });
  await idp.getByRole('button', { name: 'Create token' }).click();
  await expect(idp.getByTestId('scim-secret')).toBeVisible();
  await idp.getByRole('heading', { name: '2. Provisioning (SCIM 2.0)' }).evaluate((e) => e.scrollIntoView());
  await admin.screenshot({ path: out('identity-provider') });

  // a new organization's first run: step 1 of the walk, next year's holidays previewed
  const founder = await Person.signIn(`founder.${Date.now().toString(36)}@startup.test`, 'Fran');
  await founder.gql('mutation { createOrganization(name: "Startup") { id } }');
  const first = await signedInPage(browser, founder, { viewport: { width: 1200, height: 900 } });
  await first.getByRole('link', { name: 'Set-up', exact: true }).first().click();
  const location = first.getByRole('form', { name: 'Add a location' });
  await location.getByLabel('Name').fill('Munich');
  await location.getByLabel('Time zone').selectOption('Europe/Berlin');
  await location.getByLabel('Public holidays').fill('bavaria');
  await location.getByRole('button', { name: 'Germany – Bavaria (DE-BY)' }).click();
  await expect(first.locator('#calendar-preview')).toContainText('public holidays in 2026');
  await first.screenshot({ path: out('first-run') });

  // the dashboard: the company's leave at a glance
  await admin.getByRole('link', { name: 'Dashboard' }).click();
  await expect(admin.getByRole('region', { name: 'Away this week' })).toContainText('Carol');
  await admin.screenshot({ path: out('dashboard'), fullPage: true });

  // the same request in German, and the calendar in French, each week starting on Monday
  const annDe = await signedInPageIn(browser, acme.ann, 'de-DE', { width: 1200, height: 900 });
  await annDe.getByRole('link', { name: 'Abwesenheit beantragen' }).first().click();
  await annDe.getByLabel('Erster Tag').fill('2026-07-13');
  await annDe.getByLabel('Letzter Tag').fill('2026-07-17');
  await expect(annDe.getByTestId('preview-days')).toHaveText('5 Tage');
  await annDe.screenshot({ path: out('request-de') });
  const carolFr = await signedInPageIn(browser, acme.carol, 'fr-FR', { width: 1200, height: 900 });
  await carolFr.getByRole('link', { name: 'Qui est absent' }).click();
  await expect(carolFr.locator('td[data-date="2026-06-22"]')).toContainText('Ann');
  await carolFr.screenshot({ path: out('calendar-fr'), fullPage: true });

  const phone = await signedInPage(browser, acme.ann, { viewport: { width: 390, height: 844 } });
  await expect(phone.getByTestId('available-Vacation')).toHaveText('15');
  await phone.screenshot({ path: out('phone') });
});
