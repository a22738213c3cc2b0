package org.leavetracker.adapters.webhook;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.leavetracker.adapters.system.HmacSha256;

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
        return HexFormat.of().formatHex(HmacSha256.of(secret.getBytes(StandardCharsets.UTF_8), text));
    }
}
