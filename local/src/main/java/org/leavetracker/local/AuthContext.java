package org.leavetracker.local;

import java.util.Map;

/**
 * Who calls the local GraphQL endpoint: a signed-in user (the verified dev token's claims, as AppSync passes Cognito
 * claims) or the runtime itself with IAM rights (the publisher of subscription messages).
 */
record AuthContext(Map<String, Object> claims, boolean iam, Map<String, String> headers) {

    static AuthContext user(Map<String, Object> claims, Map<String, String> headers) {
        return new AuthContext(claims, false, headers);
    }

    static AuthContext iamPrincipal() {
        return new AuthContext(Map.of(), true, Map.of());
    }

    String email() {
        Object email = claims.get("email");
        return email == null ? null : email.toString();
    }
}
