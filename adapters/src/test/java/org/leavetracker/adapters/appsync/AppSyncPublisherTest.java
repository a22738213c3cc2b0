package org.leavetracker.adapters.appsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leavetracker.adapters.json.EventJson;
import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.read.model.SettingsArea;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/** The publisher against a recording HTTP stub in AppSync's place: signed requests, the schema's mutations. */
class AppSyncPublisherTest {

    private record Received(Map<String, List<String>> headers, JsonNode body) {
    }

    private final List<Received> received = new ArrayList<>();
    private final ObjectMapper mapper = EventJson.newMapper();
    private HttpServer server;
    private volatile String answer = "{\"data\":{}}";

    private AppSyncPublisher publisher() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/graphql", exchange -> {
            received.add(new Received(exchange.getRequestHeaders(), mapper.readTree(exchange.getRequestBody())));
            byte[] reply = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
        return new AppSyncPublisher(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/graphql"),
                "eu-central-1", StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")),
                UrlConnectionHttpClient.create(), mapper);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static LeaveRequestView request() {
        return new LeaveRequestView("u1.r1", "org1", "u1", "t1", LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 7),
                HalfDay.NONE, Days.of(5), LeaveStatus.APPROVED, "secret reason", Instant.parse("2026-06-15T10:00:00Z"),
                "u2");
    }

    @Test
    void a_change_is_sent_as_the_iam_publish_mutation_signed_with_sigv4_for_appsync() throws Exception {
        publisher().leaveRequestChanged(request());

        Received call = received.getFirst();
        String authorization = call.headers().get("Authorization").getFirst();
        assertThat(authorization).startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/")
                .contains("/eu-central-1/appsync/aws4_request").contains("SignedHeaders=").contains("Signature=");
        assertThat(call.headers()).containsKey("X-amz-date");
        assertThat(call.body().path("query").asText()).contains("publishLeaveRequestChanged(request: $request)");
        JsonNode variables = call.body().path("variables").path("request");
        assertThat(variables.path("orgId").asText()).isEqualTo("org1");
        assertThat(variables.path("days").asDouble()).isEqualTo(5.0);
        assertThat(variables.path("status").asText()).isEqualTo("APPROVED");
    }

    @Test
    void a_balance_is_published_with_its_organization_for_the_subscription_filter() throws Exception {
        publisher().balanceChanged(new Balance("org1", "u1", "t1", 2026, LocalDate.of(2026, 6, 15), Days.of(5),
                LocalDate.of(2026, 3, 31), Days.of(5), Days.of(25), Days.of(25), Days.ZERO, Days.ZERO, Days.of(2),
                Days.ZERO, Days.of(23), Days.of(23)));

        JsonNode balance = received.getFirst().body().path("variables").path("balance");
        assertThat(balance.path("orgId").asText()).isEqualTo("org1");
        assertThat(balance.path("remaining").asDouble()).isEqualTo(23.0);
        assertThat(received.getFirst().body().path("query").asText()).contains("publishBalanceChanged");
    }

    @Test
    void a_settings_change_is_published_as_its_organization_and_area_only() throws Exception {
        publisher().settingsChanged("org1", SettingsArea.POLICIES);

        JsonNode change = received.getFirst().body().path("variables").path("change");
        assertThat(change.path("orgId").asText()).isEqualTo("org1");
        assertThat(change.path("area").asText()).isEqualTo("POLICIES");
        assertThat(change.size()).isEqualTo(2);
        assertThat(received.getFirst().body().path("query").asText()).contains("publishSettingsChanged");
    }

    @Test
    void a_graphql_error_from_appsync_fails_the_publish_so_the_event_is_retried() throws Exception {
        AppSyncPublisher publisher = publisher();
        answer = "{\"data\":null,\"errors\":[{\"errorType\":\"UnauthorizedException\",\"message\":\"no\"}]}";

        assertThatThrownBy(() -> publisher.leaveRequestChanged(request()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("UnauthorizedException");
    }
}
