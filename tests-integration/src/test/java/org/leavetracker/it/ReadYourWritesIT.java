package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * SPEC §4 "Freshness" through the public endpoint: a query sent right after the caller's own acknowledged mutation
 * reflects it, with nothing extra sent, every time. No waiting loops here: each read comes straight after the write.
 */
class ReadYourWritesIT extends AgainstTarget {

    @Test
    void a_founder_sees_their_organization_settings_and_people_at_once() {
        String suffix = Long.toString(System.nanoTime(), 36);
        Api.Person founder = api.signIn("founder." + suffix + "@fresh.test");
        founder.ok("mutation { createOrganization(name: \"Fresh " + suffix + "\") { id } }");
        assertThat((List<?>) founder.ok("{ users { id } }")).as("the founder, at once").hasSize(1);

        for (int i = 0; i < 5; i++) {
            String location = founder.id("""
                    mutation($n: String!) { createLocation(name: $n, timeZone: "Europe/Berlin", holidayCalendar: "DE",
                      workingDays: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY]) { id } }""", vars("n", "Office " + i));
            assertThat(founder.<List<Map<String, Object>>>ok("{ locations { id } }"))
                    .extracting(l -> l.get("id")).contains(location);
            String person = addUser(founder, "p" + i + "." + suffix + "@fresh.test", "Person " + i, "MEMBER");
            assertThat(founder.<List<Map<String, Object>>>ok("{ users { id } }"))
                    .extracting(u -> u.get("id")).contains(person);
        }
        String type = leaveType(founder, "Vacation", true, true);
        assertThat(founder.<List<Map<String, Object>>>ok("{ leaveTypes { id } }")).extracting(t -> t.get("id"))
                .containsExactly(type);
        assertThat(founder.<Map<String, Object>>ok("{ readSide { upToDate } }")).containsEntry("upToDate", true);
    }

    @Test
    void a_person_sees_each_request_they_make_and_an_approver_each_decision_at_once() {
        Team team = team("Fresh requests", "fresh-requests.test", "Vacation", true, true, 30);
        LocalDate monday = LocalDate.parse("2026-07-06");
        for (int week = 0; week < 8; week++) {
            LocalDate day = monday.plusWeeks(week);
            String id = team.member().id("""
                    mutation($t: ID!, $d: AWSDate!) { requestLeave(leaveTypeId: $t, startDate: $d, endDate: $d) { id } }""",
                    vars("t", team.leaveType(), "d", day.toString()));
            assertThat(team.member().<List<Map<String, Object>>>ok("{ leaveRequests { id status } }"))
                    .as("week %d: the request just made", week).extracting(r -> r.get("id")).contains(id);
            assertThat(team.member().<List<Map<String, Object>>>ok("""
                    query($d: AWSDate!) { teamCalendar(from: $d, to: $d) { requestId } }""", vars("d", day.toString())))
                    .extracting(e -> e.get("requestId")).contains(id);

            team.approver().ok("mutation($r: ID!) { approveLeave(requestId: $r) { id } }", vars("r", id));
            assertThat(team.approver().<List<Map<String, Object>>>ok("{ pendingApprovals { id } }"))
                    .as("week %d: the approved request left the approver's queue", week)
                    .extracting(r -> r.get("id")).doesNotContain(id);
        }
        assertThat(team.member().<List<Map<String, Object>>>ok("{ leaveRequests(status: APPROVED) { id } }"))
                .hasSize(8);
    }
}
