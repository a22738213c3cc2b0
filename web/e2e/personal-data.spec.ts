import { expect, expectAccessible, newCompany, signedInPage, test } from './support';

test('a person downloads everything stored about them, and an admin exports it for them', async ({ browser }) => {
  const acme = await newCompany();
  const reason = `Dentist ${Date.now()}`;
  await acme.ann.gql(`mutation($t: ID!, $r: String!) { requestLeave(leaveTypeId: $t, startDate: "2026-07-06",
    endDate: "2026-07-06", reason: $r) { id } }`, { t: acme.vacation, r: reason });

  const ann = await signedInPage(browser, acme.ann);
  const data = ann.getByRole('region', { name: 'Your data' });
  await data.getByRole('button', { name: 'Download my data' }).click();
  const link = data.getByRole('link', { name: 'download the JSON file' });
  await expect(data.getByRole('status')).toContainText('1 request');
  const file = await (await ann.request.get((await link.getAttribute('href'))!)).json();
  expect(file.profile.email).toBe(acme.ann.email);
  expect(JSON.stringify(file.requests)).toContain(reason);
  await expectAccessible(ann);

  const admin = await signedInPage(browser, acme.admin);
  await admin.getByRole('link', { name: 'Set-up', exact: true }).first().click();
  await admin.getByRole('button', { name: 'Balances, past leave, history of Ann' }).click();
  await admin.getByRole('button', { name: 'Export the data of Ann' }).click();
  await expect(admin.getByRole('link', { name: 'download the JSON file' })).toBeVisible();
  await expect(admin.getByText('exported everything stored about them').first()).toBeVisible();
});

test('an admin erases a leaver after a confirmation that says what happens, and sets a retention period', async ({ browser }) => {
  const acme = await newCompany();
  const reason = `Surgery ${Date.now()}`;
  await acme.ann.gql(`mutation($t: ID!, $r: String!) { requestLeave(leaveTypeId: $t, startDate: "2026-05-04",
    endDate: "2026-05-05", reason: $r) { id } }`, { t: acme.vacation, r: reason });
  const ann = (await acme.admin.gql('{ me { orgId } users { id name } }')).users
    .find((u: { name: string }) => u.name === 'Ann').id as string;

  const admin = await signedInPage(browser, acme.admin);
  await admin.getByRole('link', { name: 'Set-up', exact: true }).first().click();
  await admin.getByRole('button', { name: 'Balances, past leave, history of Ann' }).click();
  await expect(admin.getByText('Personal data can be erased once employment has ended.')).toBeVisible();

  // ended, but her last day is still ahead: the server refuses, next to the button, and nothing is erased
  await acme.admin.gql('mutation($u: ID!) { endEmployment(userId: $u, lastDay: "2026-06-30") { id } }', { u: ann });
  await admin.reload();
  await admin.getByRole('button', { name: 'Balances, past leave, history of Ann' }).click();
  await admin.getByRole('button', { name: 'Erase the personal data of Ann' }).click();
  await admin.getByRole('button', { name: 'Yes, erase the personal data of ann' }).click();
  await expect(admin.locator('[id^="erase-error-"]')).toContainText('employ');
  expect((await acme.admin.gql('{ users { name erased } }')).users).toContainEqual({ name: 'Ann', erased: false });

  await acme.admin.gql('mutation($u: ID!) { undoEndEmployment(userId: $u) { id } }', { u: ann });
  await acme.admin.gql('mutation($u: ID!) { endEmployment(userId: $u, lastDay: "2026-06-01") { id } }', { u: ann });
  await admin.reload();
  await admin.getByRole('button', { name: 'Balances, past leave, history of Ann' }).click();
  await admin.getByRole('button', { name: 'Erase the personal data of Ann' }).click();
  const question = admin.getByRole('group', { name: 'Erase the personal data of Ann' });
  await expect(question).toContainText('cannot be brought back');
  await expect(question).toContainText('their data exports and uploaded files are deleted');
  await expect(question).toContainText('their days, balances and every report stay as they are');
  await expectAccessible(admin);
  await admin.getByRole('button', { name: 'Yes, erase the personal data of ann' }).click();
  await expect(admin.getByText('This person’s personal data was erased').first()).toBeVisible();
  await expect(admin.getByText('erased their personal data').first()).toBeVisible();
  await expect(admin.getByText(reason)).toHaveCount(0);
  const after = (await acme.admin.gql('{ users { id name erased } }')).users;
  expect(after).toContainEqual({ id: ann, name: 'Erased person', erased: true });
  await expectAccessible(admin);

  // the retention period: whole years only, said next to the field with what was typed kept
  const retention = admin.getByRole('form', { name: 'Retention of leavers’ personal data' });
  const field = retention.getByLabel('Erase leavers’ personal data after (years)');
  await field.fill('2.5');
  await retention.getByRole('button', { name: 'Set retention' }).click();
  await expect(retention.locator('#organization-retention-error')).toContainText('whole years');
  await expect(field).toHaveValue('2.5');
  await field.fill('6');
  await retention.getByRole('button', { name: 'Set retention' }).click();
  await expect(retention.getByRole('button', { name: 'Set retention' })).toBeDisabled();
  // the organization is read from its projection, which follows the write a moment later
  await expect.poll(async () => (await acme.admin.gql('{ organization { retentionYears } }')).organization.retentionYears)
    .toBe(6);
});
