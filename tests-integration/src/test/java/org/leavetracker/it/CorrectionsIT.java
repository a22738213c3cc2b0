package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** SPEC §4 "Corrections" through the API: refusals, idempotent repeats, and the figures the read side recomputes. */
class CorrectionsIT extends AgainstTarget {

    @Test
    void a_holiday_and_a_blackout_taken_back_through_the_api() {
        Team team = team("Corrections", "corrections.test", "Vacation", true, true, 20);
        Api.Person ada = team.admin();
        Api.Person ann = team.member();
        ada.ok("mutation($l: ID!) { addHoliday(locationId: $l, date: \"2026-06-19\", name: \"Summer party\") { id } }",
                vars("l", team.office()));
        Map<String, Object> request = ann.ok("""
                mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: "2026-06-18", endDate: "2026-06-19") {
                  id days } }""", vars("t", team.leaveType()));
        assertThat(request).containsEntry("days", 1.0);

        Map<String, Object> location = ada.ok("""
                mutation($l: ID!) { removeHoliday(locationId: $l, date: "2026-06-19") { id holidays { date } } }""",
                vars("l", team.office()));
        assertThat(location).containsEntry("holidays", List.of());
        List<Map<String, Object>> requests = Api.eventually(
                () -> ann.<List<Map<String, Object>>>ok("{ leaveRequests { id days } }"),
                list -> list.size() == 1 && Double.valueOf(2.0).equals(list.getFirst().get("days")));
        assertThat(requests.getFirst()).containsEntry("days", 2.0);
        assertThat(ada.<Map<String, Object>>ok("mutation($l: ID!) { removeHoliday(locationId: $l, date: \"2026-06-19\") { id } }",
                vars("l", team.office()))).as("a repeated removal answers again").containsEntry("id", team.office());
        assertThat(ada.refused("mutation($l: ID!) { removeHoliday(locationId: $l, date: \"2026-06-20\") { id } }",
                vars("l", team.office()))).isEqualTo("NOT_FOUND");
        assertThat(ann.refused("mutation($l: ID!) { removeHoliday(locationId: $l, date: \"2026-06-19\") { id } }",
                vars("l", team.office()))).isEqualTo("FORBIDDEN");

        String blackout = ada.id("""
                mutation($l: ID!) { addBlackoutPeriod(locationId: $l, from: "2026-12-14", to: "2026-12-18",
                  mode: REFUSE) { id } }""", vars("l", team.office()));
        String requestDec = """
                mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: "2026-12-15", endDate: "2026-12-15") {
                  status } }""";
        assertThat(ann.refused(requestDec, vars("t", team.leaveType()))).isEqualTo("BLACKOUT_PERIOD");
        Map<String, Object> removed = ada.ok("mutation($b: ID!) { removeBlackoutPeriod(blackoutId: $b) { id from mode } }",
                vars("b", blackout));
        assertThat(removed).containsEntry("id", blackout).containsEntry("from", "2026-12-14").containsEntry("mode", "REFUSE");
        assertThat((List<?>) ada.ok("{ blackoutPeriods { id } }")).isEmpty();
        assertThat(ann.<Map<String, Object>>ok(requestDec, vars("t", team.leaveType()))).containsEntry("status", "PENDING");
        assertThat(ada.<Map<String, Object>>ok("mutation($b: ID!) { removeBlackoutPeriod(blackoutId: $b) { id } }",
                vars("b", blackout))).containsEntry("id", blackout);
        assertThat(ada.refused("mutation { removeBlackoutPeriod(blackoutId: \"nope\") { id } }", Map.of()))
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void an_organization_renamed_and_an_approver_removed_through_the_api() {
        Team team = team("Renamed", "renamed.test", "Vacation", true, true, 20);
        Api.Person ada = team.admin();
        assertThat(ada.<Map<String, Object>>ok("mutation { updateOrganization(name: \"Renamed GmbH\") { name } }"))
                .containsEntry("name", "Renamed GmbH");
        assertThat(team.member().<Map<String, Object>>ok("{ organization { name } }")).containsEntry("name", "Renamed GmbH");
        assertThat(team.member().refused("mutation { updateOrganization(name: \"Mine\") { name } }", Map.of()))
                .isEqualTo("FORBIDDEN");

        String requestId = team.member().id("""
                mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: "2026-07-06", endDate: "2026-07-07") { id } }""",
                vars("t", team.leaveType()));
        Api.eventually(() -> team.approver().<List<Map<String, Object>>>ok("{ pendingApprovals { id } }"),
                list -> list.size() == 1);
        Map<String, Object> ann = ada.ok("""
                mutation($u: ID!, $a: ID!) { removeApprover(userId: $u, approverId: $a) { approverIds } }""",
                vars("u", team.memberId(), "a", team.approverId()));
        assertThat(ann).containsEntry("approverIds", List.of());
        // the request leaves the former approver's queue; an admin decides it now
        assertThat(Api.eventually(() -> team.approver().<List<Map<String, Object>>>ok("{ pendingApprovals { id } }"),
                List::isEmpty)).isEmpty();
        assertThat(team.approver().refused("mutation($r: ID!) { approveLeave(requestId: $r) { id } }",
                vars("r", requestId))).isEqualTo("FORBIDDEN");
        assertThat((List<?>) ada.ok("{ pendingApprovals { id } }")).hasSize(1);
    }

    @Test
    void a_location_is_renamed_given_a_shorter_week_and_archived() {
        Team team = team("Week", "week.test", "Vacation", true, true, 20);
        Api.Person ada = team.admin();
        String request = team.member().id("""
                mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: "2026-07-06", endDate: "2026-07-10") { id } }""",
                vars("t", team.leaveType()));
        Map<String, Object> location = ada.ok("""
                mutation($l: ID!) { setLocationWorkingWeek(locationId: $l, workingDays: [MONDAY, TUESDAY, WEDNESDAY,
                  THURSDAY], effectiveDate: "2026-07-01") { workingWeeks { effectiveDate workingDays } } }""",
                vars("l", team.office()));
        assertThat((List<?>) location.get("workingWeeks")).hasSize(2);
        Api.eventually(() -> team.member().<List<Map<String, Object>>>ok("{ leaveRequests { id days } }"),
                list -> list.size() == 1 && Double.valueOf(4.0).equals(list.getFirst().get("days")));
        assertThat(ada.<Map<String, Object>>ok("""
                mutation($l: ID!) { updateLocation(locationId: $l, name: "Head office") { name timeZone archived } }""",
                vars("l", team.office()))).containsEntry("name", "Head office").containsEntry("timeZone", "Europe/Berlin")
                .containsEntry("archived", false);
        assertThat(ada.<Map<String, Object>>ok("mutation($l: ID!) { archiveLocation(locationId: $l) { archived } }",
                vars("l", team.office()))).containsEntry("archived", true);
        String bob = addUser(ada, "bob." + System.nanoTime() + "@week.test", "Bob", "MEMBER");
        assertThat(ada.refused("""
                mutation($u: ID!, $l: ID!) { moveUserToLocation(userId: $u, locationId: $l, effectiveDate: "2026-07-01") { id } }""",
                vars("u", bob, "l", team.office()))).isEqualTo("VALIDATION_ERROR");
        assertThat(team.member().refused("mutation($l: ID!) { archiveLocation(locationId: $l) { id } }",
                vars("l", team.office()))).isEqualTo("FORBIDDEN");
        assertThat(request).isNotBlank();
        Api.eventually(() -> ada.<List<Map<String, Object>>>ok("{ locations { name archived } }"),
                list -> list.size() == 1 && Boolean.TRUE.equals(list.getFirst().get("archived")));
    }

    @Test
    void a_leave_type_and_a_policy_are_corrected_and_another_organization_cannot_touch_them() {
        Team team = team("Types", "types.test", "Vacation", true, true, 20);
        Team other = team("Other", "other-types.test", "Vacation", true, true, 20);
        Api.Person ada = team.admin();
        assertThat(ada.<Map<String, Object>>ok("""
                mutation($t: ID!) { updateLeaveType(leaveTypeId: $t, name: "Annual leave", requiresApproval: false) {
                  name requiresApproval allowHalfDays deductsFromAllowance } }""", vars("t", team.leaveType())))
                .containsEntry("name", "Annual leave").containsEntry("requiresApproval", false)
                .containsEntry("deductsFromAllowance", true);
        assertThat(team.member().<Map<String, Object>>ok("""
                mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: "2026-08-03", endDate: "2026-08-03") {
                  status } }""", vars("t", team.leaveType()))).containsEntry("status", "APPROVED");

        ada.ok("""
                mutation($l: ID!, $t: ID!) { setLeavePolicy(locationId: $l, leaveTypeId: $t, effectiveDate: "2026-01-01",
                  annualAllowanceDays: 30, accrual: UPFRONT) { id } }""",
                vars("l", team.office(), "t", team.leaveType()));
        Api.eventually(() -> team.member().<List<Map<String, Object>>>ok("{ balances(year: 2026) { allowance } }"),
                list -> list.size() == 1 && Double.valueOf(30.0).equals(list.getFirst().get("allowance")));
        Map<String, Object> removed = ada.ok("""
                mutation($l: ID!, $t: ID!) { removeLeavePolicy(locationId: $l, leaveTypeId: $t, effectiveDate: "2026-01-01") {
                  annualAllowanceDays } }""", vars("l", team.office(), "t", team.leaveType()));
        assertThat(removed).containsEntry("annualAllowanceDays", 30.0);
        List<Map<String, Object>> balances = Api.eventually(
                () -> team.member().<List<Map<String, Object>>>ok("{ balances(year: 2026) { allowance } }"),
                list -> list.size() == 1 && Double.valueOf(20.0).equals(list.getFirst().get("allowance")));
        assertThat(balances.getFirst()).containsEntry("allowance", 20.0);
        assertThat(Api.eventually(() -> ada.<List<Map<String, Object>>>ok("{ policies { effectiveDate } }"),
                list -> list.size() == 1)).as("the removed policy is no longer listed")
                .extracting(p -> p.get("effectiveDate")).containsExactly("2020-01-01");

        assertThat(ada.<Map<String, Object>>ok("mutation($t: ID!) { archiveLeaveType(leaveTypeId: $t) { archived } }",
                vars("t", team.leaveType()))).containsEntry("archived", true);
        assertThat(team.member().refused("""
                mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: "2026-09-07", endDate: "2026-09-07") { id } }""",
                vars("t", team.leaveType()))).isEqualTo("VALIDATION_ERROR");

        Map<String, Object> ids = vars("l", team.office(), "t", team.leaveType());
        for (String mutation : List.of(
                "mutation($l: ID!) { updateLocation(locationId: $l, name: \"Mine\") { id } }",
                "mutation($l: ID!) { archiveLocation(locationId: $l) { id } }",
                "mutation($t: ID!) { archiveLeaveType(leaveTypeId: $t) { id } }",
                "mutation($t: ID!) { updateLeaveType(leaveTypeId: $t, name: \"Mine\") { id } }",
                "mutation($l: ID!, $t: ID!) { removeLeavePolicy(locationId: $l, leaveTypeId: $t, effectiveDate: \"2020-01-01\") { id } }",
                "mutation($l: ID!) { setLocationWorkingWeek(locationId: $l, workingDays: [MONDAY], effectiveDate: \"2026-01-01\") { id } }")) {
            Map<String, Object> used = new java.util.HashMap<>(ids);
            used.keySet().removeIf(name -> !mutation.contains("$" + name + ":"));
            assertThat(other.admin().refused(mutation, used)).as(mutation).isEqualTo("NOT_FOUND");
        }
    }

    @Test
    void a_person_is_renamed_and_readdressed_and_signs_in_with_the_new_address() {
        Team team = team("People", "people.test", "Vacation", true, true, 20);
        team.member().ok("{ me { id } }"); // Ann's first sign-in binds her identity
        String newAddress = "ann.new." + System.nanoTime() + "@people.test";
        Map<String, Object> ann = team.admin().ok("""
                mutation($u: ID!, $e: AWSEmail!) { updateUser(userId: $u, name: "Ann Smith", email: $e) { name email } }""",
                vars("u", team.memberId(), "e", newAddress));
        assertThat(ann).containsEntry("name", "Ann Smith").containsEntry("email", newAddress);
        assertThat(team.member().<Map<String, Object>>ok("{ me { id name } }")).as("Ann's own sign-in stays hers")
                .containsEntry("id", team.memberId()).containsEntry("name", "Ann Smith");
        assertThat(api.signIn(newAddress).<Map<String, Object>>ok("{ me { id } }"))
                .as("another identity with the new address does not get Ann's account").isNull();

        // a person who has not signed in yet signs in with the corrected address, and not with the old one
        String bobOld = "bob.old." + System.nanoTime() + "@people.test";
        String bobNew = "bob.new." + System.nanoTime() + "@people.test";
        String bob = addUser(team.admin(), bobOld, "Bob", "MEMBER");
        team.admin().ok("mutation($u: ID!, $e: AWSEmail!) { updateUser(userId: $u, email: $e) { id } }",
                vars("u", bob, "e", bobNew));
        assertThat(api.signIn(bobOld).<Map<String, Object>>ok("{ me { id } }")).isNull();
        assertThat(api.signIn(bobNew).<Map<String, Object>>ok("{ me { id } }")).containsEntry("id", bob);
        assertThat(team.admin().refused("""
                mutation($u: ID!, $e: AWSEmail!) { updateUser(userId: $u, email: $e) { id } }""",
                vars("u", team.approverId(), "e", newAddress))).isEqualTo("CONFLICT");
        assertThat(team.member().refused("""
                mutation($u: ID!) { updateUser(userId: $u, name: "Me") { id } }""", vars("u", team.memberId())))
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void a_substitution_and_an_approver_group_are_taken_back() {
        Team team = team("Groups", "groups.test", "Vacation", true, true, 20);
        Api.Person ada = team.admin();
        String adaId = ada.<Map<String, Object>>ok("{ me { id } }").get("id").toString();
        team.approver().ok("""
                mutation($s: ID!) { setSubstitute(substituteId: $s, from: "2026-06-01", to: "2026-06-30") { id } }""",
                vars("s", adaId));
        assertThat(team.approver().<Map<String, Object>>ok(
                "mutation { removeSubstitute(from: \"2026-06-01\") { id } }")).containsEntry("id", team.approverId());
        assertThat(team.approver().<Map<String, Object>>ok(
                "mutation { removeSubstitute(from: \"2026-06-01\") { id } }")).as("a repeat is harmless")
                .containsEntry("id", team.approverId());
        assertThat(team.member().refused("""
                mutation($a: ID!) { removeSubstitute(from: "2026-06-01", approverId: $a) { id } }""",
                vars("a", team.approverId()))).isEqualTo("FORBIDDEN");

        String group = ada.id("mutation($m: ID!) { setApproverGroup(name: \"HR\", memberIds: [$m]) { id } }",
                vars("m", team.approverId()));
        ada.ok("mutation($t: ID!, $g: ID!) { setApprovalChain(leaveTypeId: $t, levels: [{kind: GROUP, groupId: $g}]) { id } }",
                vars("t", team.leaveType(), "g", group));
        assertThat(ada.refused("mutation($g: ID!) { removeApproverGroup(groupId: $g) { id } }", vars("g", group)))
                .isEqualTo("VALIDATION_ERROR");
        ada.ok("mutation($t: ID!) { setApprovalChain(leaveTypeId: $t, levels: []) { id } }", vars("t", team.leaveType()));
        assertThat(ada.<Map<String, Object>>ok("mutation($g: ID!) { removeApproverGroup(groupId: $g) { name } }",
                vars("g", group))).containsEntry("name", "HR");
        assertThat((List<?>) ada.ok("{ approverGroups { id } }")).isEmpty();
    }
}
