package org.leavetracker.domain.model;

import java.time.Instant;

/**
 * One leave request of one employee, with its place in the workflow.
 *
 * @param decidedBy the approver or admin who approved or denied it (null while pending, or when no approval was needed)
 */
public record LeaveRequest(String id, String userId, String leaveTypeId, DateRange dates, HalfDay halfDay,
                           String reason, LeaveStatus status, Instant createdAt, String decidedBy,
                           String clientRequestId) {

    public LeaveRequest withStatus(LeaveStatus newStatus, String decider) {
        return new LeaveRequest(id, userId, leaveTypeId, dates, halfDay, reason, newStatus, createdAt, decider,
                clientRequestId);
    }

    /**
     * Two requests of one person collide when their dates meet, except a MORNING and an AFTERNOON on the same day.
     */
    public boolean overlaps(DateRange otherDates, HalfDay otherHalf) {
        if (!dates.overlaps(otherDates)) {
            return false;
        }
        boolean complementaryHalves = halfDay.isHalf() && otherHalf.isHalf() && halfDay != otherHalf;
        return !complementaryHalves;
    }
}
