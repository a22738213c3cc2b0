package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Carried-over days are spent first, by the request itself too (SPEC §3.9), through the API. The case is Frappe
 * HRMS's (hrms/hr/doctype/leave_application/test_leave_application.py: carry-forwarded leave that expires within a
 * leave application): 15 days carried over and expiring at the end of March, 15 new ones, and a 20-day request
 * from mid-March into April. It was refused with INSUFFICIENT_BALANCE; it is accepted and leaves 10.
 */
class CarryOverSpentFirstIT extends AgainstTarget {

    private static final String REQUEST = """
            mutation($t: ID!, $from: AWSDate!, $to: AWSDate!) {
              requestLeave(leaveTypeId: $t, startDate: $from, endDate: $to) { id days status } }""";
    private static final String PREVIEW = """
            query($t: ID!, $from: AWSDate!, $to: AWSDate!) {
              previewLeaveRequest(leaveTypeId: $t, startDate: $from, endDate: $to) {
                days refusal { errorType } balances { year after { available } } } }""";
    private static final String BALANCE = """
            query($u: ID) { balances(userId: $u, year: 2026, asOf: "2026-12-31") {
              leaveTypeId carriedOver carriedOverExpiresOn expired used pending remaining available } }""";

    @Test
    void a_twenty_day_request_over_the_carry_over_expiry_spends_the_carried_over_days_first() {
        String suffix = Long.toString(System.nanoTime(), 36);
        Api.Person admin = newCompany("Carry Over SARL", "carry.test");
        // Paris: no public holiday from 9 March to 3 April 2026, so that request is 20 working days
        String paris = admin.id("""
                mutation { createLocation(name: "Paris", timeZone: "Europe/Paris", holidayCalendar: "FR",
                  workingDays: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY]) { id } }""", Map.of());
        String vacation = leaveType(admin, "Congés payés", true, true);
        admin.ok("""
                mutation($l: ID!, $t: ID!) { setLeavePolicy(locationId: $l, leaveTypeId: $t, effectiveDate: "2025-01-01",
                  annualAllowanceDays: 15, accrual: UPFRONT, rolloverExpiryMonths: 3) { id } }""",
                vars("l", paris, "t", vacation));
        String annId = addUser(admin, "ann." + suffix + "@carry.test", "Ann", "MEMBER");
        String bobId = addUser(admin, "bob." + suffix + "@carry.test", "Bob", "MEMBER");
        moveTo(admin, annId, paris);
        moveTo(admin, bobId, paris);
        Api.Person ann = api.signIn("ann." + suffix + "@carry.test");
        Api.Person bob = api.signIn("bob." + suffix + "@carry.test");
        Map<String, Object> dates = vars("t", vacation, "from", "2026-03-09", "to", "2026-04-03");

        Map<String, Object> preview = ann.ok(PREVIEW, dates);
        assertThat(preview).containsEntry("days", 20.0).containsEntry("refusal", null);
        assertThat(preview.get("balances")).isEqualTo(List.of(Map.of("year", 2026, "after", Map.of("available", 10.0))));
        Map<String, Object> request = ann.ok(REQUEST, dates);
        assertThat(request).containsEntry("days", 20.0).containsEntry("status", "PENDING");
        admin.ok("mutation($r: ID!) { approveLeave(requestId: $r) { id } }", vars("r", request.get("id")));

        assertThat(ann.<List<Map<String, Object>>>ok(BALANCE, vars("u", annId))).singleElement()
                .satisfies(b -> assertThat(b).containsEntry("carriedOver", 15.0)
                        .containsEntry("carriedOverExpiresOn", "2026-03-31").containsEntry("expired", 0.0)
                        .containsEntry("used", 20.0).containsEntry("remaining", 10.0)
                        .containsEntry("available", 10.0));

        // 30 March – 24 April (Easter Monday off): 19 days, 2 of them by the expiry, so 13 carried-over days
        // expire unspent and 2 + 15 = 17 are all the request can use
        Map<String, Object> late = vars("t", vacation, "from", "2026-03-30", "to", "2026-04-24");
        assertThat(bob.refused(REQUEST, late)).isEqualTo("INSUFFICIENT_BALANCE");
        assertThat(bob.refusalDetails(REQUEST, late)).containsEntry("needed", 19.0).containsEntry("available", 17.0);
        assertThat(bob.<List<Map<String, Object>>>ok(BALANCE, vars("u", bobId))).singleElement()
                .satisfies(b -> assertThat(b).containsEntry("pending", 0.0).containsEntry("available", 15.0));
    }
}
