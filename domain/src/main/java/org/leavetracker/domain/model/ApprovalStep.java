package org.leavetracker.domain.model;

import java.time.Instant;

/**
 * Where a request stands at one level of its approval chain, as the API shows it.
 *
 * @param level 0 for the first level
 */
public record ApprovalStep(int level, ApprovalLevel.Kind kind, String groupId, Status status, String decidedBy,
                           String onBehalfOf, Instant decidedAt) {

    public enum Status {
        APPROVED,
        DENIED,
        /** The level the request waits at now. */
        PENDING,
        /** A later level, not reached yet. */
        WAITING,
        /** Never reached: the request was denied or cancelled before. */
        SKIPPED
    }
}
