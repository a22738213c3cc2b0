package org.leavetracker.adapters.webhook;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

import org.leavetracker.adapters.secrets.CachedSecret;
import org.leavetracker.domain.port.EndpointPolicy;
import org.leavetracker.domain.port.WebhookSecrets;

/**
 * The deployment's webhook signing key and whether loopback endpoints are allowed (locally only). In the cloud the
 * key is the Secrets Manager secret WEBHOOK_SIGNING_KEY_SECRET names, read at run time and again after
 * {@link CachedSecret#MAX_AGE}; locally (and in tests) a key file of the data directory or WEBHOOK_SIGNING_KEY.
 */
public record WebhookSettings(Supplier<byte[]> signingKey, boolean allowLoopback) {

    public WebhookSettings(byte[] signingKey, boolean allowLoopback) {
        this(() -> signingKey, allowLoopback);
    }

    public static Optional<WebhookSettings> fromEnvironment() {
        String secretId = System.getenv("WEBHOOK_SIGNING_KEY_SECRET");
        if (secretId != null && !secretId.isBlank()) {
            CachedSecret secret = CachedSecret.inSecretsManager(secretId);
            return Optional.of(new WebhookSettings(() -> secret.get().getBytes(StandardCharsets.UTF_8), false));
        }
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
