package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Blackout periods through the API: BLACKOUT_PERIOD refusals, admin-only decisions, who may add them. */
class BlackoutPeriodIT extends AgainstTarget {

    @Test
    void refusing_and_admin_only_blackouts_work_end_to_end() {
        Team team = team("Retail", "blackout.test", "Vacation", true, true, 25);
        Api.Person ada = team.admin();
        String store = team.office();
        String vacation = team.leaveType();
        String training = leaveType(ada, "Training", false, false);
        Api.Person boss = team.approver();
        Api.Person cleo = team.member();

        String add = """
                mutation($l: ID, $f: AWSDate!, $t: AWSDate!, $types: [ID!], $m: BlackoutMode!) {
                  addBlackoutPeriod(locationId: $l, from: $f, to: $t, leaveTypeIds: $types, mode: $m) {
                    id locationId from to leaveTypeIds mode } }""";
        Map<String, Object> christmas = ada.ok(add, vars("l", store, "f", "2026-12-14", "t", "2026-12-24",
                "types", List.of(vacation), "m", "REFUSE"));
        assertThat(christmas).containsEntry("locationId", store).containsEntry("from", "2026-12-14")
                .containsEntry("leaveTypeIds", List.of(vacation)).containsEntry("mode", "REFUSE");
        ada.ok(add, vars("f", "2026-11-27", "t", "2026-11-28", "m", "REQUIRE_ADMIN"));
        assertThat(boss.refused(add, vars("f", "2026-10-01", "t", "2026-10-02", "m", "REFUSE")))
                .isEqualTo("FORBIDDEN");
        assertThat(ada.refused(add, vars("f", "2026-10-02", "t", "2026-10-01", "m", "REFUSE")))
                .isEqualTo("VALIDATION_ERROR");
        assertThat((List<?>) cleo.ok("{ blackoutPeriods { id from to mode } }")).hasSize(2);

        String request = """
                mutation($t: ID!, $f: AWSDate!, $to: AWSDate!) {
                  requestLeave(leaveTypeId: $t, startDate: $f, endDate: $to) { id status } }""";
        assertThat(cleo.refused(request, vars("t", vacation, "f", "2026-12-21", "to", "2026-12-28")))
                .isEqualTo("BLACKOUT_PERIOD");
        assertThat(cleo.<Map<String, Object>>ok(request, vars("t", training, "f", "2026-12-21", "to", "2026-12-21")))
                .containsEntry("status", "APPROVED");

        Map<String, Object> blackFriday = cleo.ok(request, vars("t", training, "f", "2026-11-27", "to", "2026-11-27"));
        assertThat(blackFriday).as("needs an admin although Training needs no approval")
                .containsEntry("status", "PENDING");
        String decide = "mutation($r: ID!) { approveLeave(requestId: $r) { id status decidedBy } }";
        assertThat(boss.refused(decide, vars("r", blackFriday.get("id")))).isEqualTo("FORBIDDEN");
        assertThat(ada.<Map<String, Object>>ok(decide, vars("r", blackFriday.get("id"))))
                .containsEntry("status", "APPROVED");
    }
}
