package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** SPEC §3.9 through the API: half days at the ends of a request, and a leave type's rules beyond the balance. */
class HrPoliciesIT extends AgainstTarget {

    private static final String REQUEST = """
            mutation($t: ID!, $from: AWSDate!, $to: AWSDate!, $sh: HalfDay, $eh: HalfDay) {
              requestLeave(leaveTypeId: $t, startDate: $from, endDate: $to, startHalf: $sh, endHalf: $eh) {
                id days startHalf endHalf } }""";

    @Test
    void half_days_at_the_ends_count_half_and_leave_the_other_half_free() {
        String suffix = Long.toString(System.nanoTime(), 36);
        Api.Person admin = newCompany("Halves GmbH", "halves.test");
        String berlin = germanOffice(admin);
        String vacation = leaveType(admin, "Urlaub", true, false);
        upfrontPolicy(admin, berlin, vacation, 25);
        String annId = addUser(admin, "ann." + suffix + "@halves.test", "Ann", "MEMBER");
        moveTo(admin, annId, berlin);
        Api.Person ann = api.signIn("ann." + suffix + "@halves.test");

        Map<String, Object> wednesdayAfternoon = ann.ok(REQUEST, vars("t", vacation, "from", "2026-07-08",
                "to", "2026-07-10", "sh", "AFTERNOON"));
        assertThat(wednesdayAfternoon).containsEntry("days", 2.5).containsEntry("startHalf", "AFTERNOON")
                .containsEntry("endHalf", "NONE");
        Map<String, Object> untilWednesdayNoon = ann.ok(REQUEST, vars("t", vacation, "from", "2026-07-06",
                "to", "2026-07-08", "eh", "MORNING"));
        assertThat(untilWednesdayNoon).containsEntry("days", 2.5);
        assertThat(ann.refused(REQUEST, vars("t", vacation, "from", "2026-07-10", "to", "2026-07-13",
                "sh", "AFTERNOON"))).as("Friday is taken whole").isEqualTo("OVERLAPPING_LEAVE");
        assertThat(ann.refusalDetails(REQUEST, vars("t", vacation, "from", "2026-07-20", "to", "2026-07-22",
                "sh", "MORNING"))).containsEntry("field", "startHalf");
        assertThat(ann.refusalDetails(REQUEST, vars("t", vacation, "from", "2026-07-20", "to", "2026-07-20",
                "eh", "MORNING"))).containsEntry("field", "endHalf");
        Map<String, Object> past = admin.ok("""
                mutation($u: ID!, $t: ID!) { addPastLeave(userId: $u, leaveTypeId: $t, startDate: "2026-03-04",
                  endDate: "2026-03-06", startHalf: AFTERNOON, endHalf: MORNING) { days startHalf endHalf } }""",
                vars("u", annId, "t", vacation));
        assertThat(past).containsEntry("days", 2.0).containsEntry("endHalf", "MORNING");
        assertThat(ann.<List<Map<String, Object>>>ok("{ balances(year: 2026) { used pending } }")).singleElement()
                .satisfies(b -> assertThat(b).containsEntry("used", 7.0));
    }

    @Test
    void a_leave_types_rules_refuse_with_policy_violation_naming_the_rule_and_are_corrected_or_removed() {
        String suffix = Long.toString(System.nanoTime(), 36);
        Api.Person admin = newCompany("Rules SA", "rules.test");
        String berlin = germanOffice(admin);
        Map<String, Object> type = admin.ok("""
                mutation { createLeaveType(name: "Study leave", deductsFromAllowance: true, requiresApproval: false,
                  allowHalfDays: true, maxConsecutiveDays: 3, minNoticeDays: 10, waitingPeriodDays: 30,
                  countsCalendarDays: true) {
                  id countsCalendarDays maxConsecutiveDays minNoticeDays waitingPeriodDays maxBalanceDays } }""");
        assertThat(type).containsEntry("countsCalendarDays", true).containsEntry("maxConsecutiveDays", 3)
                .containsEntry("minNoticeDays", 10).containsEntry("waitingPeriodDays", 30)
                .containsEntry("maxBalanceDays", null);
        String study = (String) type.get("id");
        upfrontPolicy(admin, berlin, study, 20);
        String annId = addUser(admin, "ann." + suffix + "@rules.test", "Ann", "MEMBER");
        moveTo(admin, annId, berlin);
        Api.Person ann = api.signIn("ann." + suffix + "@rules.test");

        Map<String, Object> tooLong = vars("t", study, "from", "2027-03-05", "to", "2027-03-08");
        assertThat(ann.refused(REQUEST, tooLong)).isEqualTo("POLICY_VIOLATION");
        assertThat(ann.refusalDetails(REQUEST, tooLong)).containsEntry("rule", "maxConsecutiveDays")
                .containsEntry("limit", 3).containsEntry("days", 4.0).containsEntry("field", "dates");
        assertThat(ann.<Map<String, Object>>ok(REQUEST, vars("t", study, "from", "2027-03-06", "to", "2027-03-07")))
                .as("a weekend, in calendar days").containsEntry("days", 2.0);

        admin.ok("""
                mutation($t: ID!) { updateLeaveType(leaveTypeId: $t, maxConsecutiveDays: 0, maxBalanceDays: 12) {
                  id } }""", vars("t", study));
        assertThat(admin.<List<Map<String, Object>>>ok("{ leaveTypes { id maxConsecutiveDays maxBalanceDays } }"))
                .filteredOn(t -> study.equals(t.get("id"))).singleElement()
                .satisfies(t -> assertThat(t).containsEntry("maxConsecutiveDays", null)
                        .containsEntry("maxBalanceDays", 12.0));
        assertThat(ann.<List<Map<String, Object>>>ok("""
                { balances(year: 2027, asOf: "2027-01-01") { leaveTypeId carriedOver available } }"""))
                .filteredOn(b -> study.equals(b.get("leaveTypeId"))).singleElement()
                .satisfies(b -> assertThat(b).as("carried up to the cap; accrual fills it again after the 2 days taken")
                        .containsEntry("carriedOver", 12.0).containsEntry("available", 12.0));
        assertThat(admin.refusalDetails("""
                mutation($t: ID!) { updateLeaveType(leaveTypeId: $t, minNoticeDays: -1) { id } }""",
                vars("t", study))).containsEntry("field", "minNoticeDays");
    }
}
