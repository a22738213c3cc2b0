import { expect, expectAccessible, newCompany, cspViolations, requestsToOtherHosts, signedInPage, test } from './support';

test('an employee sees their balances, requests leave with a preview the server agrees with, is refused at the field, and cancels', async ({ browser }) => {
  const acme = await newCompany();
  const page = await signedInPage(browser, acme.ann);

  // balances: 25 days of vacation, each figure explained on demand
  await expect(page.getByTestId('available-Vacation')).toHaveText('25');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Explain these figures' }).click();
  await expect(page.getByText('Allowance: 25 days a year under the policy in force since')).toBeVisible();

  // the request form: Mon 6 .. Fri 10 July 2026 counts 5 days and leaves 20, as the server says
  await page.getByRole('link', { name: 'Request leave' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Request leave' })).toBeVisible();
  await page.getByLabel('Leave type').selectOption({ label: 'Vacation' });
  await page.getByLabel('First day').fill('2026-07-06');
  await page.getByLabel('Last day').fill('2026-07-10');
  await expect(page.getByTestId('preview-days')).toHaveText('5 days');
  const server = await acme.ann.gql(`query($t: ID!) { previewLeaveRequest(leaveTypeId: $t, startDate: "2026-07-06",
    endDate: "2026-07-10") { days balances { before { available } after { available } } refusal { errorType } } }`,
  { t: acme.vacation });
  expect(server.previewLeaveRequest.days).toBe(5);
  expect(server.previewLeaveRequest.refusal).toBeNull();
  await expect(page.getByTestId('preview-balance-2026'))
    .toContainText(`${server.previewLeaveRequest.balances[0].before.available} → ${server.previewLeaveRequest.balances[0].after.available}`);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Requested.' })).toContainText('5 days, waiting for approval');

  // overlap: refused, with the message at the dates, and what was typed kept
  await page.getByLabel('First day').fill('2026-07-09');
  await page.getByLabel('Last day').fill('2026-07-14');
  await page.getByLabel('Note for your approver (optional)').fill('family visit');
  const datesError = page.locator('#dates-error');
  await expect(datesError).toContainText('These dates overlap leave you already have');
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(datesError).toContainText('overlap');
  await expect(page.getByLabel('First day')).toHaveValue('2026-07-09');
  await expect(page.getByLabel('Note for your approver (optional)')).toHaveValue('family visit');
  await expect(page.getByLabel('First day')).toHaveAttribute('aria-describedby', 'dates-error');

  // not enough left: August and September are 43 working days
  await page.getByLabel('First day').fill('2026-08-03');
  await page.getByLabel('Last day').fill('2026-09-30');
  await expect(datesError).toContainText('Not enough leave left');
  await page.getByRole('button', { name: 'Send request' }).click();
  // the app's own sentence from the refusal's figures, dates in the person's format (no ISO dates, no "day(s)")
  await expect(datesError).toContainText('This leave needs 43 days of Vacation in 2026, but you have 20 days available by Wed, 30 Sept 2026.');
  await expect(datesError).not.toContainText('2026-09-30');
  await expect(page.getByRole('button', { name: 'Send request' })).toBeEnabled(); // the refusal is in

  // a blackout period
  await page.getByLabel('First day').fill('2026-12-15');
  await page.getByLabel('Last day').fill('2026-12-15');
  await expect(datesError).toContainText('Leave is blocked on these dates');
  await expect(datesError).toContainText('Vacation cannot be requested from Mon, 14 Dec 2026 to Fri, 18 Dec 2026.');

  // a half day counts a half
  await page.getByLabel('First day').fill('2026-07-20');
  await page.getByLabel('Last day').fill('2026-07-20');
  await page.getByLabel('Morning').check();
  await expect(page.getByTestId('preview-days')).toHaveText('0.5 days');
  await expect(datesError).toHaveCount(0);

  // home: the request is upcoming and pending, the balance counts it as pending; cancel it
  await page.getByRole('link', { name: 'Home' }).click();
  const request = page.locator('li.request').filter({ hasText: '6 Jul 2026' });
  await expect(request).toContainText('Pending');
  await expect(page.getByTestId('available-Vacation')).toHaveText('20');
  await request.getByRole('button', { name: /^Cancel/ }).click();
  await request.getByRole('button', { name: 'Yes, cancel it' }).click();
  await expect(request).toContainText('Cancelled');
  await expect(page.getByTestId('available-Vacation')).toHaveText('25');
  await expectAccessible(page);

  expect(requestsToOtherHosts(page)).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
});
