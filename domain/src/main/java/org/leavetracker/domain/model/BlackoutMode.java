package org.leavetracker.domain.model;

/** What a blackout period does to a request touching it. */
public enum BlackoutMode {
    /** The request is refused (BLACKOUT_PERIOD). */
    REFUSE,
    /** The request is accepted as PENDING, and only an admin may decide it, even for a type without approval. */
    REQUIRE_ADMIN
}
