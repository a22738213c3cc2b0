package org.leavetracker.local;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.leavetracker.domain.model.Email;
import org.leavetracker.domain.write.employee.Identity;
import org.leavetracker.functions.api.ApiHandler;
import org.leavetracker.functions.support.Application;

/** What both WebSocket protocols share: who the token belongs to, and starting a checked subscription. */
final class Subscriptions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DevTokens tokens;
    private final GraphQlEngine engine;
    private final SubscriptionHub hub;
    private final Application app;

    private final ApiHandler api;

    Subscriptions(DevTokens tokens, GraphQlEngine engine, SubscriptionHub hub, Application app, ApiHandler api) {
        this.tokens = tokens;
        this.engine = engine;
        this.hub = hub;
        this.app = app;
        this.api = api;
    }

    /** The organization of a token's user; empty for an invalid token, "" for a user of no organization. */
    Optional<String> organizationOf(String authorization) {
        return tokens.verify(authorization).map(this::organizationOf);
    }

    private String organizationOf(Map<String, Object> claims) {
        Identity identity = new Identity(String.valueOf(claims.get("sub")), Email.of(String.valueOf(claims.get("email"))),
                "true".equals(String.valueOf(claims.get("email_verified"))), null);
        return app.callers.resolve(identity, null).map(caller -> app.repository.actor(caller).orgId()).orElse("");
    }

    /**
     * Starts a subscription for the holder of a token, if the document is one valid subscription and the resolver
     * handler — asked exactly as AppSync asks it, through the subscription field — allows it.
     */
    void start(Object connection, String id, String authorization, String query, Map<String, Object> variables,
               String operationName, Consumer<Map<String, Object>> sink) {
        Map<String, Object> claims = tokens.verify(authorization).orElseThrow(
                () -> new GraphQlEngine.RequestError("UNAUTHENTICATED", "a valid token is required"));
        String orgId = organizationOf(claims);
        GraphQlEngine.SubscriptionRequest request = engine.subscription(query, variables, operationName);
        if (orgId.isEmpty()) {
            throw new GraphQlEngine.RequestError("UNAUTHENTICATED", "your identity belongs to no organization");
        }
        Map<String, Object> event = new HashMap<>();
        event.put("info", Map.of("parentTypeName", "Subscription", "fieldName", request.field()));
        event.put("arguments", request.arguments());
        event.put("identity", Map.of("sub", String.valueOf(claims.get("sub")), "claims", claims));
        event.put("request", Map.of("headers", Map.of()));
        Map<String, Object> answer = api.handleRequest(event, null);
        if (answer.get("error") instanceof Map<?, ?> error) {
            throw new GraphQlEngine.RequestError(String.valueOf(error.get("type")), String.valueOf(error.get("message")));
        }
        hub.add(new SubscriptionHub.Subscriber(connection, id, request, orgId, sink));
    }

    void stop(Object connection, String id) {
        hub.remove(connection, id);
    }

    /** A protocol message (a JSON object), or empty when the text is not one. */
    static Optional<Map<String, Object>> parse(String text) {
        try {
            return Optional.of(JSON.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() {
            }));
        } catch (Exception notJson) {
            return Optional.empty();
        }
    }

    static String id(Map<String, Object> message) {
        return message.get("id") == null ? null : message.get("id").toString();
    }

    static List<Map<String, Object>> error(GraphQlEngine.RequestError error) {
        return List.of(Map.of("message", error.getMessage(), "errorType", error.errorType));
    }
}
