package org.leavetracker.domain.usecase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.leavetracker.domain.balance.EmploymentTimeline;
import org.leavetracker.domain.model.ApprovalStep;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveRequest;
import org.leavetracker.domain.model.LeaveStatus;

/**
 * A leave request as the API shows it, with its days counted from the requester's current history.
 *
 * @param approvals its approval chain level by level (empty when it needed no approval)
 */
public record LeaveRequestView(String id, String orgId, String userId, String leaveTypeId, LocalDate startDate,
                               LocalDate endDate, HalfDay halfDay, Days days, LeaveStatus status, String reason,
                               Instant createdAt, String decidedBy, List<ApprovalStep> approvals) {

    public LeaveRequestView {
        approvals = approvals == null ? List.of() : List.copyOf(approvals); // read items from before chains
    }

    public LeaveRequestView(String id, String orgId, String userId, String leaveTypeId, LocalDate startDate,
                            LocalDate endDate, HalfDay halfDay, Days days, LeaveStatus status, String reason,
                            Instant createdAt, String decidedBy) {
        this(id, orgId, userId, leaveTypeId, startDate, endDate, halfDay, days, status, reason, createdAt, decidedBy,
                List.of());
    }

    public static LeaveRequestView of(String orgId, LeaveRequest r, EmploymentTimeline timeline) {
        return new LeaveRequestView(r.id(), orgId, r.userId(), r.leaveTypeId(), r.dates().start(), r.dates().end(),
                r.halfDay(), timeline.count(r.dates(), r.halfDay()), r.status(), r.reason(), r.createdAt(),
                r.decidedBy(), r.approvalSteps());
    }

    /** The same request without its reason (for those who may not read it). */
    public LeaveRequestView withoutReason() {
        return new LeaveRequestView(id, orgId, userId, leaveTypeId, startDate, endDate, halfDay, days, status, null,
                createdAt, decidedBy, approvals);
    }

    /** The step it waits at, while PENDING. */
    public java.util.Optional<ApprovalStep> currentStep() {
        return approvals.stream().filter(a -> a.status() == ApprovalStep.Status.PENDING).findFirst();
    }
}
