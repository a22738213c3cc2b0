import { expect, expectAccessible, newCompany, Person, signedInPage, test } from './support';

test('what one admin changes in the set-up shows in another admin\'s open tab without a reload', async ({ browser }) => {
  const acme = await newCompany();
  const tag = Date.now().toString(36);
  const second = await Person.signIn(`second.${tag}@acme.test`, 'Sam Second');
  await acme.admin.gql('mutation($e: AWSEmail!) { addUser(email: $e, name: "Sam Second", role: ADMIN) { id } }',
    { e: second.email });
  const alex = await signedInPage(browser, acme.admin);
  const sam = await signedInPage(browser, second);
  for (const page of [alex, sam]) await page.getByRole('link', { name: 'Set-up', exact: true }).click();
  await expect(sam.getByRole('region', { name: 'Locations' }).locator('summary')).toHaveCount(2);
  let reloads = 0;
  sam.on('framenavigated', () => reloads++);

  // a location
  const location = alex.getByRole('form', { name: 'Add a location' });
  await location.getByLabel('Name').fill('Madrid');
  await location.getByLabel('Time zone').selectOption('Europe/Madrid');
  await location.getByLabel('Public holidays').fill('ES-MD');
  await location.getByRole('button', { name: 'Add location' }).click();
  await expect(sam.getByRole('region', { name: 'Locations' }).locator('summary'))
    .toHaveText(['Berlin (Europe/Berlin, holidays of Germany)', /^Madrid \(Europe\/Madrid, holidays of Spain – .*Madrid.*\)$/,
      'Paris (Europe/Paris, holidays of France)']);

  // a person, and their role
  const person = alex.getByRole('form', { name: 'Add a person' });
  await person.getByLabel('E-mail').fill(`uma.${tag}@acme.test`);
  await person.getByLabel('Name').fill('Uma');
  await person.getByRole('button', { name: 'Add person' }).click();
  await expect(sam.getByRole('rowheader', { name: /Uma/ })).toBeVisible();
  await alex.getByLabel('Role of Uma').selectOption('APPROVER');
  await expect(sam.getByLabel('Role of Uma')).toHaveValue('APPROVER');

  // a blackout period, in the workflow settings
  const blackout = alex.getByRole('form', { name: 'Add a blackout period' });
  await blackout.getByLabel('First day').fill('2026-10-05');
  await blackout.getByLabel('Last day').fill('2026-10-09');
  await blackout.getByRole('button', { name: 'Add blackout period' }).click();
  await expect(sam.getByRole('region', { name: 'Blackout periods' })).toContainText('5 Oct 2026');

  expect(reloads, 'Sam\'s tab was never reloaded').toBe(0);
  await expectAccessible(sam);
});
