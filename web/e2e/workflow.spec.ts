import { eventually, expect, expectAccessible, newCompany, signedInPage, test } from './support';

test('an approval chain and a blackout set in the browser are what the next requests meet, and the report holds them', async ({ browser }) => {
  const acme = await newCompany();
  const page = await signedInPage(browser, acme.admin);
  await page.getByRole('link', { name: 'Set-up', exact: true }).first().click();

  // Vacation: Ann's approvers, then the admins
  const chain = page.getByRole('form', { name: 'Approval chain of Vacation' });
  await chain.getByRole('button', { name: 'Add a level' }).click();
  await chain.getByRole('button', { name: 'Add a level' }).click();
  await chain.getByLabel('Level 2 of Vacation').selectOption({ label: 'the admins' });
  await chain.getByRole('button', { name: 'Save chain of Vacation' }).click();
  await expect(chain.getByRole('alert')).toHaveCount(0);
  await eventually(() => acme.admin.gql('{ leaveTypes { name approvalLevels { kind } } }'),
    (d: any) => d.leaveTypes.find((t: any) => t.name === 'Vacation')?.approvalLevels.length === 2);

  const made = await acme.ann.gql(`mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: "2026-07-06",
    endDate: "2026-07-07") { id approvals { kind status } } }`, { t: acme.vacation });
  expect(made.requestLeave.approvals.map((a: any) => a.kind)).toEqual(['APPROVERS', 'ADMINS']);
  const passed = await acme.bob.gql('mutation($r: ID!) { approveLeave(requestId: $r) { status } }', { r: made.requestLeave.id });
  expect(passed.approveLeave.status).toBe('PENDING'); // the admins' level is next

  // a blackout everywhere in September for all types: Ann's request there is refused with its message
  const blackout = page.getByRole('form', { name: 'Add a blackout period' });
  await blackout.getByLabel('First day').fill('2026-09-07');
  await blackout.getByLabel('Last day').fill('2026-09-11');
  await blackout.getByRole('button', { name: 'Add blackout period' }).click();
  await expect(page.getByRole('region', { name: 'Blackout periods' })).toContainText('everywhere, all leave types: refused');
  await expect(acme.ann.gql(`mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: "2026-09-08",
    endDate: "2026-09-08") { id } }`, { t: acme.vacation })).rejects.toThrow(/BLACKOUT_PERIOD/);
  await expectAccessible(page);

  // the report of 2026 holds Ann's request and her balance line
  const report = page.getByRole('form', { name: 'Export a leave report' });
  await report.getByRole('button', { name: 'Make the report' }).click();
  const link = page.getByRole('link', { name: 'download the CSV' });
  await expect(link).toBeVisible();
  const csv = await (await fetch(String(await link.getAttribute('href')))).text();
  const lines = csv.split(/\r?\n/);
  expect(lines.some((l) => l.startsWith('request,') && l.includes(made.requestLeave.id) && l.includes('PENDING'))).toBe(true);
  expect(lines.filter((l) => l.startsWith('balance,') && l.includes(',Ann,')).length).toBeGreaterThan(0);
});
