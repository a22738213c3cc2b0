package org.leavetracker.domain.port;

/**
 * Each endpoint's signing secret, derived from a key the deployment keeps outside the event log (so the log never
 * holds a secret): the same id always gives the same secret.
 */
public interface WebhookSecrets {

    String secretFor(String webhookId);
}
