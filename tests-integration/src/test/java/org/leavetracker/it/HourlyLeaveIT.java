package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leavetracker.it.Api.eventually;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Hourly leave through the API: a type counted in hours, a 7.5-hour working day, requests by times or whole days. */
class HourlyLeaveIT extends AgainstTarget {

    private static final String REQUEST = """
            mutation($t: ID!, $from: AWSDate!, $to: AWSDate!, $s: String, $e: String, $half: HalfDay) {
              requestLeave(leaveTypeId: $t, startDate: $from, endDate: $to, startTime: $s, endTime: $e, halfDay: $half) {
                id days unit startTime endTime } }""";

    @Test
    void hours_are_requested_counted_and_balanced_in_hours() {
        String suffix = Long.toString(System.nanoTime(), 36);
        Api.Person ada = newCompany("Hours Inc", "hours.test");
        String office = ada.id("""
                mutation { createLocation(name: "Office", timeZone: "Europe/Berlin", holidayCalendar: "DE",
                  workingDays: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY], hoursPerDay: 7.5) { id hoursPerDay } }""",
                Map.of());
        Map<String, Object> type = ada.ok("""
                mutation { createLeaveType(name: "Appointments", deductsFromAllowance: true, requiresApproval: false,
                  allowHalfDays: false, unit: HOURS) { id unit } }""");
        assertThat(type).containsEntry("unit", "HOURS");
        String hours = (String) type.get("id");
        String days = leaveType(ada, "Vacation", true, false);
        upfrontPolicy(ada, office, hours, 40);
        upfrontPolicy(ada, office, days, 25);
        String annId = addUser(ada, "ann." + suffix + "@hours.test", "Ann", "MEMBER");
        moveTo(ada, annId, office);
        Api.Person ann = api.signIn("ann." + suffix + "@hours.test");

        Map<String, Object> dentist = ann.ok(REQUEST, vars("t", hours, "from", "2026-07-06", "to", "2026-07-06",
                "s", "09:00", "e", "11:30"));
        assertThat(dentist).containsEntry("days", 2.5).containsEntry("unit", "HOURS")
                .containsEntry("startTime", "09:00").containsEntry("endTime", "11:30");
        Map<String, Object> wholeDays = ann.ok(REQUEST, vars("t", hours, "from", "2026-07-09", "to", "2026-07-10"));
        assertThat(wholeDays).containsEntry("days", 15.0).containsEntry("startTime", null);
        Map<String, Object> vacation = ann.ok(REQUEST, vars("t", days, "from", "2026-07-13", "to", "2026-07-14"));
        assertThat(vacation).containsEntry("days", 2.0).containsEntry("unit", "DAYS");

        assertThat(ann.refused(REQUEST, vars("t", hours, "from", "2026-07-06", "to", "2026-07-06",
                "s", "11:00", "e", "12:00"))).as("the dentist's hours").isEqualTo("OVERLAPPING_LEAVE");
        assertThat(ann.refused(REQUEST, vars("t", hours, "from", "2026-07-07", "to", "2026-07-07",
                "s", "09:10", "e", "10:00"))).isEqualTo("VALIDATION_ERROR");
        assertThat(ann.refused(REQUEST, vars("t", hours, "from", "2026-07-07", "to", "2026-07-07",
                "s", "nine", "e", "10:00"))).isEqualTo("VALIDATION_ERROR");
        assertThat(ann.refused(REQUEST, vars("t", hours, "from", "2026-07-07", "to", "2026-07-07",
                "half", "MORNING"))).isEqualTo("VALIDATION_ERROR");
        assertThat(ann.refused(REQUEST, vars("t", days, "from", "2026-07-16", "to", "2026-07-16",
                "s", "09:00", "e", "10:00"))).isEqualTo("VALIDATION_ERROR");
        assertThat(ann.refused(REQUEST, vars("t", hours, "from", "2026-07-20", "to", "2026-08-07")))
                .as("112.5 hours; 40 + 40 carried from 2025 − 17.5 = 62.5 left").isEqualTo("INSUFFICIENT_BALANCE");

        List<Map<String, Object>> balances = ann.ok("{ balances(year: 2026) { leaveTypeId unit allowance used remaining } }");
        assertThat(balances).filteredOn(b -> hours.equals(b.get("leaveTypeId"))).singleElement()
                .satisfies(b -> assertThat(b).containsEntry("unit", "HOURS").containsEntry("allowance", 40.0)
                        .containsEntry("used", 17.5).containsEntry("remaining", 62.5));
        assertThat(balances).filteredOn(b -> days.equals(b.get("leaveTypeId"))).singleElement()
                .satisfies(b -> assertThat(b).containsEntry("unit", "DAYS").containsEntry("used", 2.0));
        assertThat(eventually(() -> ann.<List<Map<String, Object>>>ok("{ leaveRequests { id unit startTime } }"),
                r -> r.size() == 3)).anySatisfy(r -> assertThat(r).containsEntry("startTime", "09:00"));

        // the hours of a working day in force today: the location's, then Ann's own part-time week
        assertThat(ann.<Map<String, Object>>ok("{ me { hoursPerDay } }")).containsEntry("hoursPerDay", 7.5);
        assertThat(ada.<Map<String, Object>>ok("{ me { hoursPerDay } }")).containsEntry("hoursPerDay", null);
        assertThat(ada.<Map<String, Object>>ok("""
                mutation($u: ID!) { setWorkingWeek(userId: $u, workingDays: [MONDAY, TUESDAY, WEDNESDAY],
                  effectiveDate: "2026-06-01", hoursPerDay: 6) { workingDays hoursPerDay } }""", vars("u", annId)))
                .containsEntry("hoursPerDay", 6.0);
        assertThat(eventually(() -> ada.<List<Map<String, Object>>>ok("{ users { id hoursPerDay } }"),
                u -> u.stream().anyMatch(x -> annId.equals(x.get("id")) && Double.valueOf(6.0).equals(
                        x.get("hoursPerDay"))))).filteredOn(u -> annId.equals(u.get("id"))).singleElement()
                .satisfies(u -> assertThat(u).containsEntry("hoursPerDay", 6.0));

        // a part-time week whose days differ: Monday 8 hours, Wednesday 4, from August
        String partTime = """
                mutation($u: ID!, $h: [DayHoursInput!]) { setWorkingWeek(userId: $u, workingDays: [MONDAY, WEDNESDAY],
                  effectiveDate: "2026-08-01", hoursPerDay: 8, hoursByDay: $h) { id } }""";
        assertThat(ada.refused(partTime, vars("u", annId, "h", List.of(Map.of("day", "FRIDAY", "hours", 4)))))
                .as("not a working day").isEqualTo("VALIDATION_ERROR");
        assertThat(ada.refused(partTime, vars("u", annId, "h", List.of(Map.of("day", "MONDAY", "hours", 4),
                Map.of("day", "MONDAY", "hours", 5))))).as("twice").isEqualTo("VALIDATION_ERROR");
        ada.ok(partTime, vars("u", annId, "h", List.of(Map.of("day", "WEDNESDAY", "hours", 4))));
        Map<String, Object> august = ann.ok(REQUEST, vars("t", hours, "from", "2026-08-03", "to", "2026-08-05"));
        assertThat(august).as("Monday 8 + Wednesday 4").containsEntry("days", 12.0);
        assertThat(ann.refused(REQUEST, vars("t", hours, "from", "2026-08-12", "to", "2026-08-12",
                "s", "09:00", "e", "13:30"))).as("Wednesday has 4 hours").isEqualTo("VALIDATION_ERROR");
        assertThat(ann.<Map<String, Object>>ok("{ me { workingHours { day hours } } }").get("workingHours"))
                .as("today (June) the 6-hour week").isEqualTo(List.of(Map.of("day", "MONDAY", "hours", 6.0),
                        Map.of("day", "TUESDAY", "hours", 6.0), Map.of("day", "WEDNESDAY", "hours", 6.0)));
    }
}
