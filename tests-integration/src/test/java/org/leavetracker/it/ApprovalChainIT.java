package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leavetracker.it.Api.eventually;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Approval chains through the API: a leave type with three levels (the requester's approver, an HR group, the
 * admins); each level's people see the request in their queue only while it waits for them; subscribers see the
 * request move through the levels.
 */
class ApprovalChainIT extends AgainstTarget {

    private static final String APPROVE = "mutation($r: ID!) { approveLeave(requestId: $r) { status approvals { status decidedBy } } }";
    private static final String QUEUE = "{ pendingApprovals { id approvals { level kind status } } }";

    @Test
    void a_request_climbs_the_chain_level_by_level_and_each_queue_shows_it_at_its_level() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        Team team = team("Chains Inc", "chain.test", "Vacation", true, true, 25);
        Api.Person ada = team.admin();
        String vacation = team.leaveType();
        String bossId = team.approverId();
        String annId = team.memberId();
        Api.Person boss = team.approver();
        Api.Person ann = team.member();
        String hrId = addUser(ada, "hr." + suffix + "@chain.test", "Hana HR", "APPROVER");
        Api.Person hr = api.signIn("hr." + suffix + "@chain.test");

        assertThat(ann.refused("mutation($m: [ID!]!) { setApproverGroup(name: \"HR\", memberIds: $m) { id } }",
                vars("m", List.of(hrId)))).isEqualTo("FORBIDDEN");
        assertThat(ada.refused("mutation($m: [ID!]!) { setApproverGroup(name: \"HR\", memberIds: $m) { id } }",
                vars("m", List.of(annId)))).as("members approve").isEqualTo("VALIDATION_ERROR");
        String group = ada.id("mutation($m: [ID!]!) { setApproverGroup(name: \"HR\", memberIds: $m) { id name memberIds } }",
                vars("m", List.of(hrId)));
        String setChain = """
                mutation($t: ID!, $levels: [ApprovalLevelInput!]!) { setApprovalChain(leaveTypeId: $t, levels: $levels) {
                  id approvalLevels { kind groupId } } }""";
        assertThat(ada.refused(setChain, vars("t", vacation, "levels", List.of(Map.of("kind", "GROUP")))))
                .as("a group level names its group").isEqualTo("NOT_FOUND");
        Map<String, Object> type = ada.ok(setChain, vars("t", vacation, "levels", List.of(Map.of("kind", "APPROVERS"),
                Map.of("kind", "GROUP", "groupId", group), Map.of("kind", "ADMINS"))));
        assertThat((List<?>) type.get("approvalLevels")).hasSize(3);
        assertThat(eventually(() -> ann.<List<Map<String, Object>>>ok("{ leaveTypes { id approvalLevels { kind } } }"),
                types -> types.stream().anyMatch(t -> ((List<?>) t.get("approvalLevels")).size() == 3)))
                .as("the read side shows the chain").anySatisfy(t -> assertThat(t.get("id")).isEqualTo(vacation));
        assertThat(ada.<List<Map<String, Object>>>ok("{ approverGroups { id name memberIds } }")).singleElement()
                .satisfies(g -> assertThat(g).containsEntry("name", "HR").containsEntry("memberIds", List.of(hrId)));

        String orgId = (String) ada.<Map<String, Object>>ok("{ organization { id } }").get("id");
        try (Subscriber watcher = Subscriber.graphqlWs(target, ada.token)) {
            watcher.subscribe("chain", "subscription($o: ID!) { onLeaveRequestChanged(orgId: $o) { id status approvals { level status } } }",
                    Map.of("o", orgId));
            watcher.await("connection_ack");
            String request = ann.id("""
                    mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: "2026-07-06", endDate: "2026-07-08") {
                      id } }""", vars("t", vacation));
            assertThat(eventually(() -> boss.<List<Map<String, Object>>>ok(QUEUE), q -> !q.isEmpty()))
                    .singleElement().satisfies(r -> assertThat(r.get("id")).isEqualTo(request));
            assertThat(hr.<List<?>>ok(QUEUE)).isEmpty();
            assertThat(hr.refused(APPROVE, vars("r", request))).isEqualTo("FORBIDDEN");

            Map<String, Object> first = boss.ok(APPROVE, vars("r", request));
            assertThat(first.get("status")).isEqualTo("PENDING");
            assertThat(first.get("approvals")).isEqualTo(List.of(Map.of("status", "APPROVED", "decidedBy", bossId),
                    vars("status", "PENDING", "decidedBy", null), vars("status", "WAITING", "decidedBy", null)));
            assertThat(boss.<Map<String, Object>>ok(APPROVE, vars("r", request)).get("approvals")).as("twice: the same")
                    .isEqualTo(first.get("approvals"));
            assertThat(eventually(() -> hr.<List<Map<String, Object>>>ok(QUEUE), q -> !q.isEmpty()))
                    .singleElement().satisfies(r -> assertThat(r.get("id")).isEqualTo(request));
            assertThat(eventually(() -> boss.<List<?>>ok(QUEUE), List::isEmpty)).isEmpty();

            assertThat(hr.<Map<String, Object>>ok(APPROVE, vars("r", request)).get("status")).isEqualTo("PENDING");
            assertThat(ada.<Map<String, Object>>ok(APPROVE, vars("r", request)).get("status")).isEqualTo("APPROVED");
            List<Map<String, Object>> seen = eventually(() -> watcher.data("chain"), d -> d.stream()
                    .anyMatch(m -> "APPROVED".equals(((Map<?, ?>) m.get("onLeaveRequestChanged")).get("status"))));
            List<Object> published = seen.stream()
                    .map(m -> (Object) ((Map<?, ?>) m.get("onLeaveRequestChanged")).get("approvals")).toList();
            assertThat(published).as("every step was published with its approvals")
                    .contains(List.of(Map.of("level", 0, "status", "APPROVED"),
                            Map.of("level", 1, "status", "APPROVED"), Map.of("level", 2, "status", "APPROVED")));
        }
        List<Map<String, Object>> trail = ada.ok("query($id: ID!) { history(aggregateId: $id) { type actorId } }",
                vars("id", ann.<List<Map<String, Object>>>ok("{ leaveRequests { id } }").getFirst().get("id")));
        assertThat(trail).extracting(e -> e.get("type")).containsExactly("LeaveRequested", "ApprovalLevelPassed",
                "ApprovalLevelPassed", "LeaveApproved");
    }
}
