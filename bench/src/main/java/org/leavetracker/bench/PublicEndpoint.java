package org.leavetracker.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.leavetracker.local.LocalOptions;
import org.leavetracker.local.LocalRuntime;

/** The local runtime as any client sees it: a dev token, then GraphQL over HTTP. For the benchmarks' drivers. */
final class PublicEndpoint {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private PublicEndpoint() {
    }

    /** The local runtime on a free port, its data in a fresh directory, "today" pinned to Monday 15 June 2026. */
    static LocalRuntime startRuntime(String name) throws Exception {
        return LocalRuntime.start(new LocalOptions(0, Files.createTempDirectory(name), LocalDate.of(2026, 6, 15)));
    }

    /** A Berlin location (German public holidays, Monday to Friday) in the admin's organization: its id. */
    static String berlin(String base, String admin) {
        return call(base, admin, "mutation { createLocation(name: \"Berlin\", timeZone: \"Europe/Berlin\", "
                + "holidayCalendar: \"DE\", workingDays: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY]) { id } }",
                Map.of()).path("data").path("createLocation").path("id").asText();
    }

    static String token(String base, String email) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/dev/token"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).path("token").asText();
    }

    /** A location where every day is a working day and none a holiday, and a sick leave type needing no approval. */
    record Site(String locationId, String sickTypeId) {
    }

    /** Sets up {@link Site} in the admin's organization: any date is a day of leave, no request waits for anyone. */
    static Site everydaySite(String base, String admin) {
        String location = call(base, admin, "mutation { createLocation(name: \"Site\", timeZone: \"UTC\", "
                + "holidayCalendar: \"NONE\", workingDays: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY,"
                + " SUNDAY]) { id } }", Map.of()).path("data").path("createLocation").path("id").asText();
        String sick = call(base, admin, "mutation { createLeaveType(name: \"Sick\", deductsFromAllowance: false, "
                + "requiresApproval: false, allowHalfDays: false) { id } }", Map.of())
                .path("data").path("createLeaveType").path("id").asText();
        return new Site(location, sick);
    }

    /** The answer of one operation; a GraphQL error fails the benchmark. */
    static JsonNode call(String base, String token, String query, Map<String, Object> variables) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
                    .header("Authorization", token).header("content-type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query,
                            "variables", variables)))).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = JSON.readTree(response.body());
            if (body.has("errors")) {
                throw new IllegalStateException(body.toString());
            }
            return body;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A graphql-transport-ws subscriber to {@code onLeaveRequestChanged { id startDate status days }} of an organization;
     * each change reaches {@code onChange} with the moment its message arrived (System.nanoTime).
     */
    static WebSocket subscribeToRequests(int port, String token, String orgId,
                                         BiConsumer<JsonNode, Long> onChange) throws Exception {
        WebSocket socket = HTTP.newWebSocketBuilder().subprotocols("graphql-transport-ws").buildAsync(
                URI.create("ws://localhost:" + port + "/graphql"), new WebSocket.Listener() {
                    final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        long now = System.nanoTime();
                        text.append(data);
                        if (last) {
                            try {
                                JsonNode change = JSON.readTree(text.toString()).path("payload").path("data")
                                        .path("onLeaveRequestChanged");
                                if (!change.isMissingNode()) {
                                    onChange.accept(change, now);
                                }
                            } catch (Exception notJson) {
                                // not a data message
                            }
                            text.setLength(0);
                        }
                        ws.request(1);
                        return CompletableFuture.completedFuture(null);
                    }
                }).get(10, TimeUnit.SECONDS);
        socket.sendText(JSON.writeValueAsString(Map.of("type", "connection_init", "payload",
                Map.of("authorization", token))), true).get();
        Thread.sleep(300);
        socket.sendText(JSON.writeValueAsString(Map.of("id", "1", "type", "subscribe", "payload", Map.of(
                "query", "subscription($o: ID!) { onLeaveRequestChanged(orgId: $o) { id startDate status days } }",
                "variables", Map.of("o", orgId)))), true).get();
        return socket;
    }

    /** The p-th percentile of sorted nanosecond figures, in milliseconds. */
    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
