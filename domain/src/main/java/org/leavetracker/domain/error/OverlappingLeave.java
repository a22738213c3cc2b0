package org.leavetracker.domain.error;

/** The dates overlap a PENDING or APPROVED request of the same person. */
public final class OverlappingLeave extends DomainError {

    public OverlappingLeave(String message) {
        super(message);
    }

    @Override
    public String errorType() {
        return "OVERLAPPING_LEAVE";
    }
}
