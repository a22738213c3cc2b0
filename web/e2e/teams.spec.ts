import { eventually, expect, expectAccessible, newCompany, requestsToOtherHosts, signedInPage, test } from './support';

test('an admin makes a team with a manager who then approves its member, and ends an employment', async ({ browser }) => {
  const acme = await newCompany();
  const page = await signedInPage(browser, acme.admin);
  await page.getByRole('link', { name: 'Set-up', exact: true }).first().click();

  // a team, Carol its manager, Ann in it from today
  const teams = page.getByRole('region', { name: 'Teams' });
  await teams.getByRole('form', { name: 'Add a team' }).getByLabel('Name').fill('Web');
  await teams.getByRole('button', { name: 'Add team' }).click();
  await teams.locator('summary', { hasText: /^Web / }).click();
  await teams.getByRole('form', { name: 'Team Web' }).getByLabel('Carol').click(); // checked once the server agreed
  await expect(teams.getByRole('form', { name: 'Team Web' }).getByLabel('Carol')).toBeChecked();
  await page.getByLabel('Team of Ann from today').selectOption({ label: 'Web' });
  await expect(teams.locator('summary', { hasText: /^Web / })).toContainText('(1 person)');
  await expectAccessible(page);

  // Ann asks for leave; Carol, as the team's manager, finds it in her inbox and approves it
  const made = await acme.ann.gql(`mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: "2026-07-06",
    endDate: "2026-07-07") { id } }`, { t: acme.vacation });
  const carol = await signedInPage(browser, acme.carol);
  await carol.getByRole('link', { name: 'Approvals' }).click();
  const item = carol.getByRole('listitem', { name: /^Ann: Vacation/ });
  await item.getByRole('button', { name: /^Approve/ }).click();
  await eventually(() => acme.ann.gql('{ leaveRequests { id status } }'),
    (d: any) => d.leaveRequests.some((r: any) => r.id === made.requestLeave.id && r.status === 'APPROVED'));

  // Ann's calendar opens on her team
  const ann = await signedInPage(browser, acme.ann);
  await ann.getByRole('link', { name: 'Who is away' }).first().click();
  await expect(ann.getByLabel('Team')).toHaveValue(/.+/);
  await expect(ann.getByLabel('Team').locator('option:checked')).toHaveText('Web');

  // Ann leaves after 31 July: asked once more, then shown; her home says so
  await page.getByRole('button', { name: 'Balances, past leave, history of Ann' }).click();
  const employment = page.getByRole('form', { name: 'Employment of Ann' });
  await employment.getByLabel('Last day').fill('2026-07-31');
  await employment.getByRole('button', { name: 'End employment' }).click();
  await expect(employment.getByRole('group', { name: 'End employment' })).toContainText('prorated');
  await employment.getByRole('button', { name: 'Yes, end employment' }).click();
  await expect(employment).toContainText('Leaves after');
  await expect(page.getByRole('region', { name: /Audit trail of Ann/ })).toContainText('You ended their employment after');

  // Ann's sign-in account was made again: the admin releases her old sign-in (asked once more, in her trail), and
  // her next sign-in with her verified e-mail is hers again
  const signIn = page.getByRole('form', { name: 'Sign-in of Ann' });
  await signIn.getByRole('button', { name: 'Release sign-in' }).click();
  await expect(signIn.getByRole('group', { name: 'Release sign-in' })).toContainText('binds again');
  await signIn.getByRole('button', { name: 'Yes, release sign-in' }).click();
  await expect(page.getByRole('region', { name: /Audit trail of Ann/ })).toContainText('Sign-in released by an admin');
  await ann.reload();
  await ann.getByRole('link', { name: 'Home' }).click();
  await expect(ann.getByRole('status').filter({ hasText: 'Your employment ends on' })).toBeVisible();
  await expectAccessible(page);
  expect(requestsToOtherHosts(page)).toEqual([]);
});
