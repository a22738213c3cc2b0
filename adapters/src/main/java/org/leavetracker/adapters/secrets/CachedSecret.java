package org.leavetracker.adapters.secrets;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * A secret's value, read when first needed (so after a SnapStart restore, not into the snapshot) and read again once
 * older than its maximum age, so a rotated secret is in use within that age. Never in an environment variable,
 * where anyone allowed {@code lambda:GetFunctionConfiguration} could read it.
 */
public final class CachedSecret implements Supplier<String> {

    /** How long a value read is used: a rotation takes effect within this. */
    public static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final Supplier<String> read;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private String value;
    private long readAt;

    CachedSecret(Supplier<String> read, Duration maxAge, LongSupplier nanoTime) {
        this.read = read;
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The secret's string in Secrets Manager (by ARN or name), in the function's region. */
    public static CachedSecret inSecretsManager(String secretId) {
        SecretsManagerClient client = SecretsManagerClient.builder().httpClient(UrlConnectionHttpClient.create())
                .build();
        return new CachedSecret(() -> client.getSecretValue(r -> r.secretId(secretId)).secretString(), MAX_AGE,
                System::nanoTime);
    }

    @Override
    public synchronized String get() {
        long now = nanoTime.getAsLong();
        if (value == null || now - readAt >= maxAgeNanos) {
            value = read.get();
            readAt = now;
        }
        return value;
    }
}
