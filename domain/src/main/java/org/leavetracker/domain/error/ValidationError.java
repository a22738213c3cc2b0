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

    /**
     * A refusal of one argument by a rule every client can say in its reader's language (SPEC §3.11):
     * {@code extensions.rule} names it ({@code required}, {@code tooLong}, {@code halfDays}, {@code dateWindow}), and
     * the figures it names come with it.
     */
    public static ValidationError broke(String field, String rule, String message, java.util.Map<String, ?> figures) {
        java.util.Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("field", field);
        details.put("rule", rule);
        details.putAll(figures);
        return new ValidationError(message, details);
    }

    /** {@code field} is required ({@code rule: required}). */
    public static ValidationError required(String field) {
        return broke(field, "required", field + " is required", java.util.Map.of());
    }

    @Override
    public String errorType() {
        return "VALIDATION_ERROR";
    }
}
