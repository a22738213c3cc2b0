package org.leavetracker.domain.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.leavetracker.domain.port.DeliveryLog;
import org.leavetracker.domain.webhook.WebhookDelivery;

/** The delivery log in memory, held to the same contract as DynamoDB's. */
public final class InMemoryDeliveryLog implements DeliveryLog {

    private final List<WebhookDelivery> attempts = new ArrayList<>();

    @Override
    public synchronized void record(WebhookDelivery delivery) {
        attempts.add(delivery);
    }

    @Override
    public synchronized List<WebhookDelivery> deliveries(String webhookId, int limit) {
        return attempts.stream().filter(d -> d.webhookId().equals(webhookId))
                .sorted(Comparator.comparing(WebhookDelivery::at).reversed()).limit(limit).toList();
    }

    @Override
    public synchronized boolean delivered(String webhookId, String eventId) {
        return attempts.stream().anyMatch(d -> d.webhookId().equals(webhookId) && d.eventId().equals(eventId)
                && d.succeeded());
    }
}
