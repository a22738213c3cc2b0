package org.leavetracker.functions.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.leavetracker.domain.error.ValidationError;

/**
 * SPEC §4 "Paging": {@code nextToken} is opaque, tamper-proof and bound to the caller's organization and to the list
 * it came from. It carries the read model's position, signed with HMAC-SHA256 under a key derived from the
 * deployment's secret; a forged, altered or foreign token is VALIDATION_ERROR, never another organization's page.
 */
final class PageTokens {

    private static final String PURPOSE = "leave-tracker page token v1\n";
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final Supplier<byte[]> key;
    private final ObjectMapper json;

    PageTokens(Supplier<byte[]> key, ObjectMapper json) {
        this.key = key;
        this.json = json;
    }

    /** The token for the page after {@code after} (null: there is none). */
    String issue(String orgId, String list, String after) {
        if (after == null) {
            return null;
        }
        try {
            byte[] payload = json.writeValueAsBytes(Map.of("o", orgId, "l", list, "a", after));
            return ENCODE.encodeToString(payload) + "." + ENCODE.encodeToString(mac(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The position a token carries, if it is one this list gave this organization (null token: the first page). */
    String open(String orgId, String list, String token) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        int dot = token.indexOf('.');
        try {
            byte[] payload = DECODE.decode(token.substring(0, Math.max(dot, 0)));
            byte[] signature = DECODE.decode(token.substring(dot + 1));
            if (dot > 0 && MessageDigest.isEqual(signature, mac(payload))) {
                Map<?, ?> fields = json.readValue(payload, Map.class);
                if (orgId.equals(fields.get("o")) && list.equals(fields.get("l")) && fields.get("a") instanceof String a) {
                    return a;
                }
            }
        } catch (IllegalArgumentException | java.io.IOException notOurs) {
            // falls through to the refusal below
        }
        throw ValidationError.at("nextToken", "nextToken is not one this list gave you: pass the nextToken of the previous page"
                + " of the same query unchanged, or none for the first page");
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.get(), "HmacSHA256"));
            mac.update(PURPOSE.getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
