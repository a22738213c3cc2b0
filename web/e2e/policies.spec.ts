import { expect, expectAccessible, newCompany, signedInPage, test } from './support';

test('half days at the ends: a Wednesday-afternoon-to-Friday request counts 2.5 days, and its approver sees it so', async ({ browser }) => {
  const acme = await newCompany();
  const page = await signedInPage(browser, acme.ann);
  await page.getByRole('link', { name: 'Request leave' }).first().click();
  await page.getByLabel('Leave type').selectOption({ label: 'Vacation' });
  await page.getByLabel('First day').fill('2026-07-08');
  await page.getByLabel('Last day').fill('2026-07-10');
  await expect(page.getByTestId('preview-days')).toHaveText('3 days');
  // a single date's part of the day is not offered over several dates; the ends are
  await expect(page.getByText('Part of the day')).toHaveCount(0);
  await page.getByLabel('Start at noon').check();
  await expect(page.getByTestId('preview-days')).toHaveText('2.5 days');
  await expect(page.getByTestId('preview-balance-2026')).toContainText('25 → 22.5');
  await expectAccessible(page);
  await page.getByLabel('End at noon').check();
  await expect(page.getByTestId('preview-days')).toHaveText('2 days');
  await page.getByLabel('End at noon').uncheck();
  await expect(page.getByTestId('preview-days')).toHaveText('2.5 days');
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Requested.' })).toContainText('2.5 days, waiting for approval');

  await page.getByRole('link', { name: 'Home' }).click();
  await expect(page.locator('li.request').filter({ hasText: 'Vacation' }))
    .toContainText('from noon on the first day');
  const bob = await signedInPage(browser, acme.bob);
  await bob.getByRole('link', { name: 'Approvals' }).click();
  await expect(bob.getByRole('listitem', { name: /Ann: Vacation/ })).toContainText('2.5 days (from noon on the first day)');
});
