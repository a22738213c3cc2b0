package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leavetracker.it.Api.eventually;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leavetracker.adapters.calendar.CalendarEndpoints;
import org.leavetracker.adapters.testing.RecordedGoogleWorkspace;
import org.leavetracker.adapters.testing.RecordedMicrosoft365;
import org.leavetracker.local.LocalOptions;

/**
 * SPEC §8 calendars and out-of-office end to end: a local runtime whose Google Workspace and Microsoft 365 are
 * recorded ones in this test, driven only through GraphQL. Approving, cancelling and ending employment change the
 * person's own calendar and reply through the pipeline; what the person opted out of or set by hand is left alone;
 * a provider that answers 429 gets everything later, once. This class always starts its own runtime (it must own
 * the providers' side).
 */
class CalendarsIT extends AgainstTarget {

    private static RecordedGoogleWorkspace google;
    private static RecordedMicrosoft365 microsoft;

    @BeforeAll
    static void start() throws Exception {
        google = new RecordedGoogleWorkspace();
        microsoft = new RecordedMicrosoft365();
        target = Target.local(new LocalOptions(0, Files.createTempDirectory("leave-tracker-calendars-it"),
                Target.TODAY).withCalendarEndpoints(new CalendarEndpoints(google.apiRoot(), microsoft.graphUrl(),
                microsoft.loginUrl(), microsoft.loginTrust())));
        api = new Api(target);
    }

    @AfterAll
    static void stop() throws Exception {
        target.close();
        google.close();
        microsoft.close();
    }

    private static String request(Team team, String first, String last) {
        return team.member().id("""
                mutation($t: ID!, $s: AWSDate!, $e: AWSDate!) {
                  requestLeave(leaveTypeId: $t, startDate: $s, endDate: $e, reason: "Family wedding in Porto") { id } }""",
                vars("t", team.leaveType(), "s", first, "e", last));
    }

    private static void approve(Team team, String requestId) {
        team.approver().ok("mutation($r: ID!) { approveLeave(requestId: $r) { status } }", vars("r", requestId));
    }

    private static void cancel(Team team, String requestId) {
        team.member().ok("mutation($r: ID!) { cancelLeave(requestId: $r) { status } }", vars("r", requestId));
    }

    private static Map<String, Object> connect(Team team, String provider, String credentials) {
        return team.admin().ok("""
                mutation($p: CalendarProvider!, $c: String!) {
                  connectCalendarProvider(provider: $p, credentials: $c) { provider replyTemplate connectedAt } }""",
                vars("p", provider, "c", credentials));
    }

    private static List<Map<String, Object>> deliveries(Team team) {
        return team.admin().ok("{ calendarDeliveries { requestId mailbox action attempt statusCode succeeded error } }");
    }

    @Test
    void google_approval_makes_the_event_and_the_reply_and_cancelling_removes_both() {
        Team team = team("Google Calendars GmbH", "gcal.test", "Vacation", true, true, 25);
        String ann = team.member().email;
        google.mailbox(ann).mailbox(team.admin().email);
        assertThat(team.member().refused("""
                mutation($c: String!) { connectCalendarProvider(provider: GOOGLE_WORKSPACE, credentials: $c) {
                  provider } }""", vars("c", google.serviceAccountKey()))).isEqualTo("FORBIDDEN");
        assertThat(team.admin().refused("""
                mutation { connectCalendarProvider(provider: GOOGLE_WORKSPACE, credentials: "{\\"type\\": \\"x\\"}") {
                  provider } }""", Map.of())).isEqualTo("VALIDATION_ERROR");
        assertThat(connect(team, "GOOGLE_WORKSPACE", google.serviceAccountKey()))
                .containsEntry("provider", "GOOGLE_WORKSPACE");
        assertThat(team.admin().<Map<String, Object>>ok("mutation { testCalendarConnection { ok problems mailbox } }"))
                .containsEntry("ok", true).containsEntry("problems", List.of());

        String requestId = request(team, "2026-07-06", "2026-07-10");
        approve(team, requestId);

        Map<String, Map<String, Object>> events = eventually(() -> google.events(ann), e -> e.size() == 1);
        assertThat(events).hasSize(1);
        Map<String, Object> event = events.values().iterator().next();
        assertThat(event).containsEntry("summary", "Away: Vacation").containsEntry("eventType", "outOfOffice");
        assertThat(event.toString()).as("never the reason").doesNotContain("Porto");
        Map<String, Object> reply = eventually(() -> google.vacation(ann),
                v -> Boolean.TRUE.equals(v.get("enableAutoReply")));
        assertThat(reply).containsEntry("enableAutoReply", true);
        assertThat((String) reply.get("responseBodyPlainText")).startsWith("I am away from ").contains("2026")
                .contains("please write to Boss <" + team.approver().email + ">");

        cancel(team, requestId);
        assertThat(eventually(() -> google.events(ann), Map::isEmpty)).isEmpty();
        assertThat(eventually(() -> google.vacation(ann), v -> Boolean.FALSE.equals(v.get("enableAutoReply"))))
                .containsEntry("enableAutoReply", false);
        // each delivery is logged once the provider answered: wait for the last one
        assertThat(eventually(() -> deliveries(team), ds -> ds.stream().anyMatch(d -> "REPLY_CLEARED".equals(
                d.get("action"))))).extracting(d -> d.get("action")).contains("EVENT_CREATED", "REPLY_SET",
                "EVENT_REMOVED", "REPLY_CLEARED");
    }

    @Test
    void a_person_who_opted_out_is_left_alone_and_a_reply_set_by_hand_is_never_touched() {
        Team team = team("Opt Out GmbH", "optout.test", "Vacation", true, true, 25);
        String ann = team.member().email;
        String boss = team.approver().email;
        google.mailbox(ann).mailbox(boss);
        connect(team, "GOOGLE_WORKSPACE", google.serviceAccountKey());
        assertThat(team.member().<Map<String, Object>>ok("""
                mutation { updateMyPreferences(calendarEvents: false, outOfOfficeReply: false) {
                  calendarEvents outOfOfficeReply } }""")).containsEntry("calendarEvents", false)
                .containsEntry("outOfOfficeReply", false);

        String optedOut = request(team, "2026-07-06", "2026-07-07");
        approve(team, optedOut);
        // the boss's own request goes through the same pipeline after Ann's: once it shows, Ann's was handled
        String bossType = team.leaveType();
        moveTo(team.admin(), team.approverId(), team.office());
        google.setVacationByHand(boss, true, "On a course all summer, write to hr@optout.test");
        String bossRequest = team.approver().id("""
                mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: "2026-07-13", endDate: "2026-07-14") {
                  id } }""", vars("t", bossType));
        team.admin().ok("mutation($r: ID!) { approveLeave(requestId: $r) { status } }", vars("r", bossRequest));

        assertThat(eventually(() -> google.events(boss), e -> e.size() == 1)).hasSize(1);
        assertThat(google.events(ann)).as("Ann opted out of events").isEmpty();
        assertThat(google.vacation(ann)).as("and of replies").containsEntry("enableAutoReply", false);
        assertThat(google.vacation(boss)).as("the boss's own reply stays").containsEntry("responseBodyPlainText",
                "On a course all summer, write to hr@optout.test");
        // the reply is looked at after the event is made: wait for the delivery that says so
        assertThat(eventually(() -> deliveries(team), ds -> ds.stream().anyMatch(d -> "REPLY_KEPT".equals(
                d.get("action"))))).anySatisfy(d -> assertThat(d).containsEntry("action", "REPLY_KEPT")
                .containsEntry("mailbox", boss));

        team.approver().ok("mutation($r: ID!) { cancelLeave(requestId: $r) { status } }", vars("r", bossRequest));
        assertThat(eventually(() -> google.events(boss), Map::isEmpty)).isEmpty();
        assertThat(google.vacation(boss)).as("never cleared either").containsEntry("enableAutoReply", true)
                .containsEntry("responseBodyPlainText", "On a course all summer, write to hr@optout.test");
    }

    @Test
    void microsoft_answering_429_gets_everything_later_exactly_once_and_a_leaver_loses_later_leave() {
        Team team = team("Outlook Calendars GmbH", "outlook.test", "Vacation", true, true, 25);
        String ann = team.member().email;
        microsoft.mailbox(ann).mailbox(team.admin().email);
        connect(team, "MICROSOFT_365", RecordedMicrosoft365.credentials(RecordedMicrosoft365.SECRET));
        assertThat(team.admin().<Map<String, Object>>ok("mutation { testCalendarConnection { ok problems } }"))
                .containsEntry("ok", true);

        microsoft.rateLimitNext(6, 1);
        String july = request(team, "2026-07-06", "2026-07-10");
        String august = request(team, "2026-08-03", "2026-08-04");
        approve(team, july);
        approve(team, august);

        Map<String, Map<String, Object>> events = eventually(() -> microsoft.events(ann), e -> e.size() == 2);
        assertThat(events.values()).extracting(e -> e.get("transactionId")).containsExactlyInAnyOrder(july, august);
        assertThat(events.values()).allSatisfy(e -> assertThat(e).containsEntry("showAs", "oof")
                .containsEntry("isAllDay", true));

        team.admin().ok("mutation($u: ID!) { endEmployment(userId: $u, lastDay: \"2026-07-31\") { id } }",
                vars("u", team.memberId()));
        Map<String, Map<String, Object>> left = eventually(() -> microsoft.events(ann), e -> e.size() == 1);
        assertThat(left.values()).singleElement().satisfies(e -> assertThat(e).containsEntry("transactionId", july));
        assertThat(microsoft.calls().stream().filter(c -> c.startsWith("POST") && c.endsWith("/events")).count())
                .as("each created once, however often it was refused first").isEqualTo(2);

        microsoft.revokeConsent(true);
        assertThat(team.admin().<Map<String, Object>>ok("mutation { testCalendarConnection { ok problems } }"))
                .containsEntry("ok", false).satisfies(t -> assertThat((List<?>) t.get("problems")).hasSize(2));
        microsoft.revokeConsent(false);
        assertThat(team.admin().<Boolean>ok("mutation { disconnectCalendarProvider }")).isTrue();
        assertThat(team.admin().<Object>ok("{ calendarConnection { provider } }")).isNull();
    }
}
