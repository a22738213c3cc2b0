import { eventually, expect, expectAccessible, newCompany, signedInPage, test } from './support';

test('an admin makes a type time off in lieu and records overtime, and registers a webhook whose deliveries show', async ({ browser }) => {
  const acme = await newCompany();
  const overtime = (await acme.admin.gql(`mutation { createLeaveType(name: "Overtime", deductsFromAllowance: true,
    requiresApproval: true, allowHalfDays: true) { id } }`)).createLeaveType.id as string;
  const page = await signedInPage(browser, acme.admin);
  await page.getByRole('link', { name: 'Set-up', exact: true }).first().click();

  const types = page.getByRole('region', { name: 'Leave types' });
  await types.locator('summary', { hasText: /^Overtime / }).click();
  await types.getByRole('button', { name: 'Make Overtime time off in lieu' }).click();
  await types.getByRole('button', { name: 'Yes, make overtime time off in lieu' }).click();
  await expect(types.getByText('Time off in lieu: recorded overtime adds to it and expires after 12 months.')).toBeVisible();

  await page.getByRole('button', { name: 'Balances, past leave, history of Ann' }).click();
  const record = page.getByRole('form', { name: 'Record overtime of Ann' });
  await record.getByLabel('Day', { exact: true }).fill('2026-06-12');
  await record.getByRole('button', { name: 'Record overtime' }).click();
  await expect(record.getByLabel('Day', { exact: true })).toHaveValue('');
  const balance = await eventually(() => acme.ann.gql('query($y: Int!) { balances(year: $y) { leaveTypeId overtime } }', { y: 2026 }),
    (d: any) => d.balances.some((b: any) => b.leaveTypeId === overtime && b.overtime === 1));
  expect(balance.balances.find((b: any) => b.leaveTypeId === overtime).overtime).toBe(1);

  // a webhook on this machine's loopback (the local runtime allows it; the cloud needs public HTTPS)
  const hooks = page.getByRole('region', { name: 'Webhooks' });
  await hooks.getByLabel('Endpoint (HTTPS, public)').fill('http://127.0.0.1:9/leave');
  await hooks.getByRole('button', { name: 'Register webhook' }).click();
  await expect(hooks.getByRole('alert')).toContainText('event type'); // none chosen: refused at the form
  await expect(hooks.getByLabel('Endpoint (HTTPS, public)')).toHaveValue('http://127.0.0.1:9/leave');
  await hooks.getByLabel('LeaveRequested').check();
  await hooks.getByRole('button', { name: 'Register webhook' }).click();
  await expect(hooks.getByRole('status')).toContainText('whsec_');
  await acme.ann.gql(`mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: "2026-07-06", endDate: "2026-07-06") { id } }`,
    { t: acme.vacation });
  await hooks.locator('summary', { hasText: 'http://127.0.0.1:9/leave' }).click();
  await expect(async () => {
    await hooks.getByRole('button', { name: 'Refresh' }).click();
    await expect(hooks.getByRole('cell', { name: 'LeaveRequested' }).first()).toBeVisible({ timeout: 1000 });
  }).toPass();
  await expectAccessible(page);
});
