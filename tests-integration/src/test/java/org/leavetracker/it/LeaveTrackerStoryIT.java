package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leavetracker.it.Api.eventually;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The story a company lives through, end to end through the public endpoints only (today is 2026-06-15):
 * set-up, requests and decisions, live updates, late corrections, moves, every refusal, and a second company
 * that never sees the first one's data.
 */
class LeaveTrackerStoryIT extends AgainstTarget {

    private static final String REQUEST = """
            mutation($type: ID!, $from: AWSDate!, $to: AWSDate!, $half: HalfDay, $client: ID) {
              requestLeave(leaveTypeId: $type, startDate: $from, endDate: $to, halfDay: $half, reason: "private",
                           clientRequestId: $client) { id status days halfDay orgId userId }
            }""";
    private static final String BALANCES = """
            query($user: ID, $year: Int!, $asOf: AWSDate) {
              balances(userId: $user, year: $year, asOf: $asOf) {
                leaveTypeId year carriedOver carriedOverExpiresOn expired allowance accrued adjustments used pending
                remaining available
              }
            }""";

    private static Map<String, Object> balance(Api.Person who, String userId, int year, String asOf) {
        List<Map<String, Object>> balances = who.ok(BALANCES, vars("user", userId, "year", year, "asOf", asOf));
        assertThat(balances).hasSize(1);
        return balances.getFirst();
    }

    @Test
    void a_company_runs_its_leave_through_the_api() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        Api.Person ada = api.signIn("ada." + suffix + "@acme.test");
        assertThat((Object) ada.ok("{ me { id } }")).isNull();
        String acme = ada.id("mutation { createOrganization(name: \"Acme\") { id name createdAt } }", Map.of());
        String locationMutation = """
                mutation($name: String!, $tz: String!, $cal: String!) {
                  createLocation(name: $name, timeZone: $tz, holidayCalendar: $cal,
                                 workingDays: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY]) { id }
                }""";
        String berlin = ada.id(locationMutation, vars("name", "Berlin", "tz", "Europe/Berlin", "cal", "DE"));
        String paris = ada.id(locationMutation, vars("name", "Paris", "tz", "Europe/Paris", "cal", "FR"));
        String typeMutation = """
                mutation($name: String!, $deducts: Boolean!, $approval: Boolean!) {
                  createLeaveType(name: $name, deductsFromAllowance: $deducts, requiresApproval: $approval,
                                  allowHalfDays: true) { id }
                }""";
        String vacation = ada.id(typeMutation, vars("name", "Vacation", "deducts", true, "approval", true));
        String sick = ada.id(typeMutation, vars("name", "Sick", "deducts", false, "approval", false));
        String policyMutation = """
                mutation($loc: ID!, $type: ID!, $days: Float!, $accrual: Accrual!, $max: Float, $expiry: Int) {
                  setLeavePolicy(locationId: $loc, leaveTypeId: $type, effectiveDate: "2020-01-01",
                                 annualAllowanceDays: $days, accrual: $accrual, rolloverMaxDays: $max,
                                 rolloverExpiryMonths: $expiry) { id }
                }""";
        ada.ok(policyMutation, vars("loc", berlin, "type", vacation, "days", 25.0, "accrual", "UPFRONT", "max", 5.0,
                "expiry", 3));
        ada.ok(policyMutation, vars("loc", paris, "type", vacation, "days", 24.0, "accrual", "MONTHLY", "max", 0.0));
        String addUser = "mutation($e: AWSEmail!, $n: String!, $r: Role!) { addUser(email: $e, name: $n, role: $r) { id } }";
        String bobId = ada.id(addUser, vars("e", "bob." + suffix + "@acme.test", "n", "Bob", "r", "APPROVER"));
        String cleoId = ada.id(addUser, vars("e", "cleo." + suffix + "@acme.test", "n", "Cleo", "r", "MEMBER"));
        ada.ok("mutation($u: ID!, $l: ID!) { moveUserToLocation(userId: $u, locationId: $l, effectiveDate: \"2025-01-01\") { id } }",
                vars("u", cleoId, "l", berlin));
        Map<String, Object> cleoProfile = ada.ok("mutation($u: ID!, $a: ID!) { assignApprover(userId: $u, approverId: $a) { id locationId approverIds workingDays } }",
                vars("u", cleoId, "a", bobId));
        assertThat(cleoProfile).containsEntry("locationId", berlin).containsEntry("approverIds", List.of(bobId));
        Api.Person bob = api.signIn("bob." + suffix + "@acme.test");
        Api.Person cleo = api.signIn("Cleo." + suffix + "@ACME.test");

        // a second company, and live subscribers of both
        Api.Person eve = api.signIn("eve." + suffix + "@rival.test");
        String rival = eve.id("mutation { createOrganization(name: \"Rival\") { id } }", Map.of());
        try (Subscriber bobWs = Subscriber.graphqlWs(target, bob.token);
             Subscriber cleoAppSync = Subscriber.appSync(target, cleo.token);
             Subscriber eveWs = Subscriber.graphqlWs(target, eve.token)) {
            bobWs.subscribe("requests", "subscription($o: ID!) { onLeaveRequestChanged(orgId: $o) { id status days reason } }",
                    vars("o", acme));
            cleoAppSync.subscribe("everyone", "subscription($o: ID!) { onBalanceChanged(orgId: $o) { userId } }",
                    vars("o", acme));
            assertThat(cleoAppSync.await("error")).as("only admins watch everyone's balances")
                    .containsEntry("id", "everyone");
            cleoAppSync.subscribe("balances", "subscription($o: ID!, $u: ID) { onBalanceChanged(orgId: $o, userId: $u) { userId year remaining available } }",
                    vars("o", acme, "u", cleoId));
            cleoAppSync.await("start_ack");
            eveWs.subscribe("mine", "subscription($o: ID!) { onLeaveRequestChanged(orgId: $o) { id } }", vars("o", rival));
            eveWs.subscribe("theirs", "subscription($o: ID!) { onLeaveRequestChanged(orgId: $o) { id } }", vars("o", acme));
            assertThat(eveWs.await("error")).containsEntry("id", "theirs");

            // across a weekend and two public holidays (Good Friday, Easter Monday): 2 days
            Map<String, Object> easter = cleo.ok(REQUEST, vars("type", vacation, "from", "2026-04-02", "to", "2026-04-07"));
            assertThat(easter).containsEntry("status", "PENDING").containsEntry("days", 2.0).containsEntry("orgId", acme);
            Map<String, Object> morning = cleo.ok(REQUEST, vars("type", vacation, "from", "2026-06-17", "to", "2026-06-17",
                    "half", "MORNING"));
            assertThat(morning).containsEntry("days", 0.5).containsEntry("halfDay", "MORNING");

            List<Map<String, Object>> pending = eventually(() -> bob.ok("{ pendingApprovals { id } }"),
                    p -> ((List<?>) p).size() == 2);
            assertThat(pending).extracting(p -> p.get("id")).containsExactlyInAnyOrder(easter.get("id"), morning.get("id"));
            assertThat(bob.<Map<String, Object>>ok("mutation($r: ID!) { approveLeave(requestId: $r, note: \"ok\") { status decidedBy } }",
                    vars("r", easter.get("id")))).containsEntry("status", "APPROVED").containsEntry("decidedBy", bobId);
            assertThat(bob.<Map<String, Object>>ok("mutation($r: ID!) { denyLeave(requestId: $r, reason: \"busy\") { status } }",
                    vars("r", morning.get("id")))).containsEntry("status", "DENIED");

            // an idempotent retry, then a cancellation
            Map<String, Object> august = cleo.ok(REQUEST, vars("type", vacation, "from", "2026-08-10", "to", "2026-08-14",
                    "client", "cleo-august"));
            Map<String, Object> retried = cleo.ok(REQUEST, vars("type", vacation, "from", "2026-08-10", "to", "2026-08-14",
                    "client", "cleo-august"));
            assertThat(retried.get("id")).isEqualTo(august.get("id"));
            assertThat(cleo.<Map<String, Object>>ok("mutation($r: ID!) { cancelLeave(requestId: $r) { status } }",
                    vars("r", august.get("id")))).containsEntry("status", "CANCELLED");

            // the figures of SPEC §3: 25 upfront, 5 carried (capped) and expired after March, 2 used
            Map<String, Object> june = balance(cleo, null, 2026, "2026-06-15");
            assertThat(june).containsEntry("allowance", 25.0).containsEntry("carriedOver", 5.0)
                    .containsEntry("carriedOverExpiresOn", "2026-03-31").containsEntry("expired", 5.0)
                    .containsEntry("used", 2.0).containsEntry("pending", 0.0).containsEntry("remaining", 23.0);
            // used counts the whole year's approved leave, whatever asOf: 5 carried (not yet expired) + 25 − 2
            assertThat(balance(cleo, null, 2026, "2026-03-01")).containsEntry("remaining", 28.0);

            // a past leave added for last year lowers this year's carry-over: 22 days of September 2025
            ada.ok("mutation($u: ID!, $t: ID!) { addPastLeave(userId: $u, leaveTypeId: $t, startDate: \"2025-09-01\", endDate: \"2025-09-30\") { status days } }",
                    vars("u", cleoId, "t", vacation));
            assertThat(balance(cleo, null, 2026, "2026-03-01")).containsEntry("carriedOver", 3.0)
                    .containsEntry("remaining", 26.0);

            // a shorter week from July, and a move to Paris in September
            ada.ok("mutation($u: ID!) { setWorkingWeek(userId: $u, workingDays: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY], effectiveDate: \"2026-07-01\") { id } }",
                    vars("u", cleoId));
            assertThat(cleo.<Map<String, Object>>ok(REQUEST, vars("type", sick, "from", "2026-07-06", "to", "2026-07-10")))
                    .containsEntry("days", 4.0).containsEntry("status", "APPROVED");
            ada.ok("mutation($u: ID!, $l: ID!) { moveUserToLocation(userId: $u, locationId: $l, effectiveDate: \"2026-09-01\") { id } }",
                    vars("u", cleoId, "l", paris));
            // 25 × 243/365 + 24 × 122/365 = 24.66 → 24.5
            assertThat(balance(ada, cleoId, 2026, "2026-06-15")).containsEntry("allowance", 24.5);

            // every refusal on its natural trigger
            assertThat(cleo.refused(REQUEST, vars("type", vacation, "from", "2026-09-10", "to", "2026-09-09")))
                    .isEqualTo("VALIDATION_ERROR");
            assertThat(cleo.refused(REQUEST, vars("type", vacation, "from", "2026-06-20", "to", "2026-06-21")))
                    .isEqualTo("NO_WORKING_DAYS");
            assertThat(cleo.refused(REQUEST, vars("type", vacation, "from", "2026-04-01", "to", "2026-04-02")))
                    .isEqualTo("OVERLAPPING_LEAVE");
            assertThat(cleo.refused(REQUEST, vars("type", vacation, "from", "2026-09-07", "to", "2026-12-18")))
                    .isEqualTo("INSUFFICIENT_BALANCE");
            assertThat(bob.refused("mutation($r: ID!) { approveLeave(requestId: $r) { status } }",
                    vars("r", morning.get("id")))).isEqualTo("INVALID_STATE_TRANSITION");
            assertThat(cleo.refused(locationMutation, vars("name", "Home", "tz", "Europe/Berlin", "cal", "DE")))
                    .isEqualTo("FORBIDDEN");
            assertThat(eve.refused("mutation($u: ID!) { changeUserRole(userId: $u, role: ADMIN) { id } }",
                    vars("u", cleoId))).isEqualTo("NOT_FOUND");
            assertThat(eve.refused(addUser, vars("e", "CLEO." + suffix + "@acme.test", "n", "Cleo", "r", "MEMBER")))
                    .isEqualTo("CONFLICT");
            Api.Reply anonymous = api.raw(target.graphqlUrl(), "{\"query\":\"{ me { id } }\"}", null);
            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(anonymous.body().toString()).contains("UNAUTHENTICATED");

            // live: Bob saw Cleo's requests change, Cleo her balances; Eve nothing of Acme
            List<Map<String, Object>> seen = eventually(() -> bobWs.data("requests"), d -> d.size() >= 6);
            List<Object> seenIds = seen.stream().map(d -> ((Map<?, ?>) d.get("onLeaveRequestChanged")).get("id"))
                    .map(Object.class::cast).toList();
            assertThat(seenIds).contains(easter.get("id"), morning.get("id"), august.get("id"));
            assertThat(seen).as("live changes go to the whole organization: never with the reason")
                    .allSatisfy(d -> assertThat(((Map<?, ?>) d.get("onLeaveRequestChanged")).get("reason")).isNull());
            assertThat(eventually(() -> cleoAppSync.data("balances"), d -> !d.isEmpty())).isNotEmpty()
                    .allSatisfy(d -> assertThat(((Map<?, ?>) d.get("onBalanceChanged")).get("userId")).isEqualTo(cleoId));
            assertThat(eveWs.data("mine")).isEmpty();
            assertThat(eveWs.data("theirs")).isEmpty();

            // the other company sees none of this
            assertThat(eve.<List<Map<String, Object>>>ok("{ users { id } }")).hasSize(1);
            assertThat(eve.<List<?>>ok("{ teamCalendar(from: \"2026-01-01\", to: \"2026-12-31\") { requestId } }")).isEmpty();
            List<Map<String, Object>> calendar = eventually(() -> bob.ok(
                    "{ teamCalendar(from: \"2026-04-01\", to: \"2026-04-30\") { requestId userName status } }"),
                    c -> ((List<?>) c).size() == 1);
            assertThat(calendar).singleElement().satisfies(e -> assertThat(e).containsEntry("userName", "Cleo"));
            // a whole leap year is the widest calendar one query may ask for
            assertThat(bob.<List<?>>ok("{ teamCalendar(from: \"2028-01-01\", to: \"2028-12-31\") { requestId } }"))
                    .isEmpty();
            assertThat(bob.refused("{ teamCalendar(from: \"2028-01-01\", to: \"2029-01-01\") { requestId } }",
                    Map.of())).isEqualTo("VALIDATION_ERROR");
        }
    }
}
