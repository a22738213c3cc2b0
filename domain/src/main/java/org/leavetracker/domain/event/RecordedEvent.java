package org.leavetracker.domain.event;

import java.time.Instant;

/**
 * An event as stored: the payload with its full context, so a consumer never needs a read to understand it.
 *
 * @param version the aggregate's version this event created (1 for the first event of an aggregate)
 * @param actorId the user whose command caused it (null for the system)
 * @param commandId the command that caused it (the events of one command share it)
 */
public record RecordedEvent(String orgId, String aggregateId, long version, Instant occurredAt, String actorId,
                            String commandId, DomainEvent payload) {

    public String type() {
        return payload.type();
    }
}
