package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leavetracker.it.Api.eventually;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** TOIL through the API (today is 2026-06-15): overtime recorded by the approver becomes bookable time off. */
class ToilIT extends AgainstTarget {

    private static final String RECORD = """
            mutation($u: ID!, $d: AWSDate!, $days: Float!) { recordOvertime(userId: $u, date: $d, days: $days) {
              leaveTypeId year overtime remaining available } }""";

    @Test
    void overtime_recorded_by_the_approver_is_time_off_the_person_can_take() {
        Team team = team("Toil Inc", "toil.test", "Time off in lieu", true, false, 0);
        Api.Person ada = team.admin();
        String toil = team.leaveType();
        String annId = team.memberId();
        Api.Person boss = team.approver();
        Api.Person ann = team.member();

        assertThat(boss.refused(RECORD, vars("u", annId, "d", "2026-06-13", "days", 1))).as("no TOIL type yet")
                .isEqualTo("VALIDATION_ERROR");
        assertThat(ann.refused("mutation($t: ID!) { setToil(leaveTypeId: $t, expiryMonths: 3) { id } }",
                vars("t", toil))).isEqualTo("FORBIDDEN");
        Map<String, Object> type = ada.ok("mutation($t: ID!) { setToil(leaveTypeId: $t, expiryMonths: 3) {"
                + " toil toilExpiryMonths } }", vars("t", toil));
        assertThat(type).containsEntry("toil", true).containsEntry("toilExpiryMonths", 3);

        assertThat(ann.refused(RECORD, vars("u", annId, "d", "2026-06-13", "days", 1))).isEqualTo("FORBIDDEN");
        assertThat(boss.refused(RECORD, vars("u", annId, "d", "2026-06-20", "days", 1))).as("not worked yet")
                .isEqualTo("VALIDATION_ERROR");
        Map<String, Object> balance = boss.ok(RECORD, vars("u", annId, "d", "2026-06-13", "days", 1));
        assertThat(balance).containsEntry("leaveTypeId", toil).containsEntry("overtime", 1.0)
                .containsEntry("remaining", 1.0);
        boss.ok(RECORD, vars("u", annId, "d", "2026-06-14", "days", 0.5));

        ann.id("mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: \"2026-06-19\", endDate: \"2026-06-19\")"
                + " { id } }", vars("t", toil));
        assertThat(ann.refused("mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: \"2026-06-22\","
                + " endDate: \"2026-06-22\") { id } }", vars("t", toil))).isEqualTo("INSUFFICIENT_BALANCE");
        List<Map<String, Object>> balances = eventually(() -> ann.ok(
                "{ balances(year: 2026) { leaveTypeId overtime used remaining available } }"),
                (List<Map<String, Object>> b) -> b.stream().anyMatch(x -> Double.valueOf(1.0).equals(x.get("used"))));
        assertThat(balances).filteredOn(b -> toil.equals(b.get("leaveTypeId"))).singleElement()
                .satisfies(b -> assertThat(b).containsEntry("overtime", 1.5).containsEntry("used", 1.0)
                        .containsEntry("remaining", 0.5).containsEntry("available", 0.5));
    }
}
