package org.leavetracker.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.leavetracker.adapters.system.HmacSha256;

/**
 * Local sign-in: JWTs (HS256) carrying the claims a Cognito user pool's ID token has, signed with a key generated
 * into the data directory (so tokens survive a restart). Only the local runtime has this.
 */
public final class DevTokens {

    private static final Duration LIFETIME = Duration.ofHours(12);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER = B64.encodeToString(
            "{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    private final byte[] key;
    private final String issuer;
    private final ObjectMapper mapper = new ObjectMapper();

    public DevTokens(Path dataDir, String issuer) {
        this.key = KeyFile.loadOrCreate(dataDir.resolve("dev-token.key"));
        this.issuer = issuer;
    }

    /** A token for an e-mail address; the same address always gets the same {@code sub}. */
    public String issue(String email, String name) {
        String normalised = email.strip().toLowerCase(Locale.ROOT);
        String sub = UUID.nameUUIDFromBytes(("leave-tracker-local:" + normalised).getBytes(StandardCharsets.UTF_8))
                .toString();
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", sub);
        claims.put("email", normalised);
        claims.put("email_verified", true);
        claims.put("name", name == null || name.isBlank() ? normalised.substring(0, normalised.indexOf('@')) : name);
        claims.put("cognito:username", sub);
        claims.put("token_use", "id");
        claims.put("iss", issuer);
        claims.put("aud", "leave-tracker-local");
        claims.put("iat", now.getEpochSecond());
        claims.put("auth_time", now.getEpochSecond());
        claims.put("exp", now.plus(LIFETIME).getEpochSecond());
        try {
            String payload = B64.encodeToString(mapper.writeValueAsBytes(claims));
            return HEADER + "." + payload + "." + B64.encodeToString(sign(HEADER + "." + payload));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The claims of a valid, unexpired token (with or without "Bearer "), else empty. */
    public Optional<Map<String, Object>> verify(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String token = authorization.strip();
        if (token.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = token.substring(7).strip();
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3 || !HEADER.equals(parts[0])) { // only our HS256 header: never "alg": "none"
            return Optional.empty();
        }
        try {
            byte[] expected = sign(parts[0] + "." + parts[1]);
            if (!MessageDigest.isEqual(expected, Base64.getUrlDecoder().decode(parts[2]))) {
                return Optional.empty();
            }
            Map<String, Object> claims = mapper.readValue(Base64.getUrlDecoder().decode(parts[1]),
                    new TypeReference<LinkedHashMap<String, Object>>() {
                    });
            Object exp = claims.get("exp");
            if (!(exp instanceof Number n) || n.longValue() < Instant.now().getEpochSecond()) {
                return Optional.empty();
            }
            if (!issuer.equals(claims.get("iss")) || !"id".equals(claims.get("token_use"))) {
                return Optional.empty();
            }
            return Optional.of(claims);
        } catch (IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(String content) {
        return HmacSha256.of(key, content);
    }
}
