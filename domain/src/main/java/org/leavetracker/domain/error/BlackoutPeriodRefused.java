package org.leavetracker.domain.error;

/** The request touches a blackout period that refuses its leave type (errorType BLACKOUT_PERIOD, docs/RULES.md). */
public final class BlackoutPeriodRefused extends DomainError {

    public BlackoutPeriodRefused(String message) {
        super(message);
    }

    /** @param details field, leaveTypeId, from, to */
    public BlackoutPeriodRefused(String message, java.util.Map<String, ?> details) {
        super(message, details);
    }

    @Override
    public String errorType() {
        return "BLACKOUT_PERIOD";
    }
}
