import { eventually, expect, newCompany, signedInPage, test } from './support';

test('after a dropped connection an open screen catches up by itself, and nothing typed is lost', async ({ browser }) => {
  const acme = await newCompany();
  const earlier = (await acme.ann.gql(`mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: "2026-06-17",
    endDate: "2026-06-17") { id } }`, { t: acme.vacation })).requestLeave.id;
  // Ann's real-time connection runs through a relay the test can cut, losing what the server pushes meanwhile
  const relays: { cut: boolean; close: () => Promise<void> }[] = [];
  const ann = await signedInPage(browser, acme.ann, {
    beforeLoad: (page) => page.routeWebSocket(/\/graphql\/realtime/, (client) => {
      const server = client.connectToServer();
      const relay = { cut: false, close: () => client.close({ code: 4000, reason: 'connection dropped' }) };
      relays.push(relay);
      server.onMessage((message) => { if (!relay.cut) client.send(message); });
      client.onMessage((message) => server.send(message));
    }),
  });
  const row = ann.locator(`li.request[data-request-id="${earlier}"]`);
  await expect(row).toContainText('Pending');

  // the connection goes dead; meanwhile Bob approves her request, and the push is lost
  relays.at(-1)!.cut = true;
  await acme.bob.gql('mutation($r: ID!) { approveLeave(requestId: $r) { id } }', { r: earlier });
  await eventually(() => acme.ann.gql('{ leaveRequests { status } }'),
    (d: any) => d.leaveRequests[0].status === 'APPROVED');
  await ann.waitForTimeout(500);
  await expect(row).toContainText('Pending');
  // the connection drops: Amplify reconnects by itself, and the page shows what it missed, with no reload
  await relays.at(-1)!.close();
  await expect.poll(() => relays.length, { timeout: 60_000 }).toBeGreaterThan(1);
  await expect(ann.getByRole('status').filter({ hasText: 'Live' })).toBeVisible({ timeout: 60_000 });
  await expect(row).toContainText('Approved');

  // a request sent while offline is refused for the network, keeps what was typed, and is made once when sent again
  await ann.getByRole('link', { name: 'Request leave' }).first().click();
  await ann.getByLabel('Leave type').selectOption({ label: 'Vacation' });
  await ann.getByLabel('First day').fill('2026-07-06');
  await ann.getByLabel('Last day').fill('2026-07-08');
  await ann.getByLabel('Note for your approver (optional)').fill('Conference');
  await expect(ann.getByTestId('preview-days')).toHaveText('3 days');
  await ann.context().setOffline(true);
  await expect(ann.getByRole('status').filter({ hasText: /Offline|Connecting/ })).toBeVisible();
  await ann.getByRole('button', { name: 'Send request' }).click();
  await expect(ann.locator('#dates-error')).toContainText('No connection');
  await expect(ann.getByLabel('First day')).toHaveValue('2026-07-06');
  await expect(ann.getByLabel('Note for your approver (optional)')).toHaveValue('Conference');
  await ann.context().setOffline(false);
  await ann.getByRole('button', { name: 'Send request' }).click();
  await expect(ann.getByRole('status').filter({ hasText: 'Requested.' })).toContainText('3 days');
  const mine = await eventually(() => acme.ann.gql('{ leaveRequests { startDate reason } }'),
    (d: any) => d.leaveRequests.length > 1);
  expect(mine.leaveRequests.filter((r: any) => r.startDate === '2026-07-06')).toEqual([
    { startDate: '2026-07-06', reason: 'Conference' }]);
});
