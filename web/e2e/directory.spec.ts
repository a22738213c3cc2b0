import { eventually, expect, expectAccessible, newCompany, signedInPage, test } from './support';

test('the people list shows one page at a time, searchable and sortable, however many people there are', async ({ browser }) => {
  const acme = await newCompany();
  const tag = Math.random().toString(36).slice(2, 8);
  for (let i = 0; i < 60; i++) {
    await acme.admin.gql('mutation($e: AWSEmail!, $n: String!) { addUser(email: $e, name: $n, role: MEMBER) { id } }',
      { e: `w${i}.${tag}@acme.test`, n: `Worker ${String(i).padStart(2, '0')}` });
  }
  await eventually(() => acme.admin.gql('{ users { id } }'), (d: any) => d.users.length === 64);
  const page = await signedInPage(browser, acme.admin);
  await page.getByRole('link', { name: 'Set-up', exact: true }).first().click();
  const people = page.getByRole('region', { name: 'People' });

  await expect(people.getByText('1–50 of 64 people')).toBeVisible();
  await expect(people.getByRole('rowheader')).toHaveCount(50);
  await people.getByRole('button', { name: 'Next page' }).click();
  await expect(people.getByText('51–64 of 64 people')).toBeVisible();
  await expect(people.getByRole('rowheader')).toHaveCount(14);
  await expect(people.getByRole('button', { name: 'Next page' })).toBeDisabled();

  await people.getByLabel('Find a person').fill(`worker w45.${tag}`); // every word must match: name or e-mail
  await expect(people.getByText('1–1 of 1 person')).toBeVisible();
  await expect(people.getByRole('rowheader')).toContainText('Worker 45');

  await people.getByLabel('Find a person').fill('');
  await people.getByLabel('Sort by').selectOption('location');
  // Ann and Bob are in Berlin, Carol in Paris; everyone without a location comes last
  await expect(people.getByRole('rowheader').first()).toContainText(/Ann|Bob/);
  await expectAccessible(page);
});
