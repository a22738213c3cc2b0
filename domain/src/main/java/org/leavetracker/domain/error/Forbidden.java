package org.leavetracker.domain.error;

/** The caller is known but their role or assignment does not allow this. */
public final class Forbidden extends DomainError {

    public Forbidden(String message) {
        super(message);
    }

    @Override
    public String errorType() {
        return "FORBIDDEN";
    }
}
