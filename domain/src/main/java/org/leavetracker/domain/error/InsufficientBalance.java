package org.leavetracker.domain.error;

/** The leave would take a year's available balance below what the policy allows. */
public final class InsufficientBalance extends DomainError {

    public InsufficientBalance(String message) {
        super(message);
    }

    @Override
    public String errorType() {
        return "INSUFFICIENT_BALANCE";
    }
}
