import { eventually, expect, expectAccessible, newCompany, requestsToOtherHosts, signedInPage, test } from './support';

test('an admin corrects settings where they are shown, each confirmed, and people see their figures recomputed', async ({ browser }) => {
  const acme = await newCompany();
  // Ann asks for Thursday 18 to Friday 19 June: 2 days
  const made = await acme.ann.gql(`mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: "2026-06-18",
    endDate: "2026-06-19") { id days } }`, { t: acme.vacation });
  expect(made.requestLeave.days).toBe(2);
  const page = await signedInPage(browser, acme.admin);
  await page.getByRole('link', { name: 'Set-up', exact: true }).first().click();
  const locations = page.getByRole('region', { name: 'Locations' });

  // a custom holiday on Friday 19 June counts Ann's request as 1 day; taken back (confirmed), it is 2 again
  await locations.locator('summary', { hasText: /^Berlin / }).click();
  const holidays = page.getByRole('form', { name: 'Custom holidays of Berlin' });
  await holidays.getByLabel('Date').fill('2026-06-19');
  await holidays.getByRole('button', { name: 'Add holiday' }).click();
  await expect(holidays.getByRole('alert')).toContainText('A name is required.');
  await expect(holidays.getByLabel('Date')).toHaveValue('2026-06-19'); // nothing typed is lost on a refusal
  await holidays.getByLabel('Name').fill('Summer party');
  await holidays.getByRole('button', { name: 'Add holiday' }).click();
  await expect(holidays.getByRole('listitem')).toContainText(['19 Jun 2026: Summer party']);
  await eventually(() => acme.ann.gql('{ leaveRequests { days } }'), (d: any) => d.leaveRequests[0]?.days === 1);
  await expectAccessible(page);

  await holidays.getByRole('button', { name: 'Remove Summer party' }).click();
  const confirm = holidays.getByRole('group', { name: 'Remove Summer party' });
  await expect(confirm).toContainText('Leave on that day counts again for everyone in Berlin');
  await expect(confirm.getByRole('button', { name: 'Yes, remove summer party' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await expect(holidays.getByRole('listitem')).toContainText(['19 Jun 2026: Summer party']);
  await holidays.getByRole('button', { name: 'Remove Summer party' }).click();
  await holidays.getByRole('button', { name: 'Yes, remove summer party' }).click();
  await expect(holidays.getByText('None: only the public holidays of DE.')).toBeVisible();
  const ann = await eventually(() => acme.ann.gql('{ leaveRequests { days } }'), (d: any) => d.leaveRequests[0]?.days === 2);
  expect(ann.leaveRequests[0].days).toBe(2);

  // the location renamed in place
  const berlin = page.getByRole('form', { name: 'Correct Berlin' });
  await berlin.getByLabel('Name').fill('Berlin HQ');
  await berlin.getByRole('button', { name: 'Save Berlin' }).click();
  await expect(locations.locator('summary').first()).toContainText('Berlin HQ');
  const settingsTrail = page.getByRole('region', { name: 'Changes to the settings' });
  await expect(settingsTrail).toContainText('You removed the holiday of Fri, 19 Jun 2026 in Berlin HQ');
  await expect(settingsTrail).toContainText('You corrected Berlin HQ: Europe/Berlin, holidays DE');

  // Sick leave archived: Ann's request form no longer offers it
  const types = page.getByRole('region', { name: 'Leave types' });
  await types.locator('summary', { hasText: /^Sick leave / }).click();
  await types.getByRole('button', { name: 'Archive Sick leave' }).click();
  await types.getByRole('button', { name: 'Yes, archive sick leave' }).click();
  await expect(types.locator('summary').filter({ hasText: 'Sick leave' })).toContainText('archived');
  const annPage = await signedInPage(browser, acme.ann);
  await annPage.getByRole('link', { name: 'Request leave' }).first().click();
  await expect(annPage.getByLabel('Leave type').locator('option')).toHaveText(['Vacation']);

  // Ann's name corrected and her approver removed, from her row in People; her trail says so in words
  await page.getByRole('button', { name: 'Balances, past leave, history of Ann' }).click();
  const person = page.getByRole('form', { name: 'Correct Ann' });
  await person.getByLabel('Name').fill('Ann Smith');
  await person.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('rowheader', { name: /Ann Smith/ })).toBeVisible();
  // Ann works Monday to Thursday from 1 June: her Thursday–Friday request counts one day
  const dated = page.getByRole('form', { name: 'Location and working week of Ann Smith' });
  await dated.getByLabel('Friday').uncheck();
  await dated.getByLabel('Working those days from').fill('2026-06-01');
  await dated.getByRole('button', { name: 'Set working week' }).click();
  await eventually(() => acme.ann.gql('{ leaveRequests { days } }'), (d: any) => d.leaveRequests[0]?.days === 1);
  await expect(page.getByRole('region', { name: /Audit trail of Ann/ })).toContainText('You set their working week from');
  const approvers = page.getByRole('region', { name: /Approvers of Ann/ });
  await approvers.getByRole('button', { name: 'Remove Bob' }).click();
  await approvers.getByRole('button', { name: 'Yes, remove bob' }).click();
  await expect(approvers.getByText('None: the admins decide.')).toBeVisible();
  const trail = page.getByRole('region', { name: /Audit trail of Ann/ });
  await expect(trail).toContainText('You removed Bob as their approver');
  await expect(trail).toContainText('You corrected their name and e-mail to Ann Smith');
  await expectAccessible(page);

  // a policy removed, confirmed with what it recomputes
  const policies = page.getByRole('region', { name: 'Leave policies' });
  await policies.getByRole('button', { name: 'Remove policy' }).first().click();
  await expect(policies.getByRole('group', { name: 'Remove policy' })).toContainText('counted again as if it had never been set');
  await policies.getByRole('button', { name: 'Yes, remove policy' }).click();
  await expect(policies.getByRole('listitem')).toHaveCount(1);
  expect(requestsToOtherHosts(page)).toEqual([]);
});
