package org.leavetracker.domain.error;

/** The request's status does not allow this step (SPEC §3.4). */
public final class InvalidStateTransition extends DomainError {

    public InvalidStateTransition(String message) {
        super(message);
    }

    @Override
    public String errorType() {
        return "INVALID_STATE_TRANSITION";
    }
}
