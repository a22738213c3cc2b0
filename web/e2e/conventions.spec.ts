import { expect, expectAccessible, newCompany, Person, signedInPage, test } from './support';

test('the calendar follows where a person works, names cut off read whole on focus, and the people list fits a phone', async ({ browser }) => {
  const acme = await newCompany();
  // someone whose name cannot fit a day's cell, away this week
  const long = await Person.signIn(`max.${Date.now().toString(36)}@acme.test`, 'Maximiliane von Hohenzollern-Sigmaringen');
  long.id = (await acme.admin.gql(`mutation($e: AWSEmail!) { addUser(email: $e, name: "Maximiliane von Hohenzollern-Sigmaringen",
    role: MEMBER) { id } }`, { e: long.email })).addUser.id;
  await acme.admin.gql(`mutation($u: ID!, $l: ID!) { moveUserToLocation(userId: $u, locationId: $l, effectiveDate: "2026-01-01") { id } }`,
    { u: long.id, l: acme.berlin });
  await long.gql(`mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: "2026-06-16", endDate: "2026-06-17") { id } }`,
    { t: acme.vacation });

  // an American browser: Ann works in Berlin, where the week starts on Monday; the admin, with no workplace yet, sees
  // the browser's own convention
  const ann = await signedInPage(browser, acme.ann, { locale: 'en-US' });
  await ann.getByRole('link', { name: 'Who is away' }).click();
  await expect(ann.locator('.month-grid thead th').first()).toHaveText('Mon');
  const admin = await signedInPage(browser, acme.admin, { locale: 'en-US' });
  await admin.getByRole('link', { name: 'Who is away' }).click();
  await expect(admin.locator('.month-grid thead th').first()).toHaveText('Sun');

  // the name is cut off in its cell, and whole while hovered or focused (the keyboard reaches it)
  const chip = ann.locator('td[data-date="2026-06-16"] .chip').filter({ hasText: 'Maximiliane' });
  await expect(chip).toHaveAttribute('title', /^Maximiliane von Hohenzollern-Sigmaringen: Vacation, pending$/);
  const cutOff = () => chip.evaluate((e) => e.scrollWidth > e.clientWidth);
  expect(await cutOff()).toBe(true);
  await chip.focus();
  await expect(chip).toBeFocused();
  expect(await cutOff()).toBe(false);
  await expectAccessible(ann);

  // on a phone, each person's role, location, team and approver are under their name: nothing scrolls sideways
  const phone = await signedInPage(browser, acme.admin, { viewport: { width: 390, height: 844 } });
  await phone.getByRole('link', { name: 'Set-up', exact: true }).first().click();
  await phone.getByLabel('Find a person').fill('ann');
  const annLocation = phone.getByLabel('Location of Ann');
  await expect(annLocation).toBeVisible();
  const box = await annLocation.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  expect(await phone.locator('.table-scroll').evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
  expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await expectAccessible(phone);
});
