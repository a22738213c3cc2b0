package org.leavetracker.domain.webhook;

import java.time.Instant;
import java.util.List;

/** An admin-registered endpoint that receives the organization's events of some types, signed. */
public record Webhook(String id, String url, List<String> eventTypes, Instant createdAt) {

    public Webhook {
        eventTypes = List.copyOf(eventTypes);
    }

    public boolean wants(String eventType) {
        return eventTypes.contains(eventType);
    }
}
