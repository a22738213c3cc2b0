package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** SPEC §3.8 through the public endpoint: teams, their managers and calendars; leavers and their final balance. */
class TeamsAndLeaversIT extends AgainstTarget {

    @Test
    void a_team_manager_sees_and_approves_a_members_request_and_the_calendar_narrows_to_the_team() {
        Team team = team("Teams", "teams.test", "Vacation", true, true, 25);
        Api.Person ada = team.admin();
        String web = ada.id("mutation { createTeam(name: \"Web\") { id } }", Map.of());
        String managerId = addUser(ada, "mia." + System.nanoTime() + "@teams.test", "Mia", "APPROVER");
        Map<String, Object> managed = ada.ok("mutation($t: ID!, $m: ID!) { setTeamManagers(teamId: $t, managerIds: [$m]) { managerIds } }",
                vars("t", web, "m", managerId));
        assertThat(managed).containsEntry("managerIds", List.of(managerId));
        ada.ok("mutation($u: ID!, $t: ID!) { moveUserToTeam(userId: $u, teamId: $t, effectiveDate: \"2026-01-01\") { teamId } }",
                vars("u", team.memberId(), "t", web));
        assertThat(team.member().<Map<String, Object>>ok("{ me { teamId } }")).containsEntry("teamId", web);
        assertThat(ada.<List<Map<String, Object>>>ok("{ teams { id name memberCount } }")).singleElement()
                .satisfies(t -> assertThat(t).containsEntry("name", "Web").containsEntry("memberCount", 1));

        String request = team.member().id("""
                mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: "2026-07-06", endDate: "2026-07-07") { id } }""",
                vars("t", team.leaveType()));
        Api.Person mia = api.signIn(ada.<List<Map<String, Object>>>ok("{ users { id email } }").stream()
                .filter(u -> u.get("id").equals(managerId)).findFirst().orElseThrow().get("email").toString());
        assertThat(Api.eventually(() -> mia.<List<Map<String, Object>>>ok("{ pendingApprovals { id } }"),
                list -> !list.isEmpty())).extracting(r -> r.get("id")).containsExactly(request);
        assertThat(mia.<Map<String, Object>>ok("mutation($r: ID!) { approveLeave(requestId: $r) { status } }",
                vars("r", request))).containsEntry("status", "APPROVED");

        // a chain whose only level is the team's managers: Mia's queue holds the next request, and she decides it
        ada.ok("mutation($t: ID!) { setApprovalChain(leaveTypeId: $t, levels: [{kind: TEAM_MANAGERS}]) { id } }",
                vars("t", team.leaveType()));
        String chained = team.member().id("""
                mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: "2026-08-10", endDate: "2026-08-10") {
                  id approvals { kind } } }""", vars("t", team.leaveType()));
        assertThat(Api.eventually(() -> mia.<List<Map<String, Object>>>ok("{ pendingApprovals { id } }"),
                list -> !list.isEmpty())).extracting(r -> r.get("id")).containsExactly(chained);
        assertThat(team.approver().refused("mutation($r: ID!) { approveLeave(requestId: $r) { id } }",
                vars("r", chained))).as("Ann's own approver is not at that level").isEqualTo("FORBIDDEN");
        assertThat(mia.<Map<String, Object>>ok("mutation($r: ID!) { approveLeave(requestId: $r) { status } }",
                vars("r", chained))).containsEntry("status", "APPROVED");

        assertThat(ada.<List<Map<String, Object>>>ok("""
                query($t: ID!) { teamCalendar(from: "2026-07-01", to: "2026-07-31", teamId: $t) { requestId teamId } }""",
                vars("t", web))).extracting(e -> e.get("requestId")).containsExactly(request);
        String other = ada.id("mutation { createTeam(name: \"Sales\") { id } }", Map.of());
        assertThat((List<?>) ada.ok("""
                query($t: ID!) { teamCalendar(from: "2026-07-01", to: "2026-07-31", teamId: $t) { requestId } }""",
                vars("t", other))).isEmpty();
        Api.Person stranger = newCompany("Strangers", "strangers.test");
        assertThat(stranger.refused("""
                query($t: ID!) { teamCalendar(from: "2026-07-01", to: "2026-07-31", teamId: $t) { requestId } }""",
                vars("t", web))).isEqualTo("NOT_FOUND");
        assertThat(stranger.refused("mutation($t: ID!) { renameTeam(teamId: $t, name: \"Ours\") { id } }",
                vars("t", web))).isEqualTo("NOT_FOUND");
        assertThat(team.member().refused("mutation { createTeam(name: \"Mine\") { id } }", Map.of()))
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void a_leaver_gets_a_prorated_final_balance_and_can_only_read() {
        Team team = team("Leavers", "leavers.test", "Vacation", true, true, 20);
        Api.Person ada = team.admin();
        String later = team.member().id("""
                mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: "2026-08-03", endDate: "2026-08-04") { id } }""",
                vars("t", team.leaveType()));
        Map<String, Object> ann = ada.ok("""
                mutation($u: ID!) { endEmployment(userId: $u, lastDay: "2026-06-30") { employmentEndsOn } }""",
                vars("u", team.memberId()));
        assertThat(ann).containsEntry("employmentEndsOn", "2026-06-30");
        // 20 × 181/365 = 9.92 → 10; 2025's unused 20 carry over (no cap)
        assertThat(team.member().<List<Map<String, Object>>>ok("{ balances(year: 2026, asOf: \"2026-06-30\") { allowance } }"))
                .singleElement().satisfies(b -> assertThat(b).containsEntry("allowance", 10.0));
        // the admin's change reaches the leaver's read side shortly after (read-your-own-writes is the admin's)
        assertThat(Api.eventually(() -> team.member().<List<Map<String, Object>>>ok("{ leaveRequests { id status } }"),
                list -> list.stream().anyMatch(r -> r.get("id").equals(later) && "CANCELLED".equals(r.get("status")))))
                .filteredOn(r -> r.get("id").equals(later)).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("status", "CANCELLED"));
        assertThat(team.member().refused("""
                mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: "2026-07-01", endDate: "2026-07-03") { id } }""",
                vars("t", team.leaveType()))).isEqualTo("VALIDATION_ERROR");
        assertThat(team.member().refused("mutation($u: ID!) { undoEndEmployment(userId: $u) { id } }",
                vars("u", team.memberId()))).isEqualTo("FORBIDDEN");

        ada.ok("mutation($u: ID!) { undoEndEmployment(userId: $u) { id } }", vars("u", team.memberId()));
        assertThat(team.member().<Map<String, Object>>ok("{ me { employmentEndsOn } }")).containsEntry("employmentEndsOn", null);
        assertThat(team.member().<List<Map<String, Object>>>ok("{ balances(year: 2026, asOf: \"2026-06-30\") { allowance } }"))
                .singleElement().satisfies(b -> assertThat(b).containsEntry("allowance", 20.0));
    }

    @Test
    void an_admin_whose_employment_ended_reads_only_their_own_records_and_nothing_of_the_company() {
        Team team = team("Former admins", "former.test", "Vacation", true, true, 20);
        Api.Person ada = team.admin();
        String email = "bob." + System.nanoTime() + "@former.test";
        String bobId = addUser(ada, email, "Bob", "ADMIN");
        moveTo(ada, bobId, team.office());
        Api.Person bob = api.signIn(email);
        assertThat(Api.eventually(() -> bob.<List<?>>ok("{ users { id } }"), list -> list.size() == 4)).hasSize(4);
        ada.ok("mutation($u: ID!) { endEmployment(userId: $u, lastDay: \"2026-06-01\") { id } }", vars("u", bobId));

        // the company is no longer theirs to read, whatever their role was (today is 2026-06-15)
        Map<String, Map<String, Object>> companyReads = Map.ofEntries(
                Map.entry("{ users { id } }", Map.of()), Map.entry("{ usersPage { items { id } } }", Map.of()),
                Map.entry("{ teams { id } }", Map.of()), Map.entry("{ locations { id } }", Map.of()),
                Map.entry("{ webhooks { id } }", Map.of()), Map.entry("{ blackoutPeriods { id } }", Map.of()),
                Map.entry("{ approverGroups { id } }", Map.of()), Map.entry("{ pendingApprovals { id } }", Map.of()),
                Map.entry("{ teamCalendar(from: \"2026-06-01\", to: \"2026-06-30\") { requestId } }", Map.of()),
                Map.entry("query($u: ID) { balances(userId: $u, year: 2026) { allowance } }", vars("u", team.memberId())),
                Map.entry("query($u: ID) { leaveRequests(userId: $u) { id } }", vars("u", team.memberId())),
                Map.entry("query($u: ID!) { history(aggregateId: $u) { type } }", vars("u", team.memberId())),
                Map.entry("mutation { exportLeaveReport(from: \"2026-01-01\", to: \"2026-06-30\") { key } }", Map.of()),
                Map.entry("mutation { createLeaveType(name: \"Sneaky\", deductsFromAllowance: true,"
                        + " requiresApproval: false, allowHalfDays: true) { id } }", Map.of()));
        companyReads.forEach((query, variables) ->
                assertThat(bob.refused(query, variables)).as(query).isEqualTo("FORBIDDEN"));

        // their own records stay readable: who they are, their final balance, their leave and their trail
        assertThat(bob.<Map<String, Object>>ok("{ me { employmentEndsOn } }")).containsEntry("employmentEndsOn",
                "2026-06-01");
        assertThat(bob.<List<?>>ok("{ balances(year: 2026) { allowance } }")).hasSize(1);
        assertThat(bob.<List<?>>ok("{ leaveRequests { id } }")).isEmpty();
        assertThat(bob.<List<?>>ok("query($u: ID!) { history(aggregateId: $u) { type } }", vars("u", bobId)))
                .isNotEmpty();
        assertThat(bob.<List<?>>ok("{ leaveTypes { id name } }")).hasSize(1);
    }

    @Test
    void a_subscription_narrowed_to_a_team_hears_only_that_teams_requests() throws Exception {
        Team team = team("Team pushes", "team-pushes.test", "Vacation", true, true, 25);
        Api.Person ada = team.admin();
        String web = ada.id("mutation { createTeam(name: \"Web\") { id } }", Map.of());
        ada.ok("mutation($u: ID!, $t: ID!) { moveUserToTeam(userId: $u, teamId: $t, effectiveDate: \"2026-01-01\") { id } }",
                vars("u", team.memberId(), "t", web));
        String orgId = ada.<Map<String, Object>>ok("{ me { orgId } }").get("orgId").toString();
        String outsiderEmail = "out." + System.nanoTime() + "@team-pushes.test";
        String outsider = addUser(ada, outsiderEmail, "Otto", "MEMBER");
        moveTo(ada, outsider, team.office());
        try (Subscriber watcher = Subscriber.graphqlWs(target, ada.token)) {
            watcher.subscribe("team", """
                    subscription($o: ID!, $t: ID) { onLeaveRequestChanged(orgId: $o, teamId: $t) { id teamId } }""",
                    vars("o", orgId, "t", web));
            watcher.subscribe("all", "subscription($o: ID!) { onLeaveRequestChanged(orgId: $o) { id teamId } }",
                    vars("o", orgId));
            String outside = api.signIn(outsiderEmail).id("""
                    mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: "2026-07-13", endDate: "2026-07-13") { id } }""",
                    vars("t", team.leaveType()));
            String inside = team.member().id("""
                    mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: "2026-07-06", endDate: "2026-07-06") { id } }""",
                    vars("t", team.leaveType()));
            Api.eventually(() -> watcher.data("all"), list -> list.size() >= 2);
            Api.eventually(() -> watcher.data("team"), list -> !list.isEmpty());
            List<Object> heard = watcher.data("team").stream()
                    .map(d -> ((Map<?, ?>) d.get("onLeaveRequestChanged")).get("id")).map(Object.class::cast).toList();
            assertThat(heard).contains(inside).doesNotContain(outside);
        }
    }
}
