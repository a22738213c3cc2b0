package org.leavetracker.functions.api;

import java.util.Map;

/**
 * What AppSync sends the resolver Lambda for one field (through the envelope resolver): the field, its arguments,
 * the caller's identity claims and the request headers. An ID token's claims carry the e-mail and whether the pool
 * verified it ({@code email_verified}, a boolean or, through some paths, the string "true"); an access token's carry
 * neither, only {@code sub}.
 */
public record ResolverEvent(String parentTypeName, String fieldName, Arguments arguments, String subject,
                            String email, boolean emailVerified, String name, Map<String, String> headers) {

    /** An event whose e-mail counts as verified only where Cognito says so. */
    public static ResolverEvent from(Map<String, Object> event) {
        return from(event, FederatedEmailTrust.none());
    }

    @SuppressWarnings("unchecked")
    public static ResolverEvent from(Map<String, Object> event, FederatedEmailTrust trust) {
        Map<String, Object> info = map(event.get("info"));
        Map<String, Object> identity = map(event.get("identity"));
        Map<String, Object> claims = map(identity.get("claims"));
        Map<String, Object> request = map(event.get("request"));
        Map<String, String> headers = (Map<String, String>) (Map<String, ?>) map(request.get("headers"));
        return new ResolverEvent(text(info.get("parentTypeName")), text(info.get("fieldName")),
                new Arguments(map(event.get("arguments"))),
                text(identity.get("sub") != null ? identity.get("sub") : claims.get("sub")),
                text(claims.get("email")), trust.verified(claims),
                text(claims.get("name")), headers);
    }

    public String field() {
        return parentTypeName + "." + fieldName;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
