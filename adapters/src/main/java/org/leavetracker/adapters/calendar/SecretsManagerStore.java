package org.leavetracker.adapters.calendar;

import java.util.Optional;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/**
 * Secrets Manager, one secret per organization under a prefix the stack's policies name: never in the template,
 * an environment variable or an event.
 */
public final class SecretsManagerStore implements SecretStore {

    private final SecretsManagerClient client;
    private final String prefix;

    public SecretsManagerStore(String prefix) {
        this.client = SecretsManagerClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
        this.prefix = prefix;
    }

    @Override
    public void put(String name, String value) {
        try {
            client.putSecretValue(r -> r.secretId(prefix + name).secretString(value));
        } catch (ResourceNotFoundException first) {
            client.createSecret(r -> r.name(prefix + name).secretString(value)
                    .description("Leave Tracker: calendar provider credentials of one organization"));
        }
    }

    @Override
    public Optional<String> get(String name) {
        try {
            return Optional.of(client.getSecretValue(r -> r.secretId(prefix + name)).secretString());
        } catch (ResourceNotFoundException e) {
            return Optional.empty();
        }
    }

    /** At once, without the recovery window: a disconnected provider's key must stop working now. */
    @Override
    public void delete(String name) {
        try {
            client.deleteSecret(r -> r.secretId(prefix + name).forceDeleteWithoutRecovery(true));
        } catch (ResourceNotFoundException e) {
            // already gone
        }
    }
}
