package org.leavetracker.local;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One connection speaking AppSync's real-time protocol (subprotocol {@code graphql-ws}), so AWS's own clients work
 * unchanged: the token comes in the {@code header} query parameter (base64 JSON with {@code Authorization}) and in
 * each {@code start} message's {@code extensions.authorization}.
 */
public final class AppSyncRealtimeConnection implements Session.Listener.AutoDemanding {

    static final String PROTOCOL = "graphql-ws";
    static final long CONNECTION_TIMEOUT_MS = 300_000;

    private final Subscriptions subscriptions;
    private final String connectionAuthorization;
    private final ObjectMapper mapper = new ObjectMapper();
    private Session session;

    AppSyncRealtimeConnection(Subscriptions subscriptions, String headerParameter) {
        this.subscriptions = subscriptions;
        this.connectionAuthorization = authorizationFromHeader(headerParameter);
    }

    @Override
    public void onWebSocketOpen(Session session) {
        this.session = session;
        if (subscriptions.organizationOf(connectionAuthorization).isEmpty()) {
            send(Map.of("type", "connection_error", "payload", Map.of("errors", List.of(Map.of(
                    "errorType", "UnauthorizedException", "message", "a valid token is required")))));
            session.close(1000, "Unauthorized", Callback.NOOP);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void onWebSocketText(String text) {
        var parsed = Subscriptions.parse(text);
        if (parsed.isEmpty()) {
            send(Map.of("type", "error", "payload", Map.of("errors", List.of(Map.of(
                    "errorType", "VALIDATION_ERROR", "message", "not a JSON message")))));
            return;
        }
        Map<String, Object> message = parsed.get();
        String id = Subscriptions.id(message);
        switch (String.valueOf(message.get("type"))) {
            case "connection_init" -> {
                send(Map.of("type", "connection_ack", "payload", Map.of("connectionTimeoutMs", CONNECTION_TIMEOUT_MS)));
                send(Map.of("type", "ka"));
            }
            case "start" -> start(id, message.get("payload") instanceof Map<?, ?> p ? (Map<String, Object>) p
                    : Map.of());
            case "stop" -> {
                subscriptions.stop(this, id);
                send(Map.of("type", "complete", "id", id));
            }
            default -> { // keep-alives from clients and unknown types are ignored, as AppSync does
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void start(String id, Map<String, Object> payload) {
        try {
            Map<String, Object> authorization = payload.get("extensions") instanceof Map<?, ?> ext
                    && ((Map<String, Object>) ext).get("authorization") instanceof Map<?, ?> auth
                    ? (Map<String, Object>) auth : Map.of();
            Object token = authorization.getOrDefault("Authorization", connectionAuthorization);
            Map<String, Object> request = mapper.readValue(String.valueOf(payload.get("data")),
                    new TypeReference<LinkedHashMap<String, Object>>() {
                    });
            subscriptions.start(this, id, token == null ? null : token.toString(), String.valueOf(request.get("query")),
                    (Map<String, Object>) request.get("variables"), (String) request.get("operationName"),
                    data -> send(Map.of("type", "data", "id", id, "payload", Map.of("data", data))));
            send(Map.of("type", "start_ack", "id", id));
        } catch (GraphQlEngine.RequestError refused) {
            send(Map.of("type", "error", "id", id, "payload", Map.of("errors", Subscriptions.error(refused))));
        } catch (Exception malformed) {
            send(Map.of("type", "error", "id", id, "payload", Map.of("errors", List.of(Map.of(
                    "errorType", "VALIDATION_ERROR", "message", "start needs payload.data with a query")))));
        }
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        subscriptions.stop(this, null);
    }

    boolean isOpen() {
        return session == null || session.isOpen();
    }

    synchronized void send(Map<String, Object> message) {
        try {
            if (session != null && session.isOpen()) {
                session.sendText(mapper.writeValueAsString(message), Callback.NOOP);
            }
        } catch (Exception e) {
            subscriptions.stop(this, null);
        }
    }

    private String authorizationFromHeader(String headerParameter) {
        if (headerParameter == null) {
            return null;
        }
        try {
            Map<String, Object> header = mapper.readValue(new String(Base64.getDecoder().decode(headerParameter),
                    StandardCharsets.UTF_8), new TypeReference<LinkedHashMap<String, Object>>() {
                    });
            Object token = header.get("Authorization");
            return token == null ? null : token.toString();
        } catch (Exception e) {
            return null;
        }
    }
}
