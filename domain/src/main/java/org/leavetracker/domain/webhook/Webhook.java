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

    /** An event of a wanted type recorded since the endpoint was registered: nothing from before it existed. */
    public boolean wants(String eventType, Instant occurredAt) {
        return wants(eventType) && !occurredAt.isBefore(createdAt);
    }
}
