package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leavetracker.it.Api.eventually;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leavetracker.adapters.testing.RecordedSlackApi;
import org.leavetracker.adapters.testing.SlackFixtures;
import org.leavetracker.functions.slack.SlackSettings;
import org.leavetracker.local.LocalOptions;

/**
 * The Slack app end to end: a local runtime whose Slack Web API is a recorded one in this test, driven only
 * through its public URLs — Slack's signed requests to POST /slack/events and GraphQL. This class always starts its
 * own runtime (it must own the Slack side), also when the other tests run against a given endpoint.
 */
class SlackIT extends AgainstTarget {

    private static final String SECRET = "e2e-signing-secret-0123456789abcdef";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final SlackFixtures SLACK = new SlackFixtures(SECRET);
    private static RecordedSlackApi slackApi;

    @BeforeAll
    static void start() throws Exception {
        slackApi = new RecordedSlackApi();
        target = Target.local(new LocalOptions(0, Files.createTempDirectory("leave-tracker-slack-it"), Target.TODAY)
                .withSlack(new SlackSettings(SECRET, "xoxb-e2e", slackApi.url())));
        api = new Api(target);
    }

    @AfterAll
    static void stop() throws Exception {
        target.close();
        slackApi.close();
    }

    private static HttpResponse<String> post(String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.baseUrl + "/slack/events"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> signed(String body) throws Exception {
        return post(body, SLACK.headers(body, Instant.now().getEpochSecond()));
    }

    private static String command(String slackUser, String text) {
        try {
            HttpResponse<String> response = signed(SlackFixtures.slashCommand(slackUser, text,
                    "T" + System.nanoTime()));
            assertThat(response.statusCode()).isEqualTo(200);
            return (String) Api.JSON.readValue(response.body(), Map.class).get("text");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_request_made_in_slack_is_approved_with_the_approvers_button_and_the_requester_is_told() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        Team team = team("Slack Inc", "acme.test", "Vacation", true, true, 25);
        String bossId = team.approverId();
        String bossEmail = team.approver().email;
        String annEmail = team.member().email;
        slackApi.member("UBOSS" + suffix, bossEmail).member("UANN" + suffix, annEmail);

        String body = SlackFixtures.slashCommand("UANN" + suffix, "request 2026-07-06 2026-07-10 trip", "T1" + suffix);
        long now = Instant.now().getEpochSecond();
        Map<String, String> forged = new java.util.HashMap<>(new SlackFixtures("guessed").headers(body, now));
        assertThat(post(body, forged).statusCode()).as("wrong secret").isEqualTo(401);
        assertThat(post(body, SLACK.headers(body, now - 6 * 60)).statusCode()).as("a replay").isEqualTo(401);
        Api.Person ann = team.member();
        assertThat(ann.<List<?>>ok("{ leaveRequests { id } }")).as("refused requests changed nothing").isEmpty();

        assertThat(command("UANN" + suffix, "request 2026-07-06 2026-07-10 trip"))
                .contains("Requested Vacation 6 Jul 2026 to 10 Jul 2026 (5 days): waiting for approval.");
        List<Map<String, Object>> requests = eventually(() -> ann.ok("{ leaveRequests { id status reason } }"),
                r -> r.size() == 1);
        assertThat(requests).singleElement().satisfies(r -> assertThat(r.get("reason")).isEqualTo("trip"));
        String requestId = (String) requests.getFirst().get("id");

        List<RecordedSlackApi.Call> asked = eventually(() -> slackApi.calls("chat.postMessage").stream()
                .filter(c -> c.params().get("channel").equals("UBOSS" + suffix)).toList(), c -> !c.isEmpty());
        assertThat(asked).singleElement().satisfies(dm -> {
            assertThat(dm.authorization()).isEqualTo("Bearer xoxb-e2e");
            assertThat(dm.params().get("blocks")).contains("leave_approve").contains(requestId);
        });

        Api.Person eve = newCompany("Other Inc", "other.test");
        slackApi.member("UEVE" + suffix, eve.email);
        signed(SlackFixtures.buttonPress("UEVE" + suffix, "leave_approve", requestId, "DEVE", "9.9", "T2" + suffix));
        assertThat(slackApi.calls("chat.update").getLast().params().get("text")).contains("NOT_FOUND");

        HttpResponse<String> pressed = signed(SlackFixtures.buttonPress("UBOSS" + suffix, "leave_approve", requestId,
                "DBOSS", "1.5", "T3" + suffix));
        assertThat(pressed.statusCode()).isEqualTo(200);
        assertThat(eventually(() -> ann.<List<Map<String, Object>>>ok("{ leaveRequests { status decidedBy } }"),
                r -> r.size() == 1 && "APPROVED".equals(r.getFirst().get("status")))).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("status", "APPROVED").containsEntry("decidedBy", bossId));
        assertThat(slackApi.calls("chat.update").getLast().params()).containsEntry("ts", "1.5");

        List<RecordedSlackApi.Call> told = eventually(() -> slackApi.calls("chat.postMessage").stream()
                .filter(c -> c.params().get("channel").equals("UANN" + suffix)).toList(), c -> !c.isEmpty());
        assertThat(told).singleElement().satisfies(dm -> assertThat(dm.params().get("text")).contains("Approved"));
        assertThat(eventually(() -> command("UBOSS" + suffix, "who-is-away 2026-07-07"), t -> t.contains("Ann")))
                .contains("Ann");
        assertThat(command("UANN" + suffix, "balance")).contains("Vacation: 45 days available (45 days remaining, 5 days used, 0 days pending)"); // 25 + 25 carried from 2025
    }

    @Test
    void deny_asks_the_approver_for_a_reason_and_the_requester_is_told_it() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        Team team = team("Slack Deny Inc", "acme.test", "Vacation", true, true, 25);
        slackApi.member("UBOSS" + suffix, team.approver().email).member("UANN" + suffix, team.member().email);
        assertThat(command("UANN" + suffix, "request 2026-08-03 2026-08-04")).contains("waiting for approval");
        String requestId = (String) eventually(() -> team.member().<List<Map<String, Object>>>ok(
                "{ leaveRequests { id } }"), r -> r.size() == 1).getFirst().get("id");

        assertThat(signed(SlackFixtures.buttonPress("UBOSS" + suffix, "leave_deny", requestId, "DBOSS", "4.4",
                "T4" + suffix)).statusCode()).isEqualTo(200);
        RecordedSlackApi.Call opened = slackApi.calls("views.open").stream()
                .filter(c -> c.params().get("trigger_id").equals("T4" + suffix)).findFirst().orElseThrow();
        Map<?, ?> view = Api.JSON.readValue(opened.params().get("view"), Map.class);
        HttpResponse<String> submitted = signed(SlackFixtures.viewSubmission("UBOSS" + suffix, "V" + suffix,
                (String) view.get("callback_id"), (String) view.get("private_metadata"), "Release week"));
        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(submitted.body()).as("the modal closes").isEmpty();

        assertThat(eventually(() -> team.member().<List<Map<String, Object>>>ok("{ leaveRequests { status } }"),
                r -> "DENIED".equals(r.getFirst().get("status")))).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("status", "DENIED"));
        assertThat(slackApi.calls("chat.update").getLast().params()).containsEntry("ts", "4.4");
        List<RecordedSlackApi.Call> told = eventually(() -> slackApi.calls("chat.postMessage").stream()
                .filter(c -> c.params().get("channel").equals("UANN" + suffix)).toList(), c -> !c.isEmpty());
        assertThat(told).singleElement().satisfies(dm -> assertThat(dm.params().get("blocks"))
                .contains("denied by").contains("Release week"));
    }
}
