import { cspViolations, expect, expectAccessible, founderPage, Person, requestsToOtherHosts, signedInPage, test } from './support';

test('a founder sets up the organization in the browser, and the first person added requests leave', async ({ browser }) => {
  const tag = Date.now().toString(36);
  const page = await founderPage(browser, `fran.${tag}@startup.test`, 'Fran', `Startup ${tag}`);
  await expect(page.getByRole('status').filter({ hasText: 'is new' })).toBeVisible();
  await page.getByRole('link', { name: 'Set-up', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: `Set-up of Startup ${tag}` })).toBeVisible();
  // a new organization is walked through the set-up, one step at a time
  await expect(page.getByRole('heading', { name: 'Step 1 of 4: Locations' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Add a leave type' })).toHaveCount(0);
  await expectAccessible(page);

  // a location: an unknown holiday calendar is refused at the field; calendars are found by name, and this year's
  // holidays (the year being set up) are previewed
  const location = page.getByRole('form', { name: 'Add a location' });
  await location.getByLabel('Name').fill('Munich');
  await location.getByLabel('Time zone').selectOption('Europe/Berlin');
  await location.getByLabel('Public holidays').fill('XX');
  await expect(page.locator('#calendar-error')).toContainText('Unknown holiday calendar');
  await location.getByLabel('Public holidays').fill('bavaria');
  await location.getByRole('button', { name: 'Germany – Bavaria (DE-BY)' }).click();
  await expect(location.getByLabel('Public holidays')).toHaveValue('DE-BY');
  await expect(page.locator('#location-calendar-name')).toHaveText('Germany – Bavaria');
  await expect(page.locator('#calendar-preview')).toContainText('public holidays in 2026');
  await expect(page.locator('#calendar-preview')).toContainText('Thu, 4 Jun 2026'); // Corpus Christi
  await location.getByRole('button', { name: 'Show 2027' }).click();
  await expect(page.locator('#calendar-preview')).toContainText('27 May 2027');
  await location.getByRole('button', { name: 'Add location' }).click();
  await expect(page.getByRole('region', { name: 'Locations' }).locator('summary'))
    .toHaveText(['Munich (Europe/Berlin, holidays of Germany – Bavaria)']);
  const walk = page.getByRole('navigation', { name: 'First-run set-up' });
  await expect(walk.getByRole('button', { name: '1. Locations (done)' })).toBeVisible();
  // the founder works somewhere too: their own location, from 1 January
  const mine = page.getByRole('region', { name: 'Your own location' });
  await mine.getByLabel('Your location').selectOption({ label: 'Munich' });
  await expect(mine.getByLabel('From')).toHaveValue('2026-01-01');
  await expect(mine.getByTestId('proration')).toContainText('No leave policy in Munich');
  await mine.getByRole('button', { name: 'Set my location' }).click();
  await expect(mine).toHaveCount(0);
  await page.getByRole('button', { name: 'Next: Leave types' }).click();
  await expect(page.getByRole('heading', { name: 'Step 2 of 4: Leave types' })).toBeFocused();

  // the walk can be left at any step, and taken up again where it was left
  await page.getByRole('button', { name: 'Leave the walk-through for now' }).click();
  await expect(page.getByRole('region', { name: 'Teams' })).toBeVisible();
  await page.getByRole('link', { name: 'Home' }).click();
  await page.getByRole('link', { name: 'Set-up', exact: true }).first().click();
  await expect(page.getByText('You left the first-run set-up at step 2.')).toBeVisible();
  await page.getByRole('button', { name: 'Continue the walk-through' }).click();
  await expect(page.getByRole('heading', { name: 'Step 2 of 4: Leave types' })).toBeVisible();

  // a leave type, refused without a name, then made
  const type = page.getByRole('form', { name: 'Add a leave type' });
  await type.getByRole('button', { name: 'Add leave type' }).click();
  await expect(page.locator('#type-error')).toContainText('A name is required.');
  await type.getByLabel('Name').fill('Vacation');
  await type.getByRole('button', { name: 'Add leave type' }).click();
  await expect(page.getByRole('region', { name: 'Leave types' })).toContainText('Vacation (counts against an allowance');
  await page.getByRole('button', { name: 'Next: Leave policies' }).click();

  // its policy in Munich
  const policy = page.getByRole('form', { name: 'Set a leave policy' });
  await policy.getByLabel('Allowance a year').fill('25');
  await policy.getByRole('button', { name: 'Set policy' }).click();
  await expect(page.getByRole('region', { name: 'Leave policies' })).toContainText('Munich, Vacation: 25 a year from 1 January');
  await expect(walk.getByRole('button', { name: '3. Leave policies (done)' })).toBeVisible();
  await page.getByRole('button', { name: 'Next: People' }).click();

  // a person, in one step: Munich is preset, the start date decides the first year's allowance (docs/RULES.md:
  // 25 × 200 / 365 days from 15 June = 13.7, rounded to the half day: 13.5), said before saving
  const person = page.getByRole('form', { name: 'Add a person' });
  await person.getByLabel('E-mail').fill(`pat.${tag}@startup.test`);
  await person.getByLabel('Name', { exact: true }).fill('Pat');
  await expect(person.getByLabel('Location')).toHaveValue(/.+/);
  await expect(person.getByTestId('proration')).toContainText("Vacation 2026: 25 days, the whole year's allowance.");
  await person.getByLabel('Start date').fill('2026-06-15');
  await expect(person.getByTestId('proration')).toContainText('Vacation 2026: 13.5 days of 25 days a year, prorated because Munich applies from Mon, 15 Jun 2026');
  await person.getByLabel('Start date').fill('2026-01-01');
  await expect(person.getByTestId('proration')).toContainText('Vacation 2026: 25 days');
  await person.getByLabel('Approver').selectOption({ label: 'Fran' });
  await person.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('rowheader', { name: /Pat/ })).toBeVisible();
  await expect(page.getByLabel('Location of Pat')).toHaveValue(/.+/);
  await expect(page.getByLabel('Location of Fran')).toHaveValue(/.+/);
  await expect(page.getByLabel('Add an approver for Pat').locator('option').first()).toHaveText('Fran');
  await page.getByLabel('Find a person').fill('pat');
  await expect(page.getByRole('rowheader')).toHaveCount(1);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Finish the set-up' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The first-run set-up is done.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Approval chains' })).toBeVisible();
  expect(requestsToOtherHosts(page)).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);

  // Pat signs in: joined on 1 January, the whole 25 days; asks for two; Fran approves from the inbox
  const pat = await signedInPage(browser, await Person.signIn(`pat.${tag}@startup.test`, 'Pat'));
  await expect(pat.getByTestId('available-Vacation')).toHaveText('25');
  await pat.getByRole('link', { name: 'Request leave' }).first().click();
  await pat.getByLabel('First day').fill('2026-07-06');
  await pat.getByLabel('Last day').fill('2026-07-07');
  await expect(pat.getByTestId('preview-days')).toHaveText('2 days');
  await pat.getByRole('button', { name: 'Send request' }).click();
  await expect(pat.getByRole('status').filter({ hasText: 'Requested.' })).toBeVisible();
  await page.getByRole('link', { name: 'Approvals' }).click();
  await page.getByRole('listitem', { name: /^Pat: Vacation/ }).getByRole('button', { name: /^Approve/ }).click();
  // Fran's decision is in Fran's past decisions, and Pat's balance adds up: 25 − 2 used = 23
  await expect(page.getByRole('region', { name: 'Your past decisions' }).locator('li.request'))
    .toContainText(['Pat · Vacation · Mon, 6 Jul 2026 – Tue, 7 Jul 2026 · 2 days']);
  await pat.getByRole('link', { name: 'Home' }).click();
  await expect(pat.locator('li.request').filter({ hasText: '6 Jul 2026' })).toContainText('Approved');
  await expect(pat.getByTestId('available-Vacation')).toHaveText('23');
  const figures = pat.getByRole('article', { name: 'Vacation balance' }).getByRole('table');
  await expect(figures.getByRole('row')).toHaveText([/^Allowance\s*25 days$/, /^Used\s*−\s*minus 2 days$/,
    /^Available\s*=\s*23 days$/]);

  // Fran opens Pat in Set-up: adjusts the balance, records leave already taken, reads Pat's history in words
  await page.getByRole('link', { name: 'Set-up', exact: true }).click();
  await page.getByRole('button', { name: 'Balances, past leave, history of Pat' }).click();
  const adjust = page.getByRole('form', { name: 'Adjust a balance of Pat' });
  await adjust.getByLabel('Days (+ or −)').fill('2');
  await adjust.getByRole('button', { name: 'Adjust' }).click();
  await expect(page.locator('[id^="adjust-error-"]')).toContainText(/note/i);
  await expect(adjust.getByLabel('Days (+ or −)')).toHaveValue('2');
  await adjust.getByLabel('Why (they will see it)').fill('welcome bonus');
  await adjust.getByRole('button', { name: 'Adjust' }).click();
  const past = page.getByRole('form', { name: 'Record past leave of Pat' });
  await past.getByLabel('First day').fill('2025-12-29');
  await past.getByLabel('Last day').fill('2025-12-30');
  await past.getByRole('button', { name: 'Record' }).click();
  // before Pat's first day in Munich there is no working day to count
  await expect(page.locator('[id^="past-error-"]')).toContainText('no working day');
  await past.getByLabel('First day').fill('2026-06-15');
  await past.getByLabel('Last day').fill('2026-06-16');
  await past.getByRole('button', { name: 'Record' }).click();
  const trail = page.getByRole('region', { name: 'Audit trail of Pat' });
  await expect(trail).toContainText('You adjusted Vacation 2026 by +2: “welcome bonus”');
  await expect(trail).toContainText('You recorded past leave: 2 days of Vacation (Mon, 15 Jun 2026 – Tue, 16 Jun 2026)');
  await expect(trail).toContainText('You approved 2 days of Vacation (Mon, 6 Jul 2026 – Tue, 7 Jul 2026)');
  await expect(trail).toContainText('Pat requested 2 days of Vacation');
  await expect(trail).toContainText('You added Pat as member');
  await expect(trail).toContainText('You made Fran their approver');
  await expectAccessible(page);
  // and Pat's own balance follows live: the adjustment and the past leave are in it
  await expect(pat.getByTestId('available-Vacation')).not.toHaveText('');
});
