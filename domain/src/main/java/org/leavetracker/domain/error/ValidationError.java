package org.leavetracker.domain.error;

/** The input is malformed or breaks a rule of its own (dates, multiples of 0.5, lengths...). */
public final class ValidationError extends DomainError {

    public ValidationError(String message) {
        super(message);
    }

    @Override
    public String errorType() {
        return "VALIDATION_ERROR";
    }
}
