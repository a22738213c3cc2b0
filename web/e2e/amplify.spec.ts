// AWS's own AppSync client, Amplify JS v6, in Node against the application, unchanged: a query, a mutation, and a
// subscription that receives a change. Amplify derives wss://<host>/graphql/realtime from the GraphQL URL and
// sends the token as a "header-<base64url>" subprotocol; the runner trusts the local certificate through
// NODE_EXTRA_CA_CERTS and gives Node 20 its WebSocket with --experimental-websocket.
import { Amplify } from 'aws-amplify';
import { CONNECTION_STATE_CHANGE, ConnectionState, generateClient } from 'aws-amplify/api';
import { Hub } from 'aws-amplify/utils';
import { BASE, expect, newCompany, test } from './support';

test('Amplify JS v6 queries, mutates and receives a subscription over wss', async () => {
  expect(typeof WebSocket, 'Node needs --experimental-websocket (set by the runner)').toBe('function');
  const acme = await newCompany();
  Amplify.configure({ API: { GraphQL: { endpoint: `${BASE}/graphql`, region: 'local', defaultAuthMode: 'lambda' } } });
  const client = generateClient();
  const as = (token: string) => ({ authMode: 'lambda' as const, authToken: token });

  const me = await client.graphql({ query: '{ me { id orgId name } }', ...as(acme.ann.token) }) as any;
  expect(me.data.me).toMatchObject({ id: acme.ann.id, name: 'Ann' });
  const orgId = me.data.me.orgId;

  const received: any[] = [];
  const connected = new Promise<void>((resolve) => {
    const stop = Hub.listen('api', ({ payload }: any) => {
      if (payload.event === CONNECTION_STATE_CHANGE && payload.data.connectionState === ConnectionState.Connected) {
        stop();
        resolve();
      }
    });
  });
  const subscription = (client.graphql({
    query: `subscription($o: ID!) { onLeaveRequestChanged(orgId: $o) { id userId status startDate } }`,
    variables: { o: orgId }, ...as(acme.bob.token),
  }) as any).subscribe({ next: ({ data }: any) => received.push(data.onLeaveRequestChanged), error: () => {} });
  try {
    await connected; // Amplify reports Connected once the server acknowledged the subscription's start
    const made = await client.graphql({
      query: `mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: "2026-07-06", endDate: "2026-07-07") { id status days } }`,
      variables: { t: acme.vacation }, ...as(acme.ann.token),
    }) as any;
    expect(made.data.requestLeave).toMatchObject({ status: 'PENDING', days: 2 });
    await expect.poll(() => received.map((r) => r.id), { timeout: 15_000 }).toContain(made.data.requestLeave.id);
    expect(received.find((r) => r.id === made.data.requestLeave.id)).toMatchObject({ userId: acme.ann.id,
      status: 'PENDING', startDate: '2026-07-06' });

    // a refusal reaches Amplify as the API's errorType
    const refused = await client.graphql({
      query: `mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: "2026-07-07", endDate: "2026-07-08") { id } }`,
      variables: { t: acme.vacation }, ...as(acme.ann.token),
    }).then(() => undefined, (e: any) => e);
    expect(refused?.errors?.[0]?.errorType).toBe('OVERLAPPING_LEAVE');
  } finally {
    subscription.unsubscribe();
  }
});
