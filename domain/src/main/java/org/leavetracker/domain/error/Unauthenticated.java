package org.leavetracker.domain.error;

/** No valid identity came with the call, or the identity belongs to no user. */
public final class Unauthenticated extends DomainError {

    public Unauthenticated(String message) {
        super(message);
    }

    @Override
    public String errorType() {
        return "UNAUTHENTICATED";
    }
}
