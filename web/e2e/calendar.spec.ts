import { eventually, expect, expectAccessible, newCompany, cspViolations, requestsToOtherHosts, signedInPage, test } from './support';

test('the month calendar shows the right people on the right days, by location, and follows changes live', async ({ browser }) => {
  const acme = await newCompany();
  // Ann: sick Wed 17 June (no approval needed); Carol (Paris): vacation Mon 22 .. Tue 23 June, approved by the admin
  await acme.ann.gql(`mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: "2026-06-17", endDate: "2026-06-17") { id } }`,
    { t: acme.sick });
  const carolRequest = (await acme.carol.gql(`mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: "2026-06-22",
    endDate: "2026-06-23") { id } }`, { t: acme.vacation })).requestLeave.id;
  await acme.admin.gql('mutation($r: ID!) { approveLeave(requestId: $r) { id } }', { r: carolRequest });
  await eventually(() => acme.admin.gql('{ teamCalendar(from: "2026-06-01", to: "2026-06-30") { status } }'),
    (d: any) => d.teamCalendar.filter((e: any) => e.status === 'APPROVED').length === 2);

  const page = await signedInPage(browser, acme.bob);
  await page.getByRole('link', { name: 'Who is away' }).click();
  await expect(page.getByRole('heading', { name: 'June 2026' })).toBeVisible();
  const day = (iso: string) => page.locator(`td[data-date="${iso}"]`);
  await expect(day('2026-06-17')).toContainText('Ann');
  await expect(day('2026-06-22')).toContainText('Carol');
  await expect(day('2026-06-23')).toContainText('Carol');
  for (const empty of ['2026-06-16', '2026-06-18', '2026-06-24']) await expect(day(empty).locator('li')).toHaveCount(0);
  // Monday first in en-GB
  await expect(page.locator('.month-grid thead th').first()).toHaveText('Mon');
  await expectAccessible(page);

  // only Berlin
  await page.getByLabel('Location').selectOption({ label: 'Berlin' });
  await expect(day('2026-06-22').locator('li')).toHaveCount(0);
  await expect(day('2026-06-17')).toContainText('Ann');

  // someone else's new request appears by itself, pending; its reason is never shown
  await acme.ann.gql(`mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: "2026-06-25", endDate: "2026-06-25",
    reason: "dentist") { id } }`, { t: acme.vacation });
  await expect(day('2026-06-25').locator('li.pending')).toContainText('Ann');
  await expect(page.getByText('dentist')).toHaveCount(0);

  // the next month
  await page.getByRole('button', { name: 'Next month' }).click();
  await expect(page.getByRole('heading', { name: 'July 2026' })).toBeVisible();
  expect(requestsToOtherHosts(page)).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
});
