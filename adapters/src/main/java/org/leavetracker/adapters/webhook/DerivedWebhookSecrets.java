package org.leavetracker.adapters.webhook;

import java.util.Base64;
import java.util.function.Supplier;

import org.leavetracker.adapters.system.HmacSha256;
import org.leavetracker.domain.port.WebhookSecrets;

/** secret(id) = "whsec_" + base64url(HMAC-SHA256(deployment key, id)): nothing secret is ever stored per endpoint. */
public final class DerivedWebhookSecrets implements WebhookSecrets {

    private final Supplier<byte[]> deploymentKey;

    public DerivedWebhookSecrets(byte[] deploymentKey) {
        this(() -> deploymentKey);
        requireLongEnough(deploymentKey);
    }

    /** The key as it is now: a rotated key is read again by the supplier. */
    public DerivedWebhookSecrets(Supplier<byte[]> deploymentKey) {
        this.deploymentKey = deploymentKey;
    }

    @Override
    public String secretFor(String webhookId) {
        byte[] key = deploymentKey.get();
        requireLongEnough(key);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(HmacSha256.of(key, webhookId));
    }

    private static void requireLongEnough(byte[] key) {
        if (key == null || key.length < 32) {
            throw new IllegalArgumentException("the webhook signing key needs at least 32 bytes");
        }
    }
}
