package org.leavetracker.domain.error;

/**
 * The request breaks a rule of its leave type (SPEC §3.9): too little notice, inside the waiting period, or too
 * many consecutive days. The message names the rule; {@code details} carry it ({@code rule}), its limit and the
 * figures, and the field at fault.
 */
public final class PolicyViolation extends DomainError {

    public PolicyViolation(String message, java.util.Map<String, ?> details) {
        super(message, details);
    }

    @Override
    public String errorType() {
        return "POLICY_VIOLATION";
    }
}
