package org.leavetracker.functions.webhook;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.leavetracker.adapters.webhook.DerivedWebhookSecrets;
import org.leavetracker.adapters.webhook.PublicEndpointPolicy;
import org.leavetracker.domain.port.EndpointPolicy;
import org.leavetracker.domain.port.WebhookSecrets;

/**
 * The deployment's webhook signing key (WEBHOOK_SIGNING_KEY, from a generated Secrets Manager secret in the
 * stack; a key file of the data directory locally) and whether loopback endpoints are allowed (locally only).
 */
public record WebhookSettings(byte[] signingKey, boolean allowLoopback) {

    public static Optional<WebhookSettings> fromEnvironment() {
        String key = System.getenv("WEBHOOK_SIGNING_KEY");
        return key == null || key.isBlank() ? Optional.empty()
                : Optional.of(new WebhookSettings(key.getBytes(StandardCharsets.UTF_8), false));
    }

    public EndpointPolicy policy() {
        return new PublicEndpointPolicy(allowLoopback);
    }

    public WebhookSecrets secrets() {
        return new DerivedWebhookSecrets(signingKey);
    }
}
