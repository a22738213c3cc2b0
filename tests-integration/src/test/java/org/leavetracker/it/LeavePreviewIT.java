package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * previewLeaveRequest through the API (what the web app's request form asks as a person types): the answer sending
 * would get, and nothing written; and a person reading their own audit trail, which explains their balances.
 */
class LeavePreviewIT extends AgainstTarget {

    private static final String PREVIEW = """
            query($t: ID!, $f: AWSDate!, $to: AWSDate!, $h: HalfDay) {
              previewLeaveRequest(leaveTypeId: $t, startDate: $f, endDate: $to, halfDay: $h) {
                days unit status balances { year before { available pending } after { available pending } }
                refusal { errorType message details } } }""";
    private static final String REQUEST = """
            mutation($t: ID!, $f: AWSDate!, $to: AWSDate!, $h: HalfDay) {
              requestLeave(leaveTypeId: $t, startDate: $f, endDate: $to, halfDay: $h) { id days status } }""";

    @Test
    void the_preview_answers_what_sending_would_and_writes_nothing() throws Exception {
        Team team = team("Preview", "preview.test", "Vacation", true, true, 10);
        Api.Person ann = team.member();
        String vacation = team.leaveType();

        ann.ok("{ me { id } }"); // Ann's first call binds her sign-in identity (an event of its own)
        String trail = "query($id: ID!) { history(aggregateId: $id) { version } }";
        int events = team.admin().<List<?>>ok(trail, vars("id", team.memberId())).size();

        // Mon 6 .. Fri 10 July 2026: five working days of 20 (10 a year since 2025, all carried over); no halfDay
        // given counts whole days
        Map<String, Object> week = ann.ok(PREVIEW, vars("t", vacation, "f", "2026-07-06", "to", "2026-07-10"));
        assertThat(week).containsEntry("days", 5.0).containsEntry("unit", "DAYS").containsEntry("status", "PENDING")
                .containsEntry("refusal", null);
        assertThat(week.get("balances")).isEqualTo(List.of(Map.of("year", 2026,
                "before", Map.of("available", 20.0, "pending", 0.0),
                "after", Map.of("available", 15.0, "pending", 5.0))));
        assertThat(team.admin().<List<?>>ok(trail, vars("id", team.memberId()))).as("the preview wrote no event")
                .hasSize(events);

        Map<String, Object> made = ann.ok(REQUEST, vars("t", vacation, "f", "2026-07-06", "to", "2026-07-10"));
        assertThat(made).containsEntry("days", 5.0).containsEntry("status", "PENDING");

        // what sending would now meet, each with the days it counts
        Map<String, Object> overlap = ann.ok(PREVIEW, vars("t", vacation, "f", "2026-07-10", "to", "2026-07-13"));
        assertThat(overlap).containsEntry("days", 2.0).containsEntry("status", null);
        assertThat(refusal(overlap)).containsEntry("errorType", "OVERLAPPING_LEAVE");
        assertThat(ann.refused(REQUEST, vars("t", vacation, "f", "2026-07-10", "to", "2026-07-13")))
                .isEqualTo("OVERLAPPING_LEAVE");

        Map<String, Object> tooLong = ann.ok(PREVIEW, vars("t", vacation, "f", "2026-08-03", "to", "2026-09-11"));
        assertThat(refusal(tooLong)).containsEntry("errorType", "INSUFFICIENT_BALANCE");
        assertThat((String) refusal(tooLong).get("message")).contains("needs 30 days").contains("only 15 days are available");
        // the figures, for a client to say it in its own words: the same in the preview and in the refusal itself
        Map<String, Object> figures = Map.of("field", "dates", "leaveTypeId", vacation, "year", 2026, "needed", 30.0,
                "available", 15.0, "asOf", "2026-09-11", "overdraft", 0.0, "unit", "DAYS");
        assertThat(Api.JSON.convertValue(Api.JSON.readTree((String) refusal(tooLong).get("details")), Map.class))
                .isEqualTo(figures);
        assertThat(ann.refusalDetails(REQUEST, vars("t", vacation, "f", "2026-08-03", "to", "2026-09-11")))
                .isEqualTo(figures);
        assertThat(ann.refusalDetails(REQUEST, vars("t", vacation, "f", "2026-07-10", "to", "2026-07-13")))
                .containsEntry("field", "dates").containsEntry("status", "PENDING")
                .containsEntry("startDate", "2026-07-06").containsEntry("endDate", "2026-07-10");
        assertThat(ann.refusalDetails(REQUEST, vars("t", vacation, "f", "2026-07-20", "to", "2026-07-21",
                "h", "MORNING"))).containsEntry("field", "halfDay");
        assertThat(ann.refusalDetails(REQUEST, vars("t", "no-such-type", "f", "2026-07-20", "to", "2026-07-20")))
                .containsEntry("field", "leaveTypeId");

        assertThat(refusal(ann.ok(PREVIEW, vars("t", vacation, "f", "2026-07-18", "to", "2026-07-19"))))
                .containsEntry("errorType", "NO_WORKING_DAYS");
        assertThat(refusal(ann.ok(PREVIEW, vars("t", vacation, "f", "2026-07-21", "to", "2026-07-20"))))
                .containsEntry("errorType", "VALIDATION_ERROR");
        assertThat(refusal(ann.ok(PREVIEW, vars("t", "no-such-type", "f", "2026-07-20", "to", "2026-07-20"))))
                .containsEntry("errorType", "NOT_FOUND");
        assertThat(ann.<Map<String, Object>>ok(PREVIEW, vars("t", vacation, "f", "2026-07-20", "to", "2026-07-20",
                "h", "MORNING"))).containsEntry("days", 0.5);
        // malformed arguments are refused like any query's
        assertThat(ann.refused(PREVIEW, vars("t", vacation, "f", "20-07-2026", "to", "2026-07-20")))
                .isEqualTo("VALIDATION_ERROR");
    }

    @Test
    void a_person_reads_their_own_audit_trail_and_only_theirs() {
        Team team = team("Trail", "trail.test", "Vacation", true, true, 10);
        team.admin().ok("mutation($u: ID!, $t: ID!) { adjustBalance(userId: $u, leaveTypeId: $t, year: 2026, days: 2,"
                + " note: \"welcome\") { available } }", vars("u", team.memberId(), "t", team.leaveType()));
        List<Map<String, Object>> own = team.member().ok(
                "query($id: ID!) { history(aggregateId: $id) { type actorId payload } }", vars("id", team.memberId()));
        assertThat(own).extracting(e -> e.get("type")).contains("UserAdded", "BalanceAdjusted");
        assertThat(team.member().refused("query($id: ID!) { history(aggregateId: $id) { type } }",
                vars("id", team.approverId()))).isEqualTo("FORBIDDEN");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> refusal(Map<String, Object> preview) {
        return (Map<String, Object>) preview.get("refusal");
    }
}
