package org.leavetracker.domain.error;

/** The named thing does not exist in the caller's organization (other organizations are invisible). */
public final class NotFound extends DomainError {

    public NotFound(String message) {
        super(message);
    }

    @Override
    public String errorType() {
        return "NOT_FOUND";
    }
}
