package org.leavetracker.domain.error;

/** The named thing does not exist in the caller's organization (other organizations are invisible). */
public final class NotFound extends DomainError {

    public NotFound(String message) {
        super(message);
    }

    /** @param details field at fault */
    public NotFound(String message, java.util.Map<String, ?> details) {
        super(message, details);
    }

    @Override
    public String errorType() {
        return "NOT_FOUND";
    }
}
