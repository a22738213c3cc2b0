package org.leavetracker.functions.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leavetracker.adapters.bus.EventDetails;
import org.leavetracker.adapters.slack.SlackWebApi;
import org.leavetracker.adapters.system.PinnedDateClock;
import org.leavetracker.adapters.testing.LocalDynamo;
import org.leavetracker.adapters.testing.RecordedSlackApi;
import org.leavetracker.adapters.testing.SlackFixtures;
import org.leavetracker.domain.event.LeaveEvent;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.Email;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.employee.Identity;
import org.leavetracker.functions.maintenance.ReadModelRebuild;
import org.leavetracker.functions.pipeline.NotificationHandler;
import org.leavetracker.functions.support.Application;

/**
 * The Slack app's URL as a Function URL invokes it (real APIGatewayV2HTTPEvent objects with signed fixture bodies)
 * and the Slack notifier as EventBridge invokes it, against a recorded Slack Web API.
 */
class SlackHandlerTest {

    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private final LocalDynamo dynamo = LocalDynamo.shared();
    private final String tables = dynamo.freshTables();
    private final Application app = new Application(dynamo.client(), tables,
            new PinnedDateClock(LocalDate.of(2026, 6, 15)));
    private final SlackFixtures fixtures = new SlackFixtures(SECRET);
    private RecordedSlackApi slackApi;
    private SlackHandler handler;
    private Caller boss;
    private Caller ann;
    private String vacation;

    @BeforeEach
    void organization() throws Exception {
        slackApi = new RecordedSlackApi().member("UBOSS", "boss@acme.test").member("UANN", "Ann@Acme.test")
                .member("USTRANGER", "stranger@elsewhere.test");
        SlackSettings settings = new SlackSettings(SECRET, "xoxb-test-token", slackApi.url());
        handler = new SlackHandler(app, settings, settings.webApi());
        app.setup.createOrganization(new Identity("sub-ada", Email.of("ada@acme.test"), "Ada"), "Acme", null);
        Caller admin = new Caller(app.eventStore.ownerOf("email#ada@acme.test").orElseThrow(), null);
        String berlin = app.setup.createLocation(admin, "Berlin", "Europe/Berlin", "DE",
                List.of(DayOfWeek.values()).subList(0, 5)).id();
        app.setup.createLeaveType(admin, "Training", false, true, true);
        vacation = app.setup.createLeaveType(admin, "Vacation", true, true, true).id();
        app.setup.setLeavePolicy(admin, berlin, vacation, LocalDate.of(2020, 1, 1),
                org.leavetracker.domain.model.Days.of(25), org.leavetracker.domain.model.Accrual.UPFRONT, null,
                null, null);
        boss = new Caller(app.setup.addUser(admin, "boss@acme.test", "Boss", Role.APPROVER).id(), null);
        ann = new Caller(app.setup.addUser(admin, "ann@acme.test", "Ann", Role.MEMBER).id(), null);
        app.administration.moveUserToLocation(admin, ann.userId(), berlin, LocalDate.of(2026, 1, 1));
        app.administration.assignApprover(admin, ann.userId(), boss.userId());
    }

    @AfterEach
    void stop() {
        slackApi.close();
    }

    private APIGatewayV2HTTPResponse post(String body, Map<String, String> headers) {
        return handler.handleRequest(APIGatewayV2HTTPEvent.builder().withRawPath("/slack/events")
                .withHeaders(headers).withBody(body).withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("POST")
                                .withPath("/slack/events").build()).build()).build(), null);
    }

    private APIGatewayV2HTTPResponse signed(String body) {
        return post(body, fixtures.headers(body, Instant.now().getEpochSecond()));
    }

    private String command(String slackUser, String text) throws Exception {
        APIGatewayV2HTTPResponse response = signed(SlackFixtures.slashCommand(slackUser, text, "T-"
                + System.nanoTime()));
        assertThat(response.getStatusCode()).isEqualTo(200);
        Map<String, Object> reply = new ObjectMapper().readValue(response.getBody(), new TypeReference<>() {
        });
        assertThat(reply.get("response_type")).isEqualTo("ephemeral");
        return (String) reply.get("text");
    }

    private List<LeaveRequestView> annsRequests() {
        return app.leaveQueries.leaveRequests(ann, null);
    }

    @Test
    void a_bad_signature_a_missing_one_or_a_replay_older_than_five_minutes_is_refused_and_does_nothing() {
        String body = SlackFixtures.slashCommand("UANN", "request 2026-07-06 2026-07-10", "T-1");
        long now = Instant.now().getEpochSecond();
        Map<String, String> forged = new java.util.HashMap<>(fixtures.headers(body, now));
        forged.put("X-Slack-Signature", new SlackFixtures("another-secret").headers(body, now)
                .get("X-Slack-Signature"));
        assertThat(post(body, forged).getStatusCode()).isEqualTo(401);
        assertThat(post(body, Map.of()).getStatusCode()).isEqualTo(401);
        assertThat(post(body, fixtures.headers(body, now - 301)).getStatusCode()).as("replayed").isEqualTo(401);
        assertThat(post(body + "&text=balance", fixtures.headers(body, now)).getStatusCode()).as("altered")
                .isEqualTo(401);
        assertThat(annsRequests()).isEmpty();
        assertThat(slackApi.calls()).isEmpty();
        assertThat(post(body, fixtures.headers(body, now - 240)).getStatusCode()).as("4 minutes old").isEqualTo(200);
    }

    @Test
    void slash_commands_request_leave_show_balances_and_who_is_away() throws Exception {
        String requested = command("UANN", "request 2026-07-06 2026-07-10 family trip");
        assertThat(requested).contains("Requested Vacation 6 Jul 2026 to 10 Jul 2026 (5 days): waiting for approval.");
        assertThat(annsRequests()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo("family trip");
            assertThat(r.leaveTypeId()).isEqualTo(vacation);
        });
        assertThat(command("UANN", "request 2026-08-03 2026-08-03 type:training course"))
                .contains("Requested Training 3 Aug 2026 (1 day)");
        assertThat(command("UANN", "balance"))
                .contains("Vacation: 20 days available (25 days remaining, 0 days used, 5 days pending)");
        app.workflow.approveLeave(boss, annsRequests().getFirst().id(), null);
        new ReadModelRebuild(dynamo.scanningClient(), tables, app.projector).run(line -> { });
        assertThat(command("UBOSS", "who-is-away 2026-07-07")).contains("Ann");
        assertThat(command("UBOSS", "who-is-away 2026-07-13")).contains("Nobody is away on Jul 13, 2026");
        assertThat(command("UANN", "request 2026-07-09 2026-07-09")).contains("(OVERLAPPING_LEAVE)");
        assertThat(command("UANN", "request tomorrow")).contains("VALIDATION_ERROR");
        assertThat(command("UANN", "request 2026-07-20 2026-07-21 type:nope")).contains("no leave type named ‘nope’");
        assertThat(command("UANN", "dance")).contains("/leave request");
        assertThat(command("USTRANGER", "balance")).contains("not a Leave Tracker user");
        assertThat(command("UNOBODY", "balance")).contains("not a Leave Tracker user");
    }

    @Test
    void a_person_who_reads_german_gets_the_command_s_answers_and_refusals_in_german() throws Exception {
        app.preferences.update(ann, "de", false);
        assertThat(command("UANN", "request 2026-07-06 2026-07-10")).contains(
                "Beantragt: Vacation vom 06.07.2026 bis 10.07.2026 (5 Tage): wartet auf Genehmigung.");
        assertThat(command("UANN", "balance")).contains("*Ihre Salden 2026*")
                .contains("Vacation: 20 Tage verfügbar (25 Tage übrig, 0 Tage genommen, 5 Tage beantragt)");
        assertThat(command("UANN", "request 2026-07-08 2026-07-08")).as("the kind in German, the server's sentence, the type")
                .startsWith(":warning: Diese Tage überschneiden sich mit Ihrer Abwesenheit: ")
                .endsWith("(OVERLAPPING_LEAVE)");
        assertThat(command("UANN", "request morgen")).contains("nennen Sie den ersten und letzten Tag");
        assertThat(command("UANN", "request morgen übermorgen")).contains("„morgen“ ist kein Datum wie 2026-03-09");
        assertThat(command("UBOSS", "balance")).as("the approver chose nothing: the organization's English")
                .doesNotContain("Salden");

        app.preferences.update(boss, "fr", false);
        LeaveRequestView waiting = app.workflow.requestLeave(ann, vacation, LocalDate.of(2026, 9, 7),
                LocalDate.of(2026, 9, 7), null, null, null);
        new SlackNotificationHandler(NotificationHandler.notifier(app.repository, app.readModel, app.json,
                SlackWebApi.connect("xoxb-test-token", slackApi.url())))
                .handleRequest(busEvent(app.repository.history(ann.userId()).getLast()), null);
        RecordedSlackApi.Call dm = slackApi.calls("chat.postMessage").getLast();
        assertThat(dm.params().get("text")).as("the French approver's message").startsWith("Demande de congé de");
        assertThat(dm.params().get("blocks")).contains("\"Approuver\"").contains("\"Refuser\"")
                .contains(waiting.id());
        assertThat(signed(SlackFixtures.buttonPress("UBOSS", SlackWebApi.DENY, waiting.id(), "DUBOSS", "3.3", "T-fr"))
                .getStatusCode()).isEqualTo(200);
        assertThat(slackApi.calls("views.open").getLast().params().get("view")).contains("Refuser le congé")
                .contains("Motif (le demandeur le voit)");
    }

    @Test
    void a_retried_slash_command_requests_once() throws Exception {
        String body = SlackFixtures.slashCommand("UANN", "request 2026-07-06 2026-07-06", "T-same");
        assertThat(signed(body).getStatusCode()).isEqualTo(200);
        assertThat(signed(body).getStatusCode()).isEqualTo(200);
        assertThat(annsRequests()).hasSize(1);
    }

    @Test
    void the_approver_gets_buttons_and_pressing_approve_decides_through_the_use_case() throws Exception {
        LeaveRequestView request = app.workflow.requestLeave(ann, vacation, LocalDate.of(2026, 7, 6),
                LocalDate.of(2026, 7, 10), null, "trip", null);
        SlackNotificationHandler notifications = new SlackNotificationHandler(NotificationHandler.notifier(app.repository, app.readModel, app.json,
                SlackWebApi.connect("xoxb-test-token", slackApi.url())));
        notifications.handleRequest(busEvent(app.repository.history(ann.userId()).getLast()), null);
        RecordedSlackApi.Call dm = slackApi.calls("chat.postMessage").getFirst();
        assertThat(dm.params().get("channel")).isEqualTo("UBOSS");
        assertThat(dm.authorization()).isEqualTo("Bearer xoxb-test-token");
        assertThat(dm.params().get("blocks")).contains("\"action_id\":\"leave_approve\"")
                .contains("\"action_id\":\"leave_deny\"").contains("\"value\":\"" + request.id() + "\"");
        assertThat(dm.params().get("blocks")).as("the buttons in the approver's language (the organization's English)")
                .contains("\"Approve\"").contains("\"Deny\"");

        String annPresses = SlackFixtures.buttonPress("UANN", SlackWebApi.APPROVE, request.id(), "DANN", "1.1", "T-a");
        assertThat(signed(annPresses).getStatusCode()).isEqualTo(200);
        assertThat(slackApi.calls("chat.update").getLast().params().get("text")).contains("FORBIDDEN");
        assertThat(annsRequests().getFirst().status()).isEqualTo(LeaveStatus.PENDING);

        String bossPresses = SlackFixtures.buttonPress("UBOSS", SlackWebApi.APPROVE, request.id(), "DUBOSS", "2.2",
                "T-b");
        assertThat(signed(bossPresses).getStatusCode()).isEqualTo(200);
        assertThat(annsRequests().getFirst().status()).isEqualTo(LeaveStatus.APPROVED);
        RecordedSlackApi.Call update = slackApi.calls("chat.update").getLast();
        assertThat(update.params()).containsEntry("channel", "DUBOSS").containsEntry("ts", "2.2");
        assertThat(update.params().get("text")).contains("Approved: Vacation Jul 6, 2026 to Jul 10, 2026 (5 days).");
        assertThat(signed(bossPresses).getStatusCode()).as("Slack retries the same press").isEqualTo(200);
        assertThat(app.repository.history(ann.userId()).stream()
                .filter(e -> e.type().equals("LeaveApproved"))).hasSize(1);

        notifications.handleRequest(busEvent(app.repository.history(ann.userId()).getLast()), null);
        RecordedSlackApi.Call told = slackApi.calls("chat.postMessage").getLast();
        assertThat(told.params().get("channel")).isEqualTo("UANN");
        assertThat(told.params().get("blocks")).doesNotContain("leave_approve").contains("approved by Boss");
    }

    @Test
    void deny_asks_for_the_reason_in_a_modal_and_its_submission_denies_with_that_reason() throws Exception {
        LeaveRequestView request = app.workflow.requestLeave(ann, vacation, LocalDate.of(2026, 7, 6),
                LocalDate.of(2026, 7, 10), null, "trip", null);
        String press = SlackFixtures.buttonPress("UBOSS", SlackWebApi.DENY, request.id(), "DUBOSS", "3.3", "T-deny");
        assertThat(signed(press).getStatusCode()).isEqualTo(200);

        assertThat(slackApi.calls("views.open")).hasSize(1);
        RecordedSlackApi.Call opened = slackApi.calls("views.open").getFirst();
        assertThat(opened.params()).containsEntry("trigger_id", "T-deny");
        Map<String, Object> view = new ObjectMapper().readValue(opened.params().get("view"), new TypeReference<>() {
        });
        assertThat(view).containsEntry("type", "modal").containsEntry("callback_id", SlackWebApi.DENY_REASON);
        String metadata = (String) view.get("private_metadata");
        assertThat(metadata).startsWith(request.id());
        assertThat(opened.params().get("view")).contains("\"block_id\":\"reason\"").contains("plain_text_input");
        assertThat(annsRequests().getFirst().status()).as("nothing decided before the modal is submitted")
                .isEqualTo(LeaveStatus.PENDING);
        assertThat(slackApi.calls("chat.update")).isEmpty();

        // Ann cannot deny her own request: the modal stays open and says why; nothing is written
        APIGatewayV2HTTPResponse own = signed(SlackFixtures.viewSubmission("UANN", "V-ann", SlackWebApi.DENY_REASON,
                metadata, "no"));
        Map<String, Object> refused = new ObjectMapper().readValue(own.getBody(), new TypeReference<>() {
        });
        assertThat(refused).containsEntry("response_action", "errors");
        assertThat(((Map<?, ?>) refused.get("errors")).get("reason").toString()).contains("FORBIDDEN");
        assertThat(signed(SlackFixtures.viewSubmission("USTRANGER", "V-x", SlackWebApi.DENY_REASON, metadata, "no"))
                .getBody()).contains("not a Leave Tracker user");

        String submit = SlackFixtures.viewSubmission("UBOSS", "V-boss", SlackWebApi.DENY_REASON, metadata,
                "  Team offsite that week, sorry  ");
        APIGatewayV2HTTPResponse decided = signed(submit);
        assertThat(decided.getStatusCode()).isEqualTo(200);
        assertThat(decided.getBody()).as("an empty answer closes the modal").isEmpty();
        assertThat(annsRequests().getFirst().status()).isEqualTo(LeaveStatus.DENIED);
        RecordedSlackApi.Call update = slackApi.calls("chat.update").getLast();
        assertThat(update.params()).containsEntry("channel", "DUBOSS").containsEntry("ts", "3.3");
        assertThat(update.params().get("text")).contains("Denied: Vacation Jul 6, 2026 to Jul 10, 2026 (5 days).");
        assertThat(signed(submit).getStatusCode()).as("Slack retries the same submission").isEqualTo(200);
        List<RecordedEvent> denials = app.repository.history(ann.userId()).stream()
                .filter(e -> e.type().equals("LeaveDenied")).toList();
        assertThat(denials).singleElement().satisfies(e -> assertThat(e.payload())
                .isEqualTo(new LeaveEvent.LeaveDenied(request.id(), boss.userId(),
                        "Team offsite that week, sorry", null)));

        // a blank reason is no reason; a forged or foreign view changes nothing
        LeaveRequestView second = app.workflow.requestLeave(ann, vacation, LocalDate.of(2026, 8, 3),
                LocalDate.of(2026, 8, 3), null, null, null);
        assertThat(signed(SlackFixtures.viewSubmission("UBOSS", "V-other", "someone_elses_modal",
                second.id() + "||", "x")).getBody()).isEmpty();
        assertThat(signed(SlackFixtures.viewSubmission("UBOSS", "V-bad", SlackWebApi.DENY_REASON, "garbage", "x"))
                .getBody()).isEmpty();
        assertThat(annsRequests()).filteredOn(r -> r.id().equals(second.id())).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(LeaveStatus.PENDING));
        assertThat(signed(SlackFixtures.viewSubmission("UBOSS", "V-blank", SlackWebApi.DENY_REASON,
                second.id() + "||", "   ")).getBody()).isEmpty();
        assertThat(app.repository.history(ann.userId()).getLast().payload())
                .isEqualTo(new LeaveEvent.LeaveDenied(second.id(), boss.userId(),
                        null, null));
    }

    @Test
    void people_not_on_slack_are_skipped_and_a_slack_failure_fails_the_invocation_for_a_retry() throws Exception {
        app.workflow.requestLeave(ann, vacation, LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 6), null, null,
                null);
        ScheduledEvent requested = busEvent(app.repository.history(ann.userId()).getLast());
        try (RecordedSlackApi empty = new RecordedSlackApi()) {
            SlackWebApi nobody = SlackWebApi.connect("xoxb-test-token", empty.url());
            new SlackNotificationHandler(NotificationHandler.notifier(app.repository, app.readModel, app.json, nobody)).handleRequest(requested, null);
            assertThat(empty.calls("users.lookupByEmail")).hasSize(1);
            assertThat(empty.calls("chat.postMessage")).isEmpty();
        }
        SlackWebApi unreachable = SlackWebApi.connect("xoxb-test-token", "http://127.0.0.1:1/api/");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SlackNotificationHandler(
                NotificationHandler.notifier(app.repository, app.readModel, app.json, unreachable)).handleRequest(requested, null))
                .isInstanceOf(SlackWebApi.SlackUnavailable.class);
    }

    private ScheduledEvent busEvent(RecordedEvent recorded) throws Exception {
        var entry = new EventDetails(app.json).entry(recorded);
        ScheduledEvent event = new ScheduledEvent();
        event.setSource(entry.source());
        event.setDetailType(entry.detailType());
        event.setDetail(new ObjectMapper().readValue(entry.detail(), new TypeReference<Map<String, Object>>() {
        }));
        return event;
    }
}
