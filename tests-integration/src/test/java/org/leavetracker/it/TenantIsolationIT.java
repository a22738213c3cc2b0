package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leavetracker.it.Api.eventually;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Two companies on one deployment: every operation of one naming any id of the other is refused with NOT_FOUND or
 * FORBIDDEN, returns no data and changes nothing; tokens another deployment signed are not accepted; reasons are
 * seen only by the requester, their approvers and admins.
 */
class TenantIsolationIT extends AgainstTarget {

    /** The ids of one company: its org, admin, location, leave type, policy, a member and a pending request. */
    record Company(Api.Person admin, Api.Person member, String orgId, String adminId, String memberId,
                   String location, String type, String request, String team) {
    }

    private static Company company(String name) {
        String suffix = Long.toString(System.nanoTime(), 36);
        Api.Person admin = api.signIn("admin." + suffix + "@" + name + ".test");
        String orgId = admin.id("mutation($n: String!) { createOrganization(name: $n) { id } }", vars("n", name));
        String adminId = admin.id("query { me { id } }", Map.of());
        String location = admin.id("""
                mutation { createLocation(name: "HQ", timeZone: "Europe/Berlin", holidayCalendar: "DE",
                           workingDays: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY]) { id } }""", Map.of());
        String type = leaveType(admin, "Vacation", true, true);
        upfrontPolicy(admin, location, type, 25);
        String memberEmail = "member." + suffix + "@" + name + ".test";
        String memberId = addUser(admin, memberEmail, "Member", "MEMBER");
        moveTo(admin, memberId, location);
        Api.Person member = api.signIn(memberEmail);
        String request = member.id("""
                mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: "2026-07-06", endDate: "2026-07-07",
                                                 reason: "confidential surgery") { id } }""", vars("t", type));
        String team = admin.id("mutation { createTeam(name: \"Core\") { id } }", Map.of());
        admin.ok("mutation($u: ID!, $t: ID!) { moveUserToTeam(userId: $u, teamId: $t, effectiveDate: \"2026-01-01\") { id } }",
                vars("u", memberId, "t", team));
        return new Company(admin, member, orgId, adminId, memberId, location, type, request, team);
    }

    @Test
    @SuppressWarnings("unchecked")
    void nothing_of_another_company_can_be_read_or_changed_by_naming_its_ids() {
        Company a = company("alpha");
        Company b = company("beta");
        int bEventsBefore = ((List<?>) b.admin.ok("query($id: ID!) { history(aggregateId: $id) { version } }",
                vars("id", b.memberId))).size();
        List<Map.Entry<String, Map<String, Object>>> attempts = List.of(
                Map.entry("query($u: ID) { balances(userId: $u, year: 2026) { remaining } }", vars("u", b.memberId)),
                Map.entry("query($u: ID) { leaveRequests(userId: $u) { id reason } }", vars("u", b.memberId)),
                Map.entry("query($id: ID!) { history(aggregateId: $id) { payload } }", vars("id", b.memberId)),
                Map.entry("query($id: ID!) { history(aggregateId: $id) { payload } }", vars("id", b.orgId)),
                Map.entry("query($id: ID!) { history(aggregateId: $id) { payload } }", vars("id", b.request)),
                Map.entry("query($l: ID) { policies(locationId: $l) { id } }", vars("l", b.location)),
                Map.entry("query($l: ID) { teamCalendar(from: \"2026-07-01\", to: \"2026-07-31\", locationId: $l) { requestId } }",
                        vars("l", b.location)),
                Map.entry("mutation($u: ID!) { changeUserRole(userId: $u, role: ADMIN) { id } }", vars("u", b.memberId)),
                Map.entry("mutation($l: ID!) { addHoliday(locationId: $l, date: \"2026-07-06\", name: \"x\") { id } }",
                        vars("l", b.location)),
                Map.entry("mutation($u: ID!, $l: ID!) { moveUserToLocation(userId: $u, locationId: $l, effectiveDate: \"2026-01-01\") { id } }",
                        vars("u", b.memberId, "l", a.location)),
                Map.entry("mutation($u: ID!, $l: ID!) { moveUserToLocation(userId: $u, locationId: $l, effectiveDate: \"2026-01-01\") { id } }",
                        vars("u", a.memberId, "l", b.location)),
                Map.entry("mutation($u: ID!, $x: ID!) { assignApprover(userId: $u, approverId: $x) { id } }",
                        vars("u", a.memberId, "x", b.adminId)),
                Map.entry("mutation($u: ID!, $x: ID!) { assignApprover(userId: $u, approverId: $x) { id } }",
                        vars("u", b.memberId, "x", a.adminId)),
                Map.entry("mutation($u: ID!) { setWorkingWeek(userId: $u, workingDays: [MONDAY], effectiveDate: \"2026-01-01\") { id } }",
                        vars("u", b.memberId)),
                Map.entry("mutation($l: ID!, $t: ID!) { setLeavePolicy(locationId: $l, leaveTypeId: $t, effectiveDate: \"2026-01-01\", annualAllowanceDays: 99, accrual: UPFRONT) { id } }",
                        vars("l", b.location, "t", a.type)),
                Map.entry("mutation($l: ID!, $t: ID!) { setLeavePolicy(locationId: $l, leaveTypeId: $t, effectiveDate: \"2026-01-01\", annualAllowanceDays: 99, accrual: UPFRONT) { id } }",
                        vars("l", a.location, "t", b.type)),
                Map.entry("mutation($u: ID!, $t: ID!) { adjustBalance(userId: $u, leaveTypeId: $t, year: 2026, days: 9, note: \"x\") { remaining } }",
                        vars("u", b.memberId, "t", b.type)),
                Map.entry("mutation($u: ID!, $t: ID!) { adjustBalance(userId: $u, leaveTypeId: $t, year: 2026, days: 9, note: \"x\") { remaining } }",
                        vars("u", a.memberId, "t", b.type)),
                Map.entry("mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: \"2026-08-03\", endDate: \"2026-08-03\") { id } }",
                        vars("t", b.type)),
                Map.entry("mutation($r: ID!) { approveLeave(requestId: $r) { id } }", vars("r", b.request)),
                Map.entry("mutation($r: ID!) { denyLeave(requestId: $r) { id } }", vars("r", b.request)),
                Map.entry("mutation($r: ID!) { cancelLeave(requestId: $r) { id } }", vars("r", b.request)),
                Map.entry("mutation($u: ID!, $t: ID!) { addPastLeave(userId: $u, leaveTypeId: $t, startDate: \"2026-01-05\", endDate: \"2026-01-05\") { id } }",
                        vars("u", b.memberId, "t", b.type)),
                Map.entry("mutation($u: ID!, $t: ID!) { addPastLeave(userId: $u, leaveTypeId: $t, startDate: \"2026-01-05\", endDate: \"2026-01-05\") { id } }",
                        vars("u", a.memberId, "t", b.type)),
                // corrections, teams and leavers
                Map.entry("mutation($u: ID!) { updateUser(userId: $u, name: \"x\") { id } }", vars("u", b.memberId)),
                Map.entry("mutation($u: ID!) { endEmployment(userId: $u, lastDay: \"2026-06-30\") { id } }", vars("u", b.memberId)),
                Map.entry("mutation($u: ID!) { undoEndEmployment(userId: $u) { id } }", vars("u", b.memberId)),
                Map.entry("mutation($u: ID!, $x: ID!) { removeApprover(userId: $u, approverId: $x) { id } }",
                        vars("u", b.memberId, "x", b.adminId)),
                Map.entry("mutation($u: ID!, $t: ID!) { moveUserToTeam(userId: $u, teamId: $t, effectiveDate: \"2026-01-01\") { id } }",
                        vars("u", a.memberId, "t", b.team)),
                Map.entry("mutation($u: ID!) { moveUserToTeam(userId: $u, teamId: null, effectiveDate: \"2026-01-01\") { id } }",
                        vars("u", b.memberId)),
                Map.entry("mutation($t: ID!) { renameTeam(teamId: $t, name: \"x\") { id } }", vars("t", b.team)),
                Map.entry("mutation($t: ID!, $m: ID!) { setTeamManagers(teamId: $t, managerIds: [$m]) { id } }",
                        vars("t", b.team, "m", a.adminId)),
                Map.entry("query($t: ID) { teamCalendar(from: \"2026-07-01\", to: \"2026-07-31\", teamId: $t) { requestId } }",
                        vars("t", b.team)),
                Map.entry("mutation($l: ID!) { updateLocation(locationId: $l, name: \"x\") { id } }", vars("l", b.location)),
                Map.entry("mutation($l: ID!) { archiveLocation(locationId: $l) { id } }", vars("l", b.location)),
                Map.entry("mutation($t: ID!) { archiveLeaveType(leaveTypeId: $t) { id } }", vars("t", b.type)),
                Map.entry("mutation($t: ID!) { updateLeaveType(leaveTypeId: $t, name: \"x\") { id } }", vars("t", b.type)),
                Map.entry("mutation($u: ID!) { removeSubstitute(from: \"2026-06-01\", approverId: $u) { id } }",
                        vars("u", b.adminId)),
                Map.entry("query($id: ID!) { historyPage(aggregateId: $id) { items { payload } } }", vars("id", b.memberId)),
                Map.entry("query($u: ID) { leaveRequestsPage(userId: $u) { items { id reason } } }", vars("u", b.memberId)));

        for (Map.Entry<String, Map<String, Object>> attempt : attempts) {
            Map<String, Object> response = a.admin.call(attempt.getKey(), attempt.getValue());
            System.out.println("alpha's admin tries " + attempt.getKey().replaceAll("\\s+", " ") + " → "
                    + response.get("errors"));
            List<Map<String, Object>> errors = (List<Map<String, Object>>) response.get("errors");
            assertThat(errors).as(attempt.getKey()).isNotEmpty();
            assertThat(errors.getFirst().get("errorType")).as(attempt.getKey()).isIn("NOT_FOUND", "FORBIDDEN");
            assertThat(response.get("data")).as("no data for %s", attempt.getKey()).isNull();
            // ids the caller sent may be echoed in the message; nothing else of beta may appear
            assertThat(Api.JSON.valueToTree(response).toString()).doesNotContain("confidential")
                    .doesNotContain("beta.test").doesNotContain("HQ");
        }
        assertThat((List<?>) b.admin.ok("query($id: ID!) { history(aggregateId: $id) { version } }",
                vars("id", b.memberId))).as("beta's member is unchanged").hasSize(bEventsBefore);
        Map<String, Object> request = ((List<Map<String, Object>>) b.member.ok("{ leaveRequests { id status } }"))
                .stream().filter(r -> r.get("id").equals(b.request)).findFirst().orElseThrow();
        assertThat(request.get("status")).isEqualTo("PENDING");
        assertThat((List<?>) a.admin.ok("{ users { id } }")).hasSize(2);
    }

    @Test
    void a_reason_is_seen_by_the_requester_their_approver_and_admins_only() {
        Company c = company("gamma");
        String suffix = Long.toString(System.nanoTime(), 36);
        String colleagueEmail = "colleague." + suffix + "@gamma.test";
        c.admin.id("mutation($e: AWSEmail!) { addUser(email: $e, name: \"Colleague\", role: MEMBER) { id } }",
                vars("e", colleagueEmail));
        Api.Person colleague = api.signIn(colleagueEmail);
        String reasons = "query($u: ID) { leaveRequests(userId: $u) { id reason } }";

        List<Map<String, Object>> own = eventually(() -> c.member.ok(reasons, vars("u", c.memberId)),
                l -> !((List<?>) l).isEmpty());
        assertThat(own).extracting(r -> r.get("reason")).containsExactly("confidential surgery");
        List<Map<String, Object>> asAdmin = c.admin.ok(reasons, vars("u", c.memberId));
        assertThat(asAdmin).extracting(r -> r.get("reason")).containsExactly("confidential surgery");
        assertThat(colleague.refused(reasons, vars("u", c.memberId))).isEqualTo("FORBIDDEN");
        Map<String, Object> calendar = colleague.call(
                "{ teamCalendar(from: \"2026-07-01\", to: \"2026-07-31\") { requestId userName } }", Map.of());
        assertThat(Api.JSON.valueToTree(calendar).toString()).contains(c.request).doesNotContain("confidential");
        assertThat(colleague.refused("{ teamCalendar(from: \"2026-07-01\", to: \"2026-07-31\") { reason } }",
                Map.of())).isEqualTo("VALIDATION_ERROR");
    }

    @Test
    void a_token_signed_by_another_deployment_is_unauthenticated() throws Exception {
        try (Target other = Target.local(Files.createTempDirectory("other-deployment"))) {
            Api.Person stranger = new Api(other).signIn("ada@alpha.test");
            Api.Person impostor = api.new Person("ada@alpha.test", stranger.token);
            assertThat(impostor.refused("{ me { id } }", Map.of())).isEqualTo("UNAUTHENTICATED");
        }
        String[] parts = api.signIn("eve@alpha.test").token.split("\\.");
        String unsigned = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0." + parts[1] + ".";
        assertThat(api.new Person("eve@alpha.test", unsigned).refused("{ me { id } }", Map.of()))
                .isEqualTo("UNAUTHENTICATED");
    }
}
