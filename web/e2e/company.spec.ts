import { cspViolations, eventually, expect, expectAccessible, founderPage, Person, requestsToOtherHosts, signedInPage, test } from './support';

/**
 * An HR admin founds an empty organization, sets up Germany and France and PTO with carry-over in the browser, imports
 * 50 people (and 3 bad rows) from a CSV file, and an imported person's balance is what the policies say.
 */
test('an admin sets up a German and a French location, imports 50 people, and their balances follow the policies', async ({ browser }) => {
  test.setTimeout(180_000);
  const tag = Date.now().toString(36);
  const page = await founderPage(browser, `hr.${tag}@euro.test`, 'Hana HR', `Euro ${tag}`);
  await page.getByRole('link', { name: 'Set-up', exact: true }).first().click();

  // step 1: two locations, each with its country's holidays
  await expect(page.getByRole('heading', { name: 'Step 1 of 4: Locations' })).toBeVisible();
  const location = page.getByRole('form', { name: 'Add a location' });
  for (const [name, zone, calendar, holiday] of [['Berlin', 'Europe/Berlin', 'DE', '3 Oct 2026'],
    ['Lyon', 'Europe/Paris', 'FR', '14 Jul 2026']]) {
    await location.getByLabel('Name').fill(name);
    await location.getByLabel('Time zone').selectOption(zone);
    await location.getByLabel('Public holidays').fill(calendar);
    await expect(page.locator('#calendar-preview')).toContainText(holiday);
    await location.getByRole('button', { name: 'Add location' }).click();
    await expect(location.getByLabel('Name')).toHaveValue('');
  }
  await expect(page.getByRole('region', { name: 'Locations' }).locator('summary'))
    .toHaveText(['Berlin (Europe/Berlin, holidays of Germany)', 'Lyon (Europe/Paris, holidays of France)']);
  await page.getByRole('button', { name: 'Next: Leave types' }).click();

  // step 2: PTO
  const type = page.getByRole('form', { name: 'Add a leave type' });
  await type.getByLabel('Name').fill('PTO');
  await type.getByRole('button', { name: 'Add leave type' }).click();
  await expect(page.getByRole('region', { name: 'Leave types' })).toContainText('PTO (counts against an allowance');
  await page.getByRole('button', { name: 'Next: Leave policies' }).click();

  // step 3: Berlin 25 days, at most 5 carried over until the end of March; Lyon 30 days, at most 10, no expiry
  const policy = page.getByRole('form', { name: 'Set a leave policy' });
  const policies = page.getByRole('region', { name: 'Leave policies' });
  await policy.getByLabel('Location').selectOption({ label: 'Berlin' });
  await policy.getByLabel('Allowance a year').fill('25');
  await policy.getByLabel('Carried over at most (empty: all)').fill('5');
  await policy.getByLabel('Carried over expires after months (empty: never)').fill('3');
  await policy.getByRole('button', { name: 'Set policy' }).click();
  await expect(policies).toContainText('Berlin, PTO: 25 a year from 1 January, from Thu, 1 Jan 2026; at most 5 carry over, '
    + 'until the end of month 3 of the next year');
  await policy.getByLabel('Location').selectOption({ label: 'Lyon' });
  await policy.getByLabel('Allowance a year').fill('30');
  await policy.getByLabel('Carried over at most (empty: all)').fill('10');
  await policy.getByLabel('Carried over expires after months (empty: never)').fill('');
  await policy.getByRole('button', { name: 'Set policy' }).click();
  await expect(policies).toContainText('Lyon, PTO: 30 a year from 1 January, from Thu, 1 Jan 2026; at most 10 carry over');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Next: People' }).click();

  // step 4: 50 people from a file that also holds three bad rows
  const email = (n: number) => `p${String(n).padStart(2, '0')}.${tag}@euro.test`;
  const rows = ['name,email,role,location,team,start date,approver email,adjustment:PTO',
    `Greta Lead,${email(1)},approver,Berlin,,2026-01-01,,`];
  for (let n = 2; n <= 50; n++) {
    const berlin = n <= 25;
    rows.push(`${berlin ? 'Berlin' : 'Lyon'} Person ${n},${email(n)},member,${berlin ? 'Berlin' : 'Lyon'},,`
      + `${n === 2 ? '2026-04-01' : '2026-01-01'},${berlin ? email(1) : `hr.${tag}@euro.test`},${n === 26 ? '2.5' : ''}`);
  }
  rows.splice(10, 0, `Twin,${email(5)},member,Berlin,,2026-01-01,,`); // line 11
  rows.splice(30, 0, `Mara,mara.${tag}@euro.test,member,Madrid,,2026-01-01,,`); // line 31
  rows.push(`Odile,odile.${tag}@euro.test,member,Lyon,,31.12.2026,,`); // line 54
  await page.getByLabel('CSV file').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\r\n')) });
  await expect(page.getByTestId('import-summary')).toHaveText('53 rows: 50 to import, 0 already there, 3 with errors.');
  await expect(page.locator('tr[data-line="11"]')).toContainText(`e-mail ${email(5)} is also on line 6`);
  await expect(page.locator('tr[data-line="31"]')).toContainText('location "Madrid" does not exist');
  await expect(page.locator('tr[data-line="54"]')).toContainText('start date "31.12.2026" is not a date');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Import 50 people' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import finished' }))
    .toHaveText('Import finished: 3 rows with errors skipped (lines 11, 31, 54).', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Finish the set-up' }).click();
  await expect(page.getByText('1–50 of 51 people')).toBeVisible();
  const hana = await Person.signIn(`hr.${tag}@euro.test`, 'Hana HR');
  const users = (await eventually(() => hana.gql('{ users { email locationId approverIds } }'),
    (d: any) => d.users.length === 51)).users as any[];
  expect(users.filter((u) => u.email.endsWith(`${tag}@euro.test`) && u.email.startsWith('p') && u.approverIds.length === 1))
    .toHaveLength(49);
  expect(users.some((u) => u.email.startsWith('mara.') || u.email.startsWith('odile.'))).toBe(false);
  expect(requestsToOtherHosts(page)).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);

  // Person 2 started in Berlin on 1 April: 25 × 275/365 = 18.84, rounded to the half day, 19 days this year;
  // next year 25 and the 5 days Berlin carries over, which expire at the end of March
  const berliner = await signedInPage(browser, await Person.signIn(email(2), 'Berlin Person 2'));
  await expect(berliner.getByTestId('available-PTO')).toHaveText('19');
  await berliner.getByRole('button', { name: 'Show 2027' }).click();
  await expect(berliner.getByRole('heading', { name: 'Your balances 2027' })).toBeVisible();
  await expect(berliner.getByTestId('available-PTO')).toHaveText('30');
  await expect(berliner.getByRole('article', { name: 'PTO balance' }).getByRole('row', { name: /^Carried over/ }))
    .toHaveText(/^Carried over from 2026 \(expires Wed, 31 Mar 2027\)\s*\+\s*plus 5 days$/);
  await expectAccessible(berliner);

  // Person 26 in Lyon from 1 January with 2.5 days from the file: 32.5 now; 30 and at most 10 carried over next year
  const lyonnais = await signedInPage(browser, await Person.signIn(email(26), 'Lyon Person 26'));
  await expect(lyonnais.getByTestId('available-PTO')).toHaveText('32.5');
  await lyonnais.getByRole('button', { name: 'Show 2027' }).click();
  await expect(lyonnais.getByTestId('available-PTO')).toHaveText('40');
});
