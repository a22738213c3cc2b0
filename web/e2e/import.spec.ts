import { cspViolations, eventually, expect, expectAccessible, newCompany, signedInPage, test } from './support';

test('an admin imports people from a CSV file: every row checked first, then written, and a second run writes nothing', async ({ browser }) => {
  const acme = await newCompany();
  const tag = Date.now().toString(36);
  const web = (await acme.admin.gql('mutation { createTeam(name: "Web") { id } }')).createTeam.id as string;
  const csv = [
    'name,email,role,location,team,start date,approver email,adjustment:Vacation',
    `Dora,dora.${tag}@acme.test,approver,Berlin,Web,2026-01-01,,`,
    `Eli,eli.${tag}@acme.test,member,Berlin,,2026-03-01,dora.${tag}@acme.test,2.5`,
    `Fay,fay.${tag}@acme.test,member,Paris,,2026-02-01,${acme.bob.email},`,
    `Gus,eli.${tag}@acme.test,member,Berlin,,2026-01-01,,`,
    `Hal,hal.${tag}@acme.test,member,Atlantis,,2026-01-01,,`,
    `Ida,ida.${tag}@acme.test,member,Berlin,,01/02/2026,,`,
    `Jo,jo.${tag}@acme.test,member,Berlin,,2026-01-01,nobody.${tag}@acme.test,`,
    `Ann,${acme.ann.email},member,Berlin,,2026-01-01,,`,
    `Kim,kim.${tag}@acme.test,member,Berlin,Moon,2026-01-01,,`,
  ].join('\n');

  const page = await signedInPage(browser, acme.admin);
  await page.getByRole('link', { name: 'Set-up', exact: true }).click();
  await page.getByLabel('CSV file').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('import-summary')).toHaveText('9 rows: 3 to import, 1 already there, 5 with errors.');
  const line = (n: number) => page.locator(`tr[data-line="${n}"]`);
  await expect(line(5)).toContainText(`e-mail eli.${tag}@acme.test is also on line 3`);
  await expect(line(6)).toContainText('location "Atlantis" does not exist');
  await expect(line(7)).toContainText('start date "01/02/2026" is not a date');
  await expect(line(8)).toContainText(`approver nobody.${tag}@acme.test is neither in the file nor in the organization`);
  await expect(line(9)).toContainText('already there');
  await expect(line(10)).toContainText('team "Moon" does not exist');
  await expectAccessible(page);

  // nothing was written by the preview
  const users = async () => (await acme.admin.gql('{ users { id email name locationId approverIds teamId } }')).users as any[];
  expect((await users()).some((u) => u.email.includes(tag))).toBe(false);

  await page.getByRole('button', { name: 'Import 3 people' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import finished' })).toHaveText('Import finished: 5 rows with errors skipped (lines 5, 6, 7, 8, 10).');
  const imported = await eventually(users, (list) => list.filter((u) => u.email.includes(tag)
    && (u.name === 'Dora' || u.approverIds.length > 0)).length === 3);
  const dora = imported.find((u) => u.name === 'Dora');
  const eli = imported.find((u) => u.name === 'Eli');
  expect(eli.approverIds).toEqual([dora.id]);
  expect(dora.teamId).toBe(web); // joined the team from the start date
  expect(imported.find((u) => u.name === 'Fay').approverIds).toEqual([acme.bob.id]);
  expect(eli.locationId).toBe(acme.berlin);
  // Eli's opening balance: 2.5 days more than the prorated allowance alone
  const balance = await acme.admin.gql(`query($u: ID!) { balances(userId: $u, year: 2026) { adjustments } }`, { u: eli.id });
  expect(balance.balances[0].adjustments).toBe(2.5);
  await expect(page.getByRole('rowheader', { name: /Eli/ })).toBeVisible();

  // the same file again: everyone is there, nothing to import
  await page.getByLabel('CSV file').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('import-summary')).toHaveText('9 rows: 0 to import, 4 already there, 5 with errors.');
  await expect(page.getByRole('button', { name: /^Import/ })).toBeDisabled();
  expect(await cspViolations(page)).toEqual([]);
});

test('a file saved by a European Excel (semicolons, Windows-1252) is read with its accents intact', async ({ browser }) => {
  const acme = await newCompany();
  const tag = Date.now().toString(36);
  const csv = ['Name;E-Mail;Role;Location', `Jürgen Müller;jurgen.${tag}@acme.test;member;Berlin`,
    `Hélène Côté;helene.${tag}@acme.test;member;Paris`].join('\r\n');
  // Windows-1252 is Latin-1 for these letters
  const bytes = Buffer.from(csv.replace('E-Mail', 'email'), 'latin1');
  const page = await signedInPage(browser, acme.admin);
  await page.getByRole('link', { name: 'Set-up', exact: true }).click();
  await page.getByLabel('CSV file').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: bytes });
  await expect(page.getByTestId('import-summary')).toHaveText('2 rows: 2 to import, 0 already there, 0 with errors.');
  await expect(page.locator('tr[data-line="2"]')).toContainText('Jürgen Müller');
  await expect(page.locator('tr[data-line="3"]')).toContainText('Hélène Côté');
  // the same names in UTF-8 with Excel's byte-order mark
  const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv.replace('E-Mail', 'email'), 'utf8')]);
  await page.getByLabel('CSV file').setInputFiles({ name: 'people-utf8.csv', mimeType: 'text/csv', buffer: utf8 });
  await expect(page.locator('tr[data-line="3"]')).toContainText('Hélène Côté');
  await expect(page.getByTestId('import-summary')).toHaveText('2 rows: 2 to import, 0 already there, 0 with errors.');
});
