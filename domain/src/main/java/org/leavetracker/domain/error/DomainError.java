package org.leavetracker.domain.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refused command or query. Each subtype is one {@code errorType} of SPEC §4; the message is written for the
 * person who sent the command. A refusal is thrown before anything is appended, so it never writes an event.
 */
public abstract sealed class DomainError extends RuntimeException
        permits ValidationError, Unauthenticated, Forbidden, NotFound, Conflict, InsufficientBalance,
        OverlappingLeave, NoWorkingDays, InvalidStateTransition, BlackoutPeriodRefused, RateLimited,
        PolicyViolation {

    private final Map<String, Object> details;

    protected DomainError(String message) {
        this(message, Map.of());
    }

    /**
     * @param details what a client needs to say the refusal in its own words and language (SPEC §3.11): the field at
     *                fault ({@code field}) and the figures and dates the message names; null values are left out
     */
    protected DomainError(String message, Map<String, ?> details) {
        // No stack trace: refusals are expected outcomes, and the trace must never reach a caller anyway.
        super(message, null, false, false);
        Map<String, Object> kept = new LinkedHashMap<>();
        details.forEach((key, value) -> {
            if (value != null) {
                kept.put(key, value);
            }
        });
        this.details = Collections.unmodifiableMap(kept);
    }

    /** The refusal's structured {@code extensions}: strings, numbers and booleans only, in a stable order. */
    public Map<String, Object> details() {
        return details;
    }

    /** The SPEC §4 code a client sees as {@code errors[0].errorType}. */
    public abstract String errorType();
}
