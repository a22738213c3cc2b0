package org.leavetracker.domain.error;

/** The request counts zero days: only weekends, holidays or non-working days. */
public final class NoWorkingDays extends DomainError {

    public NoWorkingDays(String message) {
        super(message);
    }

    /** @param details field, startDate, endDate */
    public NoWorkingDays(String message, java.util.Map<String, ?> details) {
        super(message, details);
    }

    @Override
    public String errorType() {
        return "NO_WORKING_DAYS";
    }
}
