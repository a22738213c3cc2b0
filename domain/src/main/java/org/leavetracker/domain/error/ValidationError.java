package org.leavetracker.domain.error;

/** The input is malformed or breaks a rule of its own (dates, multiples of 0.5, lengths...). */
public final class ValidationError extends DomainError {

    public ValidationError(String message) {
        super(message);
    }

    private ValidationError(String message, java.util.Map<String, ?> details) {
        super(message, details);
    }

    /** A refusal of one argument: {@code extensions.field} names it, so a client shows the message beside it. */
    public static ValidationError at(String field, String message) {
        return new ValidationError(message, java.util.Map.of("field", field));
    }

    @Override
    public String errorType() {
        return "VALIDATION_ERROR";
    }
}
