// The operator's smoke test after a deploy (bin/smoke-test; docs/OPERATIONS.md): a throw-away organization, two
// people, leave requested and approved, both changes heard on the subscription over AppSync's real-time protocol
// (through Amplify JS, AWS's own client), the calendar feed and a CSV report. One line per step, with its time.
// Exit 0 when every step passed, 1 at the first that failed (its line says why).
import { Amplify } from 'aws-amplify';
import { CONNECTION_STATE_CHANGE, ConnectionState, generateClient } from 'aws-amplify/api';
import { Hub } from 'aws-amplify/utils';
import { signInFor } from './sign-in.mjs';

const STEP_TIMEOUT_MS = 30_000;

export async function smokeTest(target) {
  const tag = `${new Date().toISOString().slice(0, 10)}-${Math.random().toString(36).slice(2, 8)}`;
  const signIn = signInFor(target);
  Amplify.configure({ API: { GraphQL: { endpoint: target.graphqlUrl, region: target.region ?? 'local',
    defaultAuthMode: 'lambda' } } });
  const client = generateClient();
  const people = {};
  let failed = false;

  const step = async (name, run) => {
    if (failed) return undefined;
    const started = performance.now();
    try {
      const result = await within(STEP_TIMEOUT_MS, run());
      console.log(`ok    ${name} (${Math.round(performance.now() - started)} ms)`);
      return result;
    } catch (error) {
      failed = true;
      console.log(`FAIL  ${name} (${Math.round(performance.now() - started)} ms): ${error.message ?? error}`);
      return undefined;
    }
  };
  const as = (person) => ({ authMode: 'lambda', authToken: person.token });
  const gql = async (person, query, variables = {}) => {
    try {
      return (await client.graphql({ query, variables, ...as(person) })).data;
    } catch (e) {
      const error = e?.errors?.[0];
      throw new Error(error ? `${error.errorType ?? 'error'}: ${error.message}` : String(e?.message ?? e));
    }
  };

  // two weekdays eight weeks ahead: far from today's pinned or real date, inside an upfront allowance
  const start = nextMonday(new Date(Date.now() + 56 * 86_400_000));
  const startDate = isoDay(start);
  const endDate = isoDay(new Date(start.getTime() + 86_400_000));

  let subscription;
  const heard = [];
  try {
    const org = await step('sign in and create a throw-away organization', async () => {
      people.admin = await signIn.person(`smoke.admin.${tag}@smoke-test.invalid`, 'Smoke Admin');
      return (await gql(people.admin, 'mutation($n: String!) { createOrganization(name: $n) { id name } }',
        { n: `Smoke test ${tag}` })).createOrganization;
    });
    const setup = await step('set up a location, a leave type and its policy', async () => {
      const location = (await gql(people.admin, `mutation { createLocation(name: "Smoke", timeZone: "UTC",
        holidayCalendar: "DE", workingDays: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY]) { id } }`)).createLocation.id;
      const leaveType = (await gql(people.admin, `mutation { createLeaveType(name: "Vacation", deductsFromAllowance: true,
        requiresApproval: true, allowHalfDays: true) { id } }`)).createLeaveType.id;
      await gql(people.admin, `mutation($l: ID!, $t: ID!) { setLeavePolicy(locationId: $l, leaveTypeId: $t,
        effectiveDate: "2020-01-01", annualAllowanceDays: 25, accrual: UPFRONT) { id } }`, { l: location, t: leaveType });
      return { location, leaveType };
    });
    await step('add two people: a member and their approver', async () => {
      for (const [key, name, role] of [['approver', 'Smoke Approver', 'APPROVER'], ['member', 'Smoke Member', 'MEMBER']]) {
        const email = `smoke.${key}.${tag}@smoke-test.invalid`;
        const id = (await gql(people.admin, `mutation($e: AWSEmail!, $n: String!, $r: Role!) {
          addUser(email: $e, name: $n, role: $r) { id } }`, { e: email, n: name, r: role })).addUser.id;
        await gql(people.admin, `mutation($u: ID!, $l: ID!) { moveUserToLocation(userId: $u, locationId: $l,
          effectiveDate: "2020-01-01") { id } }`, { u: id, l: setup.location });
        people[key] = { ...(await signIn.person(email, name)), id };
      }
      await gql(people.admin, 'mutation($u: ID!, $a: ID!) { assignApprover(userId: $u, approverId: $a) { id } }',
        { u: people.member.id, a: people.approver.id });
    });
    await step('subscribe to the organization\'s leave over the real-time endpoint', async () => {
      const connected = new Promise((resolve) => {
        const stop = Hub.listen('api', ({ payload }) => {
          if (payload.event === CONNECTION_STATE_CHANGE && payload.data.connectionState === ConnectionState.Connected) {
            stop();
            resolve();
          }
        });
      });
      subscription = client.graphql({
        query: 'subscription($o: ID!) { onLeaveRequestChanged(orgId: $o) { id status startDate endDate } }',
        variables: { o: org.id }, ...as(people.admin),
      }).subscribe({ next: ({ data }) => heard.push(data.onLeaveRequestChanged), error: (e) => console.log('subscription error', JSON.stringify(e?.errors ?? e?.message ?? e)) });
      await connected;
    });
    const request = await step(`request leave ${startDate} to ${endDate}`, async () => {
      const made = (await gql(people.member, `mutation($t: ID!, $s: AWSDate!, $e: AWSDate!) {
        requestLeave(leaveTypeId: $t, startDate: $s, endDate: $e) { id status days } }`,
      { t: setup.leaveType, s: startDate, e: endDate })).requestLeave;
      if (made.status !== 'PENDING') throw new Error(`expected PENDING, got ${made.status}`);
      return made;
    });
    await step('the approver approves it', async () => {
      const decided = await until(async () => {
        const queue = (await gql(people.approver, '{ pendingApprovals { id } }')).pendingApprovals;
        return queue.some((r) => r.id === request.id) || undefined;
      }, 'the request in the approver\'s queue').then(() => gql(people.approver,
        'mutation($r: ID!) { approveLeave(requestId: $r) { id status } }', { r: request.id }));
      if (decided.approveLeave.status !== 'APPROVED') throw new Error(`expected APPROVED, got ${decided.approveLeave.status}`);
    });
    await step('the subscription delivered both changes (PENDING, APPROVED)', () => until(() => {
      const statuses = heard.filter((r) => r?.id === request.id).map((r) => r.status);
      return statuses.includes('PENDING') && statuses.includes('APPROVED') ? statuses : undefined;
    }, 'PENDING and APPROVED on the subscription'));
    await step('the member\'s calendar feed lists the leave', async () => {
      const feeds = (await gql(people.member, 'mutation { rotateCalendarToken { userFeedUrl } }')).rotateCalendarToken;
      const day = startDate.replaceAll('-', '');
      await until(async () => {
        const response = await fetch(feeds.userFeedUrl);
        const body = await response.text();
        if (!response.ok) throw new Error(`the feed answered ${response.status}`);
        return body.includes('BEGIN:VCALENDAR') && body.includes(day) || undefined;
      }, `an event on ${day} in the feed`);
    });
    await step('a CSV report of the period holds the request', async () => {
      const report = (await gql(people.admin, `mutation($f: AWSDate!, $t: AWSDate!) { exportLeaveReport(from: $f, to: $t) {
        downloadUrl requestCount } }`, { f: startDate, t: endDate })).exportLeaveReport;
      if (report.requestCount < 1) throw new Error(`the report holds ${report.requestCount} requests`);
      const response = await fetch(report.downloadUrl);
      const csv = await response.text();
      if (!response.ok || !csv.includes(startDate)) throw new Error(`the download answered ${response.status}: ${csv.slice(0, 120)}`);
    });
  } finally {
    subscription?.unsubscribe();
    // Clean up what can be: the event log is append-only, so the organization stays, its leave cancelled and its
    // name saying what it was; sign-in users the run created are deleted where the sign-in allows it.
    const cleanup = failed;
    failed = false;
    await step('clean up: cancel the leave, mark the organization, remove the sign-ins', async () => {
      const mine = people.member && (await gql(people.member, '{ leaveRequests { id status } }')).leaveRequests;
      for (const r of mine ?? []) {
        if (r.status === 'PENDING' || r.status === 'APPROVED') {
          await gql(people.member, 'mutation($r: ID!) { cancelLeave(requestId: $r) { id } }', { r: r.id });
        }
      }
      if (people.admin) {
        await gql(people.admin, 'mutation($n: String!) { updateOrganization(name: $n) { id } }',
          { n: `Smoke test ${tag} (finished: safe to ignore)` });
      }
      await signIn.cleanUp();
    });
    failed = failed || cleanup;
  }
  return !failed;
}

function within(ms, promise) {
  return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms))]);
}

/** Polls until check() gives a value (the read side and the subscription follow the write asynchronously). */
async function until(check, what) {
  const deadline = Date.now() + STEP_TIMEOUT_MS - 2_000;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function nextMonday(date) {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  while (d.getUTCDay() !== 1) d.setUTCDate(d.getUTCDate() + 1);
  return d;
}

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}
