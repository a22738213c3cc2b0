package org.leavetracker.adapters.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.leavetracker.adapters.slack.FormBody;

/**
 * Slack's Web API as recorded for the calls the app makes (users.info, users.lookupByEmail, chat.postMessage,
 * chat.update, views.open): an in-process HTTP server answering with Slack's response shapes, keeping every call it got so a
 * test can assert what the app asked Slack to do.
 */
public final class RecordedSlackApi implements AutoCloseable {

    /** One call: the Web API method, its form parameters and the bot token it was made with. */
    public record Call(String method, Map<String, String> params, String authorization) {
    }

    private final HttpServer server;
    private final Map<String, String> emailsBySlackId = new ConcurrentHashMap<>();
    private final List<Call> calls = new ArrayList<>();

    public RecordedSlackApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/", this::answer);
        server.start();
    }

    /** A member of the workspace. */
    public RecordedSlackApi member(String slackUserId, String email) {
        emailsBySlackId.put(slackUserId, email);
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        Map<String, String> params = FormBody.parse(new String(exchange.getRequestBody().readAllBytes(),
                StandardCharsets.UTF_8));
        synchronized (this) {
            calls.add(new Call(method, params, exchange.getRequestHeaders().getFirst("Authorization")));
        }
        String body = switch (method) {
            case "users.info" -> Optional.ofNullable(emailsBySlackId.get(params.get("user")))
                    .map(email -> "{\"ok\":true,\"user\":{\"id\":\"" + params.get("user")
                            + "\",\"profile\":{\"email\":\"" + email + "\"}}}")
                    .orElse("{\"ok\":false,\"error\":\"user_not_found\"}");
            case "users.lookupByEmail" -> emailsBySlackId.entrySet().stream()
                    .filter(e -> e.getValue().equalsIgnoreCase(params.get("email"))).findFirst()
                    .map(e -> "{\"ok\":true,\"user\":{\"id\":\"" + e.getKey() + "\"}}")
                    .orElse("{\"ok\":false,\"error\":\"users_not_found\"}");
            case "chat.postMessage" -> "{\"ok\":true,\"channel\":\"D" + params.get("channel") + "\",\"ts\":\""
                    + System.nanoTime() + ".000100\"}";
            case "chat.update" -> "{\"ok\":true,\"channel\":\"" + params.get("channel") + "\",\"ts\":\""
                    + params.get("ts") + "\"}";
            case "views.open" -> "{\"ok\":true,\"view\":{\"id\":\"V" + System.nanoTime() + "\",\"type\":\"modal\"}}";
            default -> "{\"ok\":false,\"error\":\"unknown_method\"}";
        };
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
