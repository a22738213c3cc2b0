package org.leavetracker.domain.calendar;

import java.util.Optional;

import org.leavetracker.domain.provisioning.SecretHash;

/**
 * The secret part of a calendar feed address: {@code <userId>.<secret>}. The user id says whose feed it is; the
 * secret (two random ids, about 200 bits) proves the address was issued to them. Only its SHA-256 hash is stored.
 */
public record FeedToken(String userId, String secret) {

    public String value() {
        return userId + "." + secret;
    }

    public String hash() {
        return SecretHash.of(secret);
    }

    /** Whether this token's secret is the one whose hash is stored (a constant-time comparison). */
    public boolean matches(String storedHash) {
        return SecretHash.matches(secret, storedHash);
    }

    /** A token from an address; empty for anything that cannot be one (which the caller answers with 404). */
    public static Optional<FeedToken> parse(String token) {
        if (token == null || token.length() > 200 || !token.matches("[a-z0-9]+\\.[a-z0-9]+")) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        return Optional.of(new FeedToken(token.substring(0, dot), token.substring(dot + 1)));
    }
}
