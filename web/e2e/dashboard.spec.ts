import Papa from 'papaparse';
import { expect, expectAccessible, newCompany, signedInPage, test } from './support';

/** The export's days per leave type for leave that stands (approved or awaiting approval), as payroll reads it. */
async function exportedDays(admin: { gql: (q: string, v?: Record<string, unknown>) => Promise<any> },
                            locationId: string | null): Promise<Record<string, number>> {
  const { exportLeaveReport } = await admin.gql(`mutation($l: ID) { exportLeaveReport(from: "2026-01-01", to: "2026-12-31",
    locationId: $l) { downloadUrl } }`, { l: locationId });
  const csv = await (await fetch(exportLeaveReport.downloadUrl)).text();
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  const days: Record<string, number> = {};
  for (const row of rows.filter((r) => r.record === 'request' && (r.status === 'APPROVED' || r.status === 'PENDING'))) {
    days[row.leave_type] = (days[row.leave_type] ?? 0) + Number(row.days);
  }
  return days;
}

test('an admin sees the company\'s leave at a glance, in figures that match the export, live, on a laptop and a phone', async ({ browser }) => {
  const acme = await newCompany();
  const request = (who: typeof acme.ann, type: string, from: string, to: string) => who.gql(`mutation($t: ID!, $f: AWSDate!,
    $to: AWSDate!) { requestLeave(leaveTypeId: $t, startDate: $f, endDate: $to) { id } }`, { t: type, f: from, to });
  // Ann: sick today (no approval needed), a week in July approved by Bob, two days in February recorded afterwards;
  // Carol in Paris: two days in August awaiting approval
  await request(acme.ann, acme.sick, '2026-06-15', '2026-06-15');
  const july = (await request(acme.ann, acme.vacation, '2026-07-06', '2026-07-10')).requestLeave.id;
  await acme.bob.gql('mutation($r: ID!) { approveLeave(requestId: $r) { id } }', { r: july });
  await acme.admin.gql(`mutation($u: ID!, $t: ID!) { addPastLeave(userId: $u, leaveTypeId: $t, startDate: "2026-02-02",
    endDate: "2026-02-03") { id } }`, { u: acme.ann.id, t: acme.vacation });
  await request(acme.carol, acme.vacation, '2026-08-03', '2026-08-04');

  // Dora has worked in Berlin since 2025 under a policy whose carry-over (at most 5) expires at the end of September:
  // she took nothing in 2025, so 5 days carried into 2026 expire on 30 September unless she takes them
  await acme.admin.gql(`mutation($l: ID!, $t: ID!) { setLeavePolicy(locationId: $l, leaveTypeId: $t,
    effectiveDate: "2025-01-01", annualAllowanceDays: 25, accrual: UPFRONT, rolloverMaxDays: 5,
    rolloverExpiryMonths: 9) { id } }`, { l: acme.berlin, t: acme.vacation });
  const dora = (await acme.admin.gql(`mutation($e: AWSEmail!) { addUser(email: $e, name: "Dora", role: MEMBER) { id } }`,
    { e: `dora.${Date.now().toString(36)}@acme.test` })).addUser.id;
  await acme.admin.gql(`mutation($u: ID!, $l: ID!) { moveUserToLocation(userId: $u, locationId: $l,
    effectiveDate: "2025-01-01") { id } }`, { u: dora, l: acme.berlin });

  const page = await signedInPage(browser, acme.admin);
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Away today' })).toContainText('Ann · Sick leave');
  await expect(page.getByRole('region', { name: 'Away this week' })).toContainText('Ann · Sick leave');
  await expect(page.getByRole('region', { name: 'Coming up (next 30 days)' })).toContainText('Ann · Vacation');
  await expect(page.getByRole('region', { name: 'Coming up (next 30 days)' })).not.toContainText('Carol');
  const expiring = page.getByRole('region', { name: 'Carried-over days that will expire unused' });
  await expect(expiring).toContainText('Dora · Vacation · 5 days expire on Wed, 30 Sept 2026 unless taken before');
  // two of them taken (recorded), live: three still expire
  await acme.admin.gql(`mutation($u: ID!, $t: ID!) { addPastLeave(userId: $u, leaveTypeId: $t, startDate: "2026-03-02",
    endDate: "2026-03-03") { id } }`, { u: dora, t: acme.vacation });
  await expect(expiring).toContainText('Dora · Vacation · 3 days expire on Wed, 30 Sept 2026');

  // every chart's figures as a table; by type they are the export's, to the half day
  const byType = page.getByRole('region', { name: 'Leave by type, 2026' });
  await byType.getByText('The figures as a table').click();
  const exported = await exportedDays(acme.admin, null);
  expect(exported).toEqual({ Vacation: 11, 'Sick leave': 1 });
  await expect(byType.getByRole('row', { name: /^Vacation/ })).toHaveText(/^Vacation\s*4\s*7\s*11$/); // taken Feb + Mar, planned Jul + Aug
  await expect(byType.getByRole('row', { name: /^Sick leave/ })).toHaveText(/^Sick leave\s*1\s*0\s*1$/);
  const byMonth = page.getByRole('region', { name: /^Leave by month, 2026/ });
  await byMonth.getByText('The figures as a table').click();
  await expect(byMonth.getByRole('row', { name: /^Feb/ })).toHaveText(/^Feb\s*2\s*0\s*2$/);
  await expect(byMonth.getByRole('row', { name: /^Aug/ })).toHaveText(/^Aug\s*0\s*2\s*2$/);
  const sick = page.getByRole('region', { name: /^Sick leave and other leave without an allowance/ });
  await expect(sick).toContainText('1 person had at least one.');
  await expectAccessible(page);

  // a scope: Paris is Carol's two days, again as the export of Paris says
  await page.getByLabel('Show').selectOption({ label: 'Paris' });
  await expect(byType.getByRole('row', { name: /^Vacation/ })).toHaveText(/^Vacation\s*0\s*2\s*2$/);
  expect(await exportedDays(acme.admin, acme.paris)).toEqual({ Vacation: 2 });

  // live: a new request shows without a reload
  await page.getByLabel('Show').selectOption({ label: 'Everyone' });
  await request(acme.ann, acme.vacation, '2026-06-29', '2026-06-30');
  await expect(page.getByRole('region', { name: 'Coming up (next 30 days)' })).toContainText('Mon, 29 Jun 2026');
  await expect(byType.getByRole('row', { name: /^Vacation/ })).toHaveText(/^Vacation\s*4\s*9\s*13$/);

  // a phone: everything in one column, nothing scrolls sideways
  const phone = await signedInPage(browser, acme.admin, { viewport: { width: 390, height: 844 } });
  await phone.getByRole('link', { name: 'Dashboard' }).click();
  await expect(phone.getByRole('region', { name: 'Away today' })).toContainText('Ann');
  await expect(phone.locator('canvas').first()).toBeVisible();
  expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await expectAccessible(phone);
});
