package org.leavetracker.domain.error;

/** The dates overlap a PENDING or APPROVED request of the same person. */
public final class OverlappingLeave extends DomainError {

    public OverlappingLeave(String message) {
        super(message);
    }

    /** @param details field, and the overlapped request: requestId, status, startDate, endDate */
    public OverlappingLeave(String message, java.util.Map<String, ?> details) {
        super(message, details);
    }

    @Override
    public String errorType() {
        return "OVERLAPPING_LEAVE";
    }
}
