package org.leavetracker.domain.read;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.leavetracker.domain.balance.EmploymentTimeline;
import org.leavetracker.domain.model.ApprovalStep;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveRequest;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.LeaveUnit;
import org.leavetracker.domain.model.TimeRange;

/**
 * A leave request as the API shows it, with its days counted from the requester's current history.
 *
 * @param days its amount in its leave type's {@code unit}: days, or hours for an hourly type
 * @param approvals its approval chain level by level (empty when it needed no approval)
 * @param times the part of its one day, for hourly leave given in times (null otherwise)
 * @param teamId the requester's team on its first day (what a team's subscription is narrowed to); null: none
 * @param decisionNote what the one who decided it wrote: why it was denied, or the approval's note; null when none
 * @param startHalf AFTERNOON when its first date counts from noon (several dates), NONE otherwise
 * @param endHalf MORNING when its last date counts until noon (several dates), NONE otherwise
 */
public record LeaveRequestView(String id, String orgId, String userId, String leaveTypeId, LocalDate startDate,
                               LocalDate endDate, HalfDay halfDay, Days days, LeaveStatus status, String reason,
                               Instant createdAt, String decidedBy, List<ApprovalStep> approvals, LeaveUnit unit,
                               TimeRange times, String teamId, String decisionNote, HalfDay startHalf,
                               HalfDay endHalf) {

    public LeaveRequestView {
        approvals = approvals == null ? List.of() : List.copyOf(approvals); // read items from before chains
        unit = unit == null ? LeaveUnit.DAYS : unit; // and from before hourly leave
        startHalf = startHalf == null ? HalfDay.NONE : startHalf; // and from before half days at the ends
        endHalf = endHalf == null ? HalfDay.NONE : endHalf;
    }

    /** Whole first and last dates. */
    public LeaveRequestView(String id, String orgId, String userId, String leaveTypeId, LocalDate startDate,
                            LocalDate endDate, HalfDay halfDay, Days days, LeaveStatus status, String reason,
                            Instant createdAt, String decidedBy, List<ApprovalStep> approvals, LeaveUnit unit,
                            TimeRange times, String teamId, String decisionNote) {
        this(id, orgId, userId, leaveTypeId, startDate, endDate, halfDay, days, status, reason, createdAt, decidedBy,
                approvals, unit, times, teamId, decisionNote, HalfDay.NONE, HalfDay.NONE);
    }

    /** A view without a decision note (tests, and what was decided without one). */
    public LeaveRequestView(String id, String orgId, String userId, String leaveTypeId, LocalDate startDate,
                            LocalDate endDate, HalfDay halfDay, Days days, LeaveStatus status, String reason,
                            Instant createdAt, String decidedBy, List<ApprovalStep> approvals, LeaveUnit unit,
                            TimeRange times, String teamId) {
        this(id, orgId, userId, leaveTypeId, startDate, endDate, halfDay, days, status, reason, createdAt, decidedBy,
                approvals, unit, times, teamId, null);
    }

    public LeaveRequestView(String id, String orgId, String userId, String leaveTypeId, LocalDate startDate,
                            LocalDate endDate, HalfDay halfDay, Days days, LeaveStatus status, String reason,
                            Instant createdAt, String decidedBy) {
        this(id, orgId, userId, leaveTypeId, startDate, endDate, halfDay, days, status, reason, createdAt, decidedBy,
                List.of(), LeaveUnit.DAYS, null, null);
    }

    public static LeaveRequestView of(String orgId, LeaveRequest r, EmploymentTimeline timeline) {
        return new LeaveRequestView(r.id(), orgId, r.userId(), r.leaveTypeId(), r.dates().start(), r.dates().end(),
                r.halfDay(), timeline.amount(r, null), r.status(), r.reason(), r.createdAt(), r.decidedBy(),
                r.approvalSteps(), timeline.hourly(r.leaveTypeId()) ? LeaveUnit.HOURS : LeaveUnit.DAYS, r.times(),
                timeline.teamOn(r.dates().start()).orElse(null), r.decision() == null ? null : r.decision().note(),
                r.ends().start(), r.ends().end());
    }

    /** The same request without its reason nor its decision's note (for those who may not read them). */
    public LeaveRequestView withoutReason() {
        return new LeaveRequestView(id, orgId, userId, leaveTypeId, startDate, endDate, halfDay, days, status, null,
                createdAt, decidedBy, approvals, unit, times, teamId, null, startHalf, endHalf);
    }

    /**
     * Everyone who approved or denied it at one of its levels (a substitute as themselves): whose past decisions it
     * is. Leave recorded by an admin or needing no approval was decided by no one.
     */
    public java.util.Set<String> deciders() {
        java.util.Set<String> deciders = new java.util.LinkedHashSet<>();
        approvals.stream().filter(a -> a.status() != ApprovalStep.Status.PENDING && a.decidedBy() != null)
                .forEach(a -> deciders.add(a.decidedBy()));
        return deciders;
    }

    /** The step it waits at, while PENDING. */
    public java.util.Optional<ApprovalStep> currentStep() {
        return approvals.stream().filter(a -> a.status() == ApprovalStep.Status.PENDING).findFirst();
    }
}
