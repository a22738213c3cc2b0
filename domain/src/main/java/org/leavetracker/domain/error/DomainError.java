package org.leavetracker.domain.error;

/**
 * A refused command or query. Each subtype is one {@code errorType} of SPEC §4; the message is written for the
 * person who sent the command. A refusal is thrown before anything is appended, so it never writes an event.
 */
public abstract sealed class DomainError extends RuntimeException
        permits ValidationError, Unauthenticated, Forbidden, NotFound, Conflict, InsufficientBalance,
        OverlappingLeave, NoWorkingDays, InvalidStateTransition, BlackoutPeriodRefused, RateLimited {

    protected DomainError(String message) {
        // No stack trace: refusals are expected outcomes, and the trace must never reach a caller anyway.
        super(message, null, false, false);
    }

    /** The SPEC §4 code a client sees as {@code errors[0].errorType}. */
    public abstract String errorType();
}
