import { eventually, expect, expectAccessible, newCompany, cspViolations, requestsToOtherHosts, signedInPage, test } from './support';

test('an approver sees a request arrive live, approves it, and the requester sees it approved without reloading', async ({ browser }) => {
  const acme = await newCompany();
  const ann = await signedInPage(browser, acme.ann);
  const bob = await signedInPage(browser, acme.bob);
  await bob.getByRole('link', { name: 'Approvals' }).click();
  await expect(bob.getByText('Nothing waits for you.')).toBeVisible();
  await expectAccessible(bob);

  // Ann asks for Mon 3 .. Wed 5 August; Bob's open inbox shows it without a reload, with Ann's balance beside it
  await ann.getByRole('link', { name: 'Request leave' }).first().click();
  await ann.getByLabel('Leave type').selectOption({ label: 'Vacation' });
  await ann.getByLabel('First day').fill('2026-08-03');
  await ann.getByLabel('Last day').fill('2026-08-05');
  await ann.getByLabel('Note for your approver (optional)').fill('Lake trip');
  await expect(ann.getByTestId('preview-days')).toHaveText('3 days');
  await ann.getByRole('button', { name: 'Send request' }).click();
  await expect(ann.getByRole('status').filter({ hasText: 'Requested.' })).toBeVisible();
  await ann.getByRole('link', { name: 'Home' }).click();
  const annRequest = ann.locator('li.request').filter({ hasText: '3 Aug 2026' });
  await expect(annRequest).toContainText('Pending');
  await expect(ann.getByTestId('available-Vacation')).toHaveText('22');

  const item = bob.getByRole('listitem', { name: /^Ann: Vacation/ });
  await expect(item).toBeVisible();
  await expect(item).toContainText('“Lake trip”');
  await expect(item.getByTestId('requester-balance')).toContainText('Ann has 22 days available');
  await expectAccessible(bob);

  // Bob approves; Ann's open page turns to Approved by Bob, her balance stays 22 with nothing pending
  const clicked = Date.now();
  await item.getByRole('button', { name: /^Approve/ }).click();
  await expect(annRequest).toContainText('Approved');
  console.log(`approver's click → requester's screen: ${Date.now() - clicked} ms`);
  await expect(annRequest).toContainText('by Bob');
  await expect(ann.getByText('0 days waiting for approval')).toBeVisible();
  await expect(bob.getByText('Nothing waits for you.')).toBeVisible();
  await expect(bob.getByRole('region', { name: 'Your past decisions' })).toContainText('Approved');

  // a second request, denied with a reason
  await acme.ann.gql(`mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: "2026-09-07", endDate: "2026-09-07") { id } }`,
    { t: acme.vacation });
  const second = bob.getByRole('listitem', { name: /^Ann: Vacation/ });
  await expect(second).toContainText('7 Sept 2026');
  await second.getByRole('button', { name: /^Deny/ }).click();
  await bob.getByLabel('Reason for Ann (optional)').fill('Release week');
  await bob.getByRole('button', { name: 'Deny', exact: true }).click();
  await expect(ann.locator('li.request').filter({ hasText: '7 Sept 2026' })).toContainText('Denied');
  // the requester learns why (issue 30)
  await expect(ann.locator('li.request').filter({ hasText: '7 Sept 2026' })).toContainText('Why: Release week');
  // a denied request is no leave to come: it is listed apart from the upcoming leave (issue 30)
  await expect(ann.getByRole('region', { name: 'Cancelled or denied' })).toContainText('7 Sept 2026');
  await expect(ann.getByRole('region', { name: 'Your upcoming leave' })).not.toContainText('7 Sept 2026');

  expect(requestsToOtherHosts(ann)).toEqual([]);
  expect(await cspViolations(ann)).toEqual([]);
  expect(requestsToOtherHosts(bob)).toEqual([]);
  expect(await cspViolations(bob)).toEqual([]);
});

test('a substitute decides in place of an absent approver', async ({ browser }) => {
  const acme = await newCompany();
  await acme.bob.gql(`mutation($s: ID!) { setSubstitute(substituteId: $s, from: "2026-06-01", to: "2026-06-30") { id } }`,
    { s: acme.carol.id });
  const carol = await signedInPage(browser, acme.carol);
  await carol.getByRole('link', { name: 'Approvals' }).click();
  await expect(carol.getByText('Nothing waits for you.')).toBeVisible();
  await acme.ann.gql(`mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: "2026-07-01", endDate: "2026-07-02") { id } }`,
    { t: acme.vacation });
  const item = carol.getByRole('listitem', { name: /^Ann: Vacation/ });
  await expect(item).toBeVisible();
  await item.getByRole('button', { name: /^Approve/ }).click();
  await expect(carol.getByText('Nothing waits for you.')).toBeVisible();
  const requests = await eventually(() => acme.ann.gql('{ leaveRequests { status decidedBy approvals { onBehalfOf } } }'),
    (d: any) => d.leaveRequests[0]?.status === 'APPROVED');
  expect(requests.leaveRequests).toEqual([{ status: 'APPROVED', decidedBy: acme.carol.id,
    approvals: [{ onBehalfOf: acme.bob.id }] }]);
});
