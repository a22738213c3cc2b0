package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leavetracker.it.Api.eventually;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * The calendar feeds as a calendar app sees them: fetched over HTTP at the addresses rotateCalendarToken gives,
 * parsed with ical4j, compared with the requests; rotating revokes the old addresses.
 */
class CalendarFeedIT extends AgainstTarget {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> fetch(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** UID → "start/end-exclusive/summary" of every event in a feed. */
    private static Map<String, String> events(String url) {
        HttpResponse<String> response = fetch(url);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("text/calendar"));
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
            Map<String, String> events = new TreeMap<>();
            for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
                String uid = event.getProperty(Property.UID).orElseThrow().getValue();
                assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE"))
                        .as("all-day").hasValueSatisfying(v -> assertThat(v.getValue()).isEqualTo("DATE"));
                events.put(uid, event.getProperty(Property.DTSTART).orElseThrow().getValue() + "/"
                        + event.getProperty(Property.DTEND).orElseThrow().getValue() + "/"
                        + event.getProperty(Property.SUMMARY).orElseThrow().getValue());
            }
            return events;
        } catch (Exception e) {
            throw new IllegalStateException("not a calendar: " + response.body(), e);
        }
    }

    @Test
    void feeds_hold_approved_leave_only_with_stable_uids_and_rotation_revokes_the_old_address() {
        String suffix = Long.toString(System.nanoTime(), 36);
        Api.Person ada = newCompany("Feeds Inc", "acme.test");
        String berlin = germanOffice(ada);
        String training = leaveType(ada, "Training", false, true);
        String cleoId = addUser(ada, "cleo." + suffix + "@acme.test", "Cleo", "MEMBER");
        moveTo(ada, cleoId, berlin);
        Api.Person cleo = api.signIn("cleo." + suffix + "@acme.test");
        String request = """
                mutation($t: ID!, $from: AWSDate!, $to: AWSDate!, $half: HalfDay) {
                  requestLeave(leaveTypeId: $t, startDate: $from, endDate: $to, halfDay: $half,
                               reason: "secret dentist") { id } }""";
        String week = cleo.id(request, Map.of("t", training, "from", "2026-07-06", "to", "2026-07-10"));
        String afternoon = cleo.id(request, Map.of("t", training, "from", "2026-07-15", "to", "2026-07-15",
                "half", "AFTERNOON"));
        String pending = cleo.id(request, Map.of("t", training, "from", "2026-08-03", "to", "2026-08-03"));
        String denied = cleo.id(request, Map.of("t", training, "from", "2026-09-07", "to", "2026-09-07"));
        ada.ok("mutation($r: ID!) { approveLeave(requestId: $r) { id } }", Map.of("r", week));
        ada.ok("mutation($r: ID!) { approveLeave(requestId: $r) { id } }", Map.of("r", afternoon));
        ada.ok("mutation($r: ID!) { denyLeave(requestId: $r) { id } }", Map.of("r", denied));

        Map<String, Object> feeds = cleo.ok("mutation { rotateCalendarToken { userFeedUrl teamFeedUrl issuedAt } }");
        String mine = (String) feeds.get("userFeedUrl");
        String team = (String) feeds.get("teamFeedUrl");
        assertThat(mine).startsWith(target.baseUrl + "/calendar/user/").endsWith(".ics");

        Map<String, String> expected = Map.of(
                week + "@leave-tracker", "20260706/20260711/Training",
                afternoon + "@leave-tracker", "20260715/20260716/Training (afternoon)");
        assertThat(eventually(() -> events(mine), e -> e.size() >= 2)).isEqualTo(expected);
        assertThat(events(mine)).as("a refresh keeps the same UIDs").isEqualTo(expected);
        assertThat(fetch(mine).body()).doesNotContain("dentist").doesNotContain(pending).doesNotContain(denied);
        assertThat(events(team)).containsEntry(week + "@leave-tracker", "20260706/20260711/Cleo — Training")
                .hasSize(2);

        Map<String, Object> rotated = cleo.ok("mutation { rotateCalendarToken { userFeedUrl teamFeedUrl } }");
        assertThat(rotated.get("userFeedUrl")).isNotEqualTo(mine);
        assertThat(fetch(mine).statusCode()).as("the old address is revoked").isEqualTo(404);
        assertThat(fetch(team).statusCode()).isEqualTo(404);
        assertThat(events((String) rotated.get("userFeedUrl"))).isEqualTo(expected);

        String forged = mine.replaceFirst("\\.[a-z0-9]+\\.ics$", ".aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.ics");
        for (String bad : List.of(forged, target.baseUrl + "/calendar/user/nonsense.ics",
                target.baseUrl + "/calendar/team/" + cleoId + ".ics", target.baseUrl + "/calendar/elsewhere")) {
            assertThat(fetch(bad).statusCode()).as(bad).isEqualTo(404);
        }
    }
}
