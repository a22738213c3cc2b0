package org.leavetracker.domain.webhook;

import java.time.Instant;

/**
 * One attempt to deliver one event to one endpoint.
 *
 * @param statusCode the endpoint's HTTP status, or 0 when it could not be reached
 */
public record WebhookDelivery(String webhookId, String eventId, String eventType, int attempt, int statusCode,
                              String error, Instant at) {

    public boolean succeeded() {
        return statusCode >= 200 && statusCode < 300;
    }
}
