import { expect, expectAccessible, newCompany, signedInPage, test } from './support';

test('hourly leave: the preview counts hours of the working day, a part of a day, and refuses more than the day has', async ({ browser }) => {
  const acme = await newCompany();
  const appointments = (await acme.admin.gql(`mutation { createLeaveType(name: "Appointments", deductsFromAllowance: true,
    requiresApproval: false, allowHalfDays: false, unit: HOURS) { id } }`)).createLeaveType.id;
  await acme.admin.gql(`mutation($l: ID!, $t: ID!) { setLeavePolicy(locationId: $l, leaveTypeId: $t,
    effectiveDate: "2020-01-01", annualAllowanceDays: 40, accrual: UPFRONT) { id } }`, { l: acme.berlin, t: appointments });
  const page = await signedInPage(browser, acme.ann);
  await expect(page.getByTestId('available-Appointments')).toHaveText('40');
  await expect(page.getByRole('article', { name: 'Appointments balance' })).toContainText('hours available');

  await page.getByRole('link', { name: 'Request leave' }).first().click();
  await page.getByLabel('Leave type').selectOption({ label: 'Appointments' });
  await page.getByLabel('First day').fill('2026-07-06');
  await page.getByLabel('Last day').fill('2026-07-06');
  // a whole working day of the default 8-hour week
  await expect(page.getByTestId('preview-days')).toHaveText('8 hours');
  await expect(page.getByText('Part of the day')).toHaveCount(0);
  await page.getByLabel('From').fill('09:00');
  await page.getByLabel('Until').fill('11:30');
  await expect(page.getByTestId('preview-days')).toHaveText('2.5 hours');
  await expect(page.getByTestId('preview-balance-2026')).toContainText('40 → 37.5');
  await expectAccessible(page);
  // longer than the working day: refused at the hours
  await page.getByLabel('From').fill('07:00');
  await page.getByLabel('Until').fill('17:00');
  await expect(page.locator('#times-error')).toContainText('more than the 8 working hours');
  await page.getByLabel('Until').fill('10:00');
  await expect(page.getByTestId('preview-days')).toHaveText('3 hours');
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Requested.' })).toContainText('3 hours, approved');
  await page.getByRole('link', { name: 'Home' }).click();
  await expect(page.getByTestId('available-Appointments')).toHaveText('37');
  await expect(page.locator('li.request').filter({ hasText: 'Appointments' })).toContainText('07:00–10:00');
});
