package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leavetracker.it.Api.eventually;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.leavetracker.adapters.webhook.WebhookSignature;

/**
 * Outgoing webhooks end to end, with a receiver in this test (on loopback, which only the local runtime allows):
 * signatures check out, a 500 is retried, deliveries are logged, and no organization receives another's events.
 */
class WebhookIT extends AgainstTarget {

    private static final String REGISTER = """
            mutation($u: String!, $t: [String!]!) { registerWebhook(url: $u, eventTypes: $t) {
              webhook { id url eventTypes } secret } }""";

    /** Accepts only correctly signed deliveries; answers 500 to the first one it gets. */
    private static final class Receiver implements AutoCloseable {
        final HttpServer server;
        final List<Map<?, ?>> accepted = new CopyOnWriteArrayList<>();
        final List<String> refused = new CopyOnWriteArrayList<>();
        final AtomicInteger requests = new AtomicInteger();
        volatile String secret;

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hook", this::handle);
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        private void handle(HttpExchange exchange) throws IOException {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String signature = exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER);
            int status;
            if (requests.getAndIncrement() == 0) {
                status = 500;
            } else if (signature == null || !signature.startsWith("t=") || !signature.equals(WebhookSignature.header(
                    secret, Long.parseLong(signature.substring(2, signature.indexOf(','))), body))) {
                refused.add(body);
                status = 401;
            } else {
                accepted.add(Api.JSON.readValue(body, Map.class));
                status = 200;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    @Test
    void a_registered_endpoint_gets_its_organizations_events_signed_after_a_retry_and_nothing_of_others()
            throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        Api.Person ada = newCompany("Hooks Inc", "hook.test");
        Api.Person eve = newCompany("Rival Hooks", "rival.test");
        try (Receiver ours = new Receiver(); Receiver theirs = new Receiver()) {
            assertThat(ada.refused(REGISTER, vars("u", "http://10.0.0.8/hook", "t", List.of("UserAdded"))))
                    .isEqualTo("VALIDATION_ERROR");
            assertThat(ada.refused(REGISTER, vars("u", ours.url(), "t", List.of("LocationCreated"))))
                    .isEqualTo("VALIDATION_ERROR");
            Map<String, Object> registration = ada.ok(REGISTER, vars("u", ours.url(),
                    "t", List.of("UserAdded", "LeaveRequested")));
            ours.secret = (String) registration.get("secret");
            String webhookId = (String) ((Map<?, ?>) registration.get("webhook")).get("id");
            Map<String, Object> rival = eve.ok(REGISTER, vars("u", theirs.url(), "t", List.of("UserAdded")));
            theirs.secret = (String) rival.get("secret");
            assertThat(ours.secret).isNotEqualTo(theirs.secret);

            String annId = addUser(ada, "ann." + suffix + "@hook.test", "Ann", "MEMBER");
            addUser(eve, "zed." + suffix + "@rival.test", "Zed", "MEMBER");
            String office = germanOffice(ada);
            moveTo(ada, annId, office);
            String training = leaveType(ada, "Training", false, true);
            Api.Person ann = api.signIn("ann." + suffix + "@hook.test");
            ann.id("mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: \"2026-07-06\", endDate: "
                    + "\"2026-07-06\", reason: \"private matter\") { id } }", vars("t", training));

            List<Map<?, ?>> got = eventually(() -> List.copyOf(ours.accepted), a -> a.size() >= 2);
            assertThat(got.stream().map(m -> String.valueOf(m.get("type"))).toList())
                    .containsExactly("UserAdded", "LeaveRequested");
            assertThat(got.stream().map(m -> m.get("orgId")).distinct().toList()).hasSize(1).doesNotContainNull();
            assertThat(got.get(1).toString()).doesNotContain("private matter");
            assertThat(ours.refused).isEmpty();
            assertThat(eventually(() -> List.copyOf(theirs.accepted), a -> a.size() >= 1)).singleElement()
                    .satisfies(m -> assertThat(m.get("orgId")).isNotEqualTo(got.getFirst().get("orgId")));

            List<Map<String, Object>> log = ada.ok("query($w: ID!) { webhookDeliveries(webhookId: $w) {"
                    + " eventType attempt statusCode succeeded } }", vars("w", webhookId));
            assertThat(log).contains(Map.of("eventType", "UserAdded", "attempt", 1, "statusCode", 500,
                    "succeeded", false), Map.of("eventType", "UserAdded", "attempt", 2, "statusCode", 200,
                    "succeeded", true));
            assertThat(eve.refused("query($w: ID!) { webhookDeliveries(webhookId: $w) { attempt } }",
                    vars("w", webhookId))).isEqualTo("NOT_FOUND");
            assertThat(ann.refused("{ webhooks { id } }", Map.of())).isEqualTo("FORBIDDEN");

            ada.ok("mutation($w: ID!) { removeWebhook(webhookId: $w) { id } }", vars("w", webhookId));
            int before = ours.requests.get();
            addUser(ada, "bo." + suffix + "@hook.test", "Bo", "MEMBER");
            addUser(eve, "yan." + suffix + "@rival.test", "Yan", "MEMBER");
            eventually(() -> theirs.accepted.size(), n -> n >= 2);
            assertThat(ours.requests.get()).as("removed: nothing more").isEqualTo(before);
        }
    }

    @Test
    void an_endpoint_that_never_answers_holds_neither_the_read_side_nor_the_e_mails() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        Api.Person ada = newCompany("Stuck Hooks Inc", "stuck.test");
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        HttpServer stuck = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stuck.createContext("/hook", exchange -> {
            calls.incrementAndGet();
            try {
                release.await(60, TimeUnit.SECONDS); // an endpoint that takes the connection and never answers
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        stuck.start();
        try {
            ada.ok(REGISTER, vars("u", "http://127.0.0.1:" + stuck.getAddress().getPort() + "/hook",
                    "t", List.of("UserAdded")));
            addUser(ada, "first." + suffix + "@stuck.test", "First", "MEMBER");
            eventually(calls::get, n -> n >= 1);

            // while that delivery hangs, later events reach the read side and the e-mail notifier
            String office = germanOffice(ada);
            String second = addUser(ada, "second." + suffix + "@stuck.test", "Second", "APPROVER");
            String third = addUser(ada, "third." + suffix + "@stuck.test", "Third", "MEMBER");
            moveTo(ada, third, office);
            assignApprover(ada, third, second);
            String training = leaveType(ada, "Training", false, true);
            api.signIn("third." + suffix + "@stuck.test").ok("mutation($t: ID!) { requestLeave(leaveTypeId: $t, "
                    + "startDate: \"2026-07-06\", endDate: \"2026-07-06\") { id } }", vars("t", training));
            assertThat(eventually(() -> ada.<List<Map<String, Object>>>ok("{ users { id } }"), u -> u.size() == 4))
                    .extracting(u -> u.get("id")).contains(second, third);
            assertThat(release.getCount()).as("the first delivery is still hanging").isEqualTo(1);
            assertThat(eventually(() -> (List<?>) api.get(target.baseUrl + "/dev/outbox?to=second." + suffix
                    + "@stuck.test").get("messages"), m -> !m.isEmpty())).as("the approver's e-mail went out meanwhile")
                    .isNotEmpty();
            assertThat(release.getCount()).as("and the first delivery is still hanging").isEqualTo(1);
        } finally {
            release.countDown();
            stuck.stop(0);
        }
    }
}
