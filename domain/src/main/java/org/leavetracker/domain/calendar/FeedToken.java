package org.leavetracker.domain.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The secret part of a calendar feed address: {@code <userId>.<secret>}. The user id says whose feed it is; the
 * secret (two random ids, about 200 bits) proves the address was issued to them. Only its SHA-256 hash is stored.
 */
public record FeedToken(String userId, String secret) {

    public String value() {
        return userId + "." + secret;
    }

    public String hash() {
        return sha256(secret);
    }

    /** Whether this token's secret is the one whose hash is stored (a constant-time comparison). */
    public boolean matches(String storedHash) {
        return storedHash != null && MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.US_ASCII),
                hash().getBytes(StandardCharsets.US_ASCII));
    }

    /** A token from an address; empty for anything that cannot be one (which the caller answers with 404). */
    public static Optional<FeedToken> parse(String token) {
        if (token == null || token.length() > 200 || !token.matches("[a-z0-9]+\\.[a-z0-9]+")) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        return Optional.of(new FeedToken(token.substring(0, dot), token.substring(dot + 1)));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
