package org.leavetracker.domain.event;

import java.time.Instant;

/** The context every event of one command shares. */
public record EventMetadata(String orgId, String actorId, String commandId, Instant occurredAt) {
}
