package org.leavetracker.domain.error;

/** The leave would take a year's available balance below what the policy allows. */
public final class InsufficientBalance extends DomainError {

    public InsufficientBalance(String message) {
        super(message);
    }

    /** @param details field, leaveTypeId, year, needed, available, asOf, overdraft, unit */
    public InsufficientBalance(String message, java.util.Map<String, ?> details) {
        super(message, details);
    }

    @Override
    public String errorType() {
        return "INSUFFICIENT_BALANCE";
    }
}
