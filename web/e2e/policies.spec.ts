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

test('probation: an admin sets a waiting period on a leave type, and a new joiner is refused at the dates, with the first day they may take', async ({ browser }) => {
  const acme = await newCompany();
  const admin = await signedInPage(browser, acme.admin);
  await admin.getByRole('link', { name: 'Set-up', exact: true }).first().click();
  const types = admin.getByRole('region', { name: 'Leave types' });
  await types.locator('summary', { hasText: /^Vacation / }).click();
  const vacation = admin.getByRole('form', { name: 'Correct Vacation' });
  // Ann started on 1 January 2026: 200 days later is 20 July
  await vacation.getByLabel('Waiting period after joining, in days').fill('200');
  await vacation.getByRole('button', { name: 'Save Vacation' }).click();
  await expect(admin.getByRole('region', { name: 'Changes to the settings' }))
    .toContainText('You set the rules of Vacation');
  await expectAccessible(admin);

  const ann = await signedInPage(browser, acme.ann);
  await ann.getByRole('link', { name: 'Request leave' }).first().click();
  await ann.getByLabel('Leave type').selectOption({ label: 'Vacation' });
  await ann.getByLabel('First day').fill('2026-07-06');
  await ann.getByLabel('Last day').fill('2026-07-08');
  const datesError = ann.locator('#dates-error');
  await expect(datesError).toContainText('The rules of this leave type do not allow it');
  await expect(datesError).toContainText('Vacation can be taken from 200 days after employment starts: from Mon, 20 Jul 2026');
  await expect(ann.getByLabel('First day')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(ann);
  await ann.getByLabel('First day').fill('2026-07-20');
  await ann.getByLabel('Last day').fill('2026-07-21');
  await expect(ann.getByTestId('preview-days')).toHaveText('2 days');
  await expect(datesError).toHaveCount(0);
  await ann.getByRole('button', { name: 'Send request' }).click();
  await expect(ann.getByRole('status').filter({ hasText: 'Requested.' })).toContainText('2 days, waiting for approval');
});
