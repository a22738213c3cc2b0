package org.leavetracker.adapters.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature a receiver checks: header {@code X-LeaveTracker-Signature: t=<unix seconds>,v1=<hex>} where v1 is
 * HMAC-SHA256 with the endpoint's secret over {@code <t>.<body>} — the timestamp is signed so a receiver can refuse
 * replays, the body so it can refuse forgeries.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-LeaveTracker-Signature";

    private WebhookSignature() {
    }

    public static String header(String secret, long epochSeconds, String body) {
        return "t=" + epochSeconds + ",v1=" + hmacHex(secret, epochSeconds + "." + body);
    }

    static String hmacHex(String secret, String text) {
        return HexFormat.of().formatHex(hmac(secret.getBytes(StandardCharsets.UTF_8), text));
    }

    static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
