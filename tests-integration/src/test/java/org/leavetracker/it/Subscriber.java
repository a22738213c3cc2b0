package org.leavetracker.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * A WebSocket subscriber speaking either graphql-transport-ws (as graphql-ws clients and GraphiQL do) or AppSync's
 * real-time protocol (as Amplify and aws-appsync-subscription-link do), with the JDK's own WebSocket client.
 */
final class Subscriber implements AutoCloseable {

    enum Protocol { GRAPHQL_TRANSPORT_WS, APPSYNC }

    final List<Map<String, Object>> messages = new CopyOnWriteArrayList<>();
    private final Protocol protocol;
    private final WebSocket socket;
    private final String token;
    private final StringBuilder partial = new StringBuilder();

    private Subscriber(Protocol protocol, WebSocket.Builder builder, URI uri, String token) throws Exception {
        this.protocol = protocol;
        this.token = token;
        this.socket = builder.buildAsync(uri, new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    try {
                        messages.add(Api.JSON.readValue(partial.toString(),
                                new TypeReference<LinkedHashMap<String, Object>>() {
                                }));
                    } catch (Exception e) {
                        messages.add(Map.of("type", "unparseable", "text", partial.toString()));
                    }
                    partial.setLength(0);
                }
                webSocket.request(1);
                return CompletableFuture.completedFuture(null);
            }
        }).get(10, TimeUnit.SECONDS);
    }

    static Subscriber graphqlWs(Target target, String token) throws Exception {
        Subscriber s = new Subscriber(Protocol.GRAPHQL_TRANSPORT_WS, HttpClient.newHttpClient().newWebSocketBuilder()
                .subprotocols("graphql-transport-ws"), URI.create(target.wsUrl()), token);
        s.send(Map.of("type", "connection_init", "payload", Map.of("authorization", token)));
        s.await("connection_ack");
        return s;
    }

    static Subscriber appSync(Target target, String token) throws Exception {
        String header = Base64.getEncoder().encodeToString(Api.JSON.writeValueAsBytes(Map.of(
                "Authorization", token, "host", URI.create(target.baseUrl).getAuthority())));
        URI uri = URI.create(target.realtimeUrl() + "?header=" + header + "&payload=e30=");
        Subscriber s = new Subscriber(Protocol.APPSYNC, HttpClient.newHttpClient().newWebSocketBuilder()
                .subprotocols("graphql-ws"), uri, token);
        s.send(Map.of("type", "connection_init"));
        s.await("connection_ack");
        return s;
    }

    /** Starts a subscription under an id of the caller's choosing. */
    void subscribe(String id, String query, Map<String, Object> variables) throws Exception {
        if (protocol == Protocol.GRAPHQL_TRANSPORT_WS) {
            send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", query, "variables", variables)));
        } else {
            send(Map.of("id", id, "type", "start", "payload", Map.of(
                    "data", Api.JSON.writeValueAsString(Map.of("query", query, "variables", variables)),
                    "extensions", Map.of("authorization", Map.of("Authorization", token, "host", "localhost")))));
        }
    }

    /** The data messages received for one subscription id. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> data(String id) {
        List<Map<String, Object>> data = new ArrayList<>();
        String type = protocol == Protocol.GRAPHQL_TRANSPORT_WS ? "next" : "data";
        for (Map<String, Object> m : messages) {
            if (type.equals(m.get("type")) && id.equals(m.get("id"))) {
                data.add((Map<String, Object>) ((Map<String, Object>) m.get("payload")).get("data"));
            }
        }
        return data;
    }

    Map<String, Object> await(String type) {
        return Api.eventually(() -> messages.stream().filter(m -> type.equals(m.get("type"))).findFirst().orElse(null),
                m -> m != null);
    }

    private void send(Map<String, Object> message) throws Exception {
        socket.sendText(new String(Api.JSON.writeValueAsBytes(message), StandardCharsets.UTF_8), true)
                .get(5, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(2, TimeUnit.SECONDS);
        socket.abort();
    }

}
