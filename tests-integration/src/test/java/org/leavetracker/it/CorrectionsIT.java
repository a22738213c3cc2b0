package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** removeHoliday and removeBlackoutPeriod through the API: the read side recomputes as if never added. */
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
        assertThat(ada.refused("mutation($l: ID!) { removeHoliday(locationId: $l, date: \"2026-06-19\") { id } }",
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
        assertThat(ada.refused("mutation($b: ID!) { removeBlackoutPeriod(blackoutId: $b) { id } }", vars("b", blackout)))
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
}
