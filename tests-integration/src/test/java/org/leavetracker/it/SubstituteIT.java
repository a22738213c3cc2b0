package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leavetracker.it.Api.eventually;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Substitute approvers through the API (today is 2026-06-15): queue, decision, audit trail. */
class SubstituteIT extends AgainstTarget {

    @Test
    void a_substitute_sees_and_decides_the_absent_approvers_requests_and_the_audit_trail_says_so() {
        String suffix = Long.toString(System.nanoTime(), 36);
        Api.Person ada = newCompany("Subs", "sub.test");
        String office = germanOffice(ada);
        String training = leaveType(ada, "Training", false, true);
        String bossId = addUser(ada, "boss." + suffix + "@sub.test", "Boss", "APPROVER");
        String deputyId = addUser(ada, "deputy." + suffix + "@sub.test", "Deputy", "APPROVER");
        String cleoId = addUser(ada, "cleo." + suffix + "@sub.test", "Cleo", "MEMBER");
        moveTo(ada, cleoId, office);
        assignApprover(ada, cleoId, bossId);
        Api.Person boss = api.signIn("boss." + suffix + "@sub.test");
        Api.Person deputy = api.signIn("deputy." + suffix + "@sub.test");
        Api.Person cleo = api.signIn("cleo." + suffix + "@sub.test");
        String setSubstitute = "mutation($s: ID!, $f: AWSDate!, $t: AWSDate!) { setSubstitute(substituteId: $s, from: $f, to: $t) { id } }";
        assertThat(cleo.refused(setSubstitute, vars("s", deputyId, "f", "2026-06-15", "t", "2026-06-26")))
                .isEqualTo("FORBIDDEN");
        assertThat(boss.refused(setSubstitute, vars("s", cleoId, "f", "2026-06-15", "t", "2026-06-26")))
                .isEqualTo("VALIDATION_ERROR");
        boss.ok(setSubstitute, vars("s", deputyId, "f", "2026-06-15", "t", "2026-06-26"));

        String request = cleo.id("""
                mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: "2026-07-06", endDate: "2026-07-06") { id } }""",
                vars("t", training));
        List<Map<String, Object>> queue = eventually(() -> deputy.ok("{ pendingApprovals { id } }"),
                q -> !((List<?>) q).isEmpty());
        assertThat(queue).extracting(r -> r.get("id")).containsExactly(request);
        Map<String, Object> approved = deputy.ok("mutation($r: ID!) { approveLeave(requestId: $r) { status decidedBy } }",
                vars("r", request));
        assertThat(approved).containsEntry("status", "APPROVED").containsEntry("decidedBy", deputyId);
        List<Map<String, Object>> trail = ada.ok("query($id: ID!) { history(aggregateId: $id) { type actorId payload } }",
                vars("id", request));
        assertThat(trail).last().satisfies(event -> {
            assertThat(event).containsEntry("type", "LeaveApproved").containsEntry("actorId", deputyId);
            assertThat((String) event.get("payload")).contains("\"onBehalfOf\":\"" + bossId + "\"");
        });
    }
}
