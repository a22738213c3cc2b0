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

test('floating holidays: an admin offers two, Ann chooses one, and her request over it counts a day less; a second is refused at the field', async ({ browser }) => {
  const acme = await newCompany();
  const admin = await signedInPage(browser, acme.admin);
  await admin.getByRole('link', { name: 'Set-up', exact: true }).first().click();
  await admin.getByRole('region', { name: 'Locations' }).locator('summary', { hasText: /^Berlin / }).click();
  const berlin = admin.getByRole('form', { name: 'Correct Berlin' });
  await berlin.getByLabel('Optional holidays each person chooses a year').fill('1');
  await berlin.getByRole('button', { name: 'Save Berlin' }).click();
  const holidays = admin.getByRole('form', { name: 'Custom holidays of Berlin' });
  for (const [date, name] of [['2026-07-09', 'Founders day'], ['2026-10-30', 'Reformation eve']]) {
    await holidays.getByLabel('Date').fill(date);
    await holidays.getByLabel('Name').fill(name);
    await holidays.getByLabel('Optional: each person may choose it').check();
    await holidays.getByRole('button', { name: 'Add holiday' }).click();
    await expect(holidays.getByRole('listitem').filter({ hasText: name })).toContainText('(optional)');
    await expect(holidays.getByLabel('Name')).toHaveValue('');
  }
  await expectAccessible(admin);

  const ann = await signedInPage(browser, acme.ann);
  const offered = ann.getByRole('region', { name: 'Optional holidays 2026' });
  await expect(offered).toContainText('You may choose 1 of these as holidays of your own in 2026; you chose 0.');
  // before choosing, Wednesday 8 to Friday 10 July is 3 days
  await ann.getByRole('link', { name: 'Request leave' }).first().click();
  await ann.getByLabel('Leave type').selectOption({ label: 'Vacation' });
  await ann.getByLabel('First day').fill('2026-07-08');
  await ann.getByLabel('Last day').fill('2026-07-10');
  await expect(ann.getByTestId('preview-days')).toHaveText('3 days');

  await ann.getByRole('link', { name: 'Home' }).click();
  await offered.getByRole('button', { name: 'Choose Founders day' }).click();
  await expect(offered).toContainText('you chose 1.');
  await expect(offered.getByRole('listitem').filter({ hasText: 'Founders day' })).toContainText('(chosen)');
  await offered.getByRole('button', { name: 'Choose Reformation eve' }).click();
  await expect(offered.locator('#optional-holiday-error')).toContainText('You may choose 1 optional holidays in 2026');
  await expectAccessible(ann);

  await ann.getByRole('link', { name: 'Request leave' }).first().click();
  await ann.getByLabel('Leave type').selectOption({ label: 'Vacation' });
  await ann.getByLabel('First day').fill('2026-07-08');
  await ann.getByLabel('Last day').fill('2026-07-10');
  await expect(ann.getByTestId('preview-days')).toHaveText('2 days');
  await expect(ann.getByTestId('preview-balance-2026')).toContainText('25 → 23');
  await ann.getByRole('button', { name: 'Send request' }).click();
  await expect(ann.getByRole('status').filter({ hasText: 'Requested.' })).toContainText('2 days, waiting for approval');
  await ann.getByRole('link', { name: 'Home' }).click();
  await ann.getByRole('region', { name: 'Your balances 2026' }).getByRole('button', { name: /Explain/ }).first().click();
  await expect(ann.getByRole('region', { name: 'Your balances 2026' }))
    .toContainText('Your optional holidays, days off for you alone: Founders day (Thu, 9 Jul 2026).');

  // given back, the request over it counts the day again
  await ann.getByRole('link', { name: 'Home' }).click();
  await offered.getByRole('button', { name: 'Give back Founders day' }).click();
  await expect(offered).toContainText('you chose 0.');
  await expect(ann.locator('li.request').filter({ hasText: 'Vacation' })).toContainText('3 days');
});

test('tenure and payout: an admin adds a tenure step and a payout to a policy, and Ann\'s next year shows both, explained', async ({ browser }) => {
  const acme = await newCompany();
  const admin = await signedInPage(browser, acme.admin);
  await admin.getByRole('link', { name: 'Set-up', exact: true }).first().click();
  const form = admin.getByRole('form', { name: 'Set a leave policy' });
  await form.getByLabel('Location').selectOption({ label: 'Berlin' });
  await form.getByLabel('In force from').fill('2026-01-01');
  await form.getByLabel('Allowance a year').fill('25');
  await form.getByLabel('Carried over at most').fill('5');
  await form.getByLabel('Paid out at most').fill('3');
  await form.getByRole('button', { name: 'Add a tenure step' }).click();
  await form.getByLabel('From anniversary (years)').fill('1');
  await form.getByLabel('Extra days a year').fill('2');
  await expectAccessible(admin);
  await form.getByRole('button', { name: 'Set policy' }).click();
  await expect(admin.getByRole('region', { name: 'Leave policies' }).getByRole('listitem').filter({ hasText: '1 Jan 2026' }))
    .toContainText('at most 5 carry over; up to 3 of what the cap forfeits paid out; 2 more from the 1st anniversary');

  // Ann started on 1 January 2026 and takes nothing: of her 25 days, 5 carry over, 3 are paid out, 17 are lost;
  // from her first anniversary her allowance is 27
  const ann = await signedInPage(browser, acme.ann);
  await ann.getByRole('button', { name: 'Show 2027' }).click();
  const balances = ann.getByRole('region', { name: 'Your balances 2027' });
  await balances.getByRole('button', { name: /Explain/ }).first().click();
  await expect(balances).toContainText('With 1 year of service, 2 days more a year');
  await expect(balances).toContainText('Carried over 5 days from 2026');
  await expect(balances).toContainText('3 days that could not be carried over from 2026 were paid out instead of lost.');
  await expect(balances).toContainText('32 days');
  await expectAccessible(ann);
});
