package org.leavetracker.domain.error;

/** The request's status does not allow this step (SPEC §3.4). */
public final class InvalidStateTransition extends DomainError {

    public InvalidStateTransition(String message) {
        super(message);
    }

    /** @param details requestId, status, and startDate when the start date is what forbids it */
    public InvalidStateTransition(String message, java.util.Map<String, ?> details) {
        super(message, details);
    }

    @Override
    public String errorType() {
        return "INVALID_STATE_TRANSITION";
    }
}
