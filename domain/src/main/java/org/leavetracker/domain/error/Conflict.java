package org.leavetracker.domain.error;

/** The command lost a race too many times, or it clashes with existing state (a taken e-mail). */
public final class Conflict extends DomainError {

    public Conflict(String message) {
        super(message);
    }

    @Override
    public String errorType() {
        return "CONFLICT";
    }
}
