package org.leavetracker.domain.port;

import java.util.List;

import org.leavetracker.domain.webhook.WebhookDelivery;

/** The record of webhook delivery attempts, newest first when read. */
public interface DeliveryLog {

    void record(WebhookDelivery delivery);

    List<WebhookDelivery> deliveries(String webhookId, int limit);

    /** Whether this event already reached this endpoint (a redelivered event is not sent twice). */
    boolean delivered(String webhookId, String eventId);
}
