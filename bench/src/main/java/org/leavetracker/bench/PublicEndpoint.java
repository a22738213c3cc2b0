package org.leavetracker.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The local runtime as any client sees it: a dev token, then GraphQL over HTTP. For the benchmarks' drivers. */
final class PublicEndpoint {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private PublicEndpoint() {
    }

    static String token(String base, String email) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/dev/token"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).path("token").asText();
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

    /** The p-th percentile of sorted nanosecond figures, in milliseconds. */
    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
