package org.leavetracker.adapters.webhook;

import java.util.Base64;

import org.leavetracker.adapters.system.HmacSha256;
import org.leavetracker.domain.port.WebhookSecrets;

/** secret(id) = "whsec_" + base64url(HMAC-SHA256(deployment key, id)): nothing secret is ever stored per endpoint. */
public final class DerivedWebhookSecrets implements WebhookSecrets {

    private final byte[] deploymentKey;

    public DerivedWebhookSecrets(byte[] deploymentKey) {
        if (deploymentKey == null || deploymentKey.length < 32) {
            throw new IllegalArgumentException("the webhook signing key needs at least 32 bytes");
        }
        this.deploymentKey = deploymentKey.clone();
    }

    @Override
    public String secretFor(String webhookId) {
        return "whsec_" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(HmacSha256.of(deploymentKey, webhookId));
    }
}
