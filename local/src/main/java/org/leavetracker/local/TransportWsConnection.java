package org.leavetracker.local;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One {@code graphql-transport-ws} connection (the protocol of graphql-ws clients and GraphiQL): the token comes in
 * {@code connection_init}'s payload as {@code authorization} (or {@code Authorization}).
 */
public final class TransportWsConnection implements Session.Listener.AutoDemanding {

    static final String PROTOCOL = "graphql-transport-ws";

    private final Subscriptions subscriptions;
    private final ObjectMapper mapper = new ObjectMapper();
    private Session session;
    private String authorization;

    TransportWsConnection(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public void onWebSocketOpen(Session session) {
        this.session = session;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void onWebSocketText(String text) {
        var parsed = Subscriptions.parse(text);
        if (parsed.isEmpty()) {
            session.close(4400, "Invalid message", Callback.NOOP);
            return;
        }
        Map<String, Object> message = parsed.get();
        String type = String.valueOf(message.get("type"));
        String id = Subscriptions.id(message);
        Map<String, Object> payload = message.get("payload") instanceof Map<?, ?> p ? (Map<String, Object>) p
                : Map.of();
        switch (type) {
            case "connection_init" -> {
                Object token = payload.containsKey("authorization") ? payload.get("authorization")
                        : payload.get("Authorization");
                authorization = token == null ? null : token.toString();
                if (subscriptions.organizationOf(authorization).isEmpty()) {
                    session.close(4403, "Forbidden", Callback.NOOP);
                    return;
                }
                send(Map.of("type", "connection_ack"));
            }
            case "ping" -> send(Map.of("type", "pong"));
            case "subscribe" -> {
                if (authorization == null) {
                    session.close(4401, "Unauthorized", Callback.NOOP);
                    return;
                }
                try {
                    subscriptions.start(this, id, authorization, String.valueOf(payload.get("query")),
                            (Map<String, Object>) payload.get("variables"), (String) payload.get("operationName"),
                            data -> send(Map.of("type", "next", "id", id, "payload", Map.of("data", data))));
                } catch (GraphQlEngine.RequestError refused) {
                    send(Map.of("type", "error", "id", id, "payload", Subscriptions.error(refused)));
                }
            }
            case "complete" -> subscriptions.stop(this, id);
            default -> { // pong and anything else: nothing to do
            }
        }
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        subscriptions.stop(this, null);
    }

    private synchronized void send(Map<String, Object> message) {
        try {
            session.sendText(mapper.writeValueAsString(message), Callback.NOOP);
        } catch (Exception e) {
            subscriptions.stop(this, null);
        }
    }
}
