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
