package org.leavetracker.domain.error;

/** The request touches a blackout period that refuses its leave type (errorType BLACKOUT_PERIOD, docs/RULES.md). */
public final class BlackoutPeriodRefused extends DomainError {

    public BlackoutPeriodRefused(String message) {
        super(message);
    }

    @Override
    public String errorType() {
        return "BLACKOUT_PERIOD";
    }
}
