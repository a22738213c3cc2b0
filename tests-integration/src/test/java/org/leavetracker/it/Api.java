package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A GraphQL client speaking only HTTP to the target's public endpoints. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Target target;

    Api(Target target) {
        this.target = target;
    }

    /** A signed-in person (the local runtime's dev token endpoint issues Cognito-shaped tokens). */
    final class Person {
        final String email;
        final String token;

        Person(String email, String token) {
            this.email = email;
            this.token = token;
        }

        Map<String, Object> call(String query, Map<String, Object> variables) {
            return post(target.graphqlUrl(), Map.of("query", query, "variables", variables), token);
        }

        /** The data of a call that must succeed. */
        @SuppressWarnings("unchecked")
        <T> T ok(String query, Map<String, Object> variables) {
            Map<String, Object> response = call(query, variables);
            assertThat(response.get("errors")).as("errors of %s", query).isNull();
            Map<String, Object> data = (Map<String, Object>) response.get("data");
            return (T) data.values().iterator().next();
        }

        <T> T ok(String query) {
            return ok(query, Map.of());
        }

        /** The errorType of a call that must be refused. */
        @SuppressWarnings("unchecked")
        String refused(String query, Map<String, Object> variables) {
            Map<String, Object> response = call(query, variables);
            List<Map<String, Object>> errors = (List<Map<String, Object>>) response.get("errors");
            assertThat(errors).as("errors of %s", query).isNotEmpty();
            assertThat((String) errors.getFirst().get("message")).isNotBlank();
            assertThat(JSON.valueToTree(response).toString()).doesNotContain("Exception").doesNotContain("\tat ");
            return (String) errors.getFirst().get("errorType");
        }

        /**
         * The structured details of a call that must be refused (SPEC §3.11): AppSync's errorInfo, or the
         * extensions beside their errorType.
         */
        @SuppressWarnings("unchecked")
        Map<String, Object> refusalDetails(String query, Map<String, Object> variables) {
            List<Map<String, Object>> errors = (List<Map<String, Object>>) call(query, variables).get("errors");
            assertThat(errors).as("errors of %s", query).isNotEmpty();
            Map<String, Object> info = (Map<String, Object>) errors.getFirst().get("errorInfo");
            if (info != null) {
                return info;
            }
            Map<String, Object> extensions = new java.util.LinkedHashMap<>(
                    (Map<String, Object>) errors.getFirst().getOrDefault("extensions", Map.of()));
            extensions.remove("errorType");
            return extensions;
        }

        String id(String query, Map<String, Object> variables) {
            return (String) this.<Map<String, Object>>ok(query, variables).get("id");
        }
    }

    @SuppressWarnings("unchecked")
    Person signIn(String email) {
        Map<String, Object> answer = post(target.baseUrl + "/dev/token", Map.of("email", email,
                "name", email.substring(0, email.indexOf('@'))), null);
        return new Person(email, (String) answer.get("token"));
    }

    Map<String, Object> post(String url, Object body, String token) {
        try {
            return raw(url, JSON.writeValueAsString(body), token).body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A GET of a JSON resource (the local runtime's dev endpoints). */
    Map<String, Object> get(String url) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("GET %s", url).isEqualTo(200);
            return JSON.readValue(response.body(), new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Reply raw(String url, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, Object> parsed = JSON.readValue(response.body(), new TypeReference<LinkedHashMap<String, Object>>() {
            });
            return new Reply(response.statusCode(), parsed);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits for the read side to catch up (queries are eventually consistent): polls until the condition holds,
     * at most 15 seconds, then returns the last value for the test to assert on.
     */
    static <T> T eventually(Supplier<T> read, Predicate<T> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        T value = read.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            value = read.get();
        }
        return value;
    }

    /** An HTTP answer: its status and JSON body. */
    record Reply(int status, Map<String, Object> body) {
    }
}
