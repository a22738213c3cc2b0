package org.leavetracker.domain.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One leave request of one employee, with its place in the workflow.
 *
 * @param decidedBy the approver or admin who approved or denied it (null while pending, or when no approval was needed)
 * @param approvalChain the levels it must pass, as its leave type had them when it was made (empty: one level)
 * @param passed the levels approved so far, in order (the last level's approval is the request's approval)
 * @param decision who decided it last and when (null while pending)
 * @param times part of a single day, for hourly leave (null: whole days)
 * @param ends the half days at the ends of a request over several dates
 */
public record LeaveRequest(String id, String userId, String leaveTypeId, DateRange dates, HalfDay halfDay,
                           String reason, LeaveStatus status, Instant createdAt, String decidedBy,
                           String clientRequestId, List<ApprovalLevel> approvalChain, List<PassedLevel> passed,
                           PassedLevel decision, TimeRange times, EndHalves ends) {

    public LeaveRequest {
        approvalChain = approvalChain == null ? List.of() : List.copyOf(approvalChain);
        passed = passed == null ? List.of() : List.copyOf(passed);
        ends = ends == null ? EndHalves.NONE : ends;
    }

    /** Whole dates at both ends. */
    public LeaveRequest(String id, String userId, String leaveTypeId, DateRange dates, HalfDay halfDay,
                        String reason, LeaveStatus status, Instant createdAt, String decidedBy,
                        String clientRequestId, List<ApprovalLevel> approvalChain, List<PassedLevel> passed,
                        PassedLevel decision, TimeRange times) {
        this(id, userId, leaveTypeId, dates, halfDay, reason, status, createdAt, decidedBy, clientRequestId,
                approvalChain, passed, decision, times, EndHalves.NONE);
    }

    public LeaveSpan span() {
        return new LeaveSpan(dates, halfDay, ends);
    }

    /** The level it waits at (meaningful while PENDING). */
    public int currentLevel() {
        return passed.size();
    }

    public ApprovalLevel currentApprovalLevel() {
        List<ApprovalLevel> levels = ApprovalLevel.effective(approvalChain);
        return levels.get(Math.min(currentLevel(), levels.size() - 1));
    }

    /** Whether approving now completes the chain. */
    public boolean atLastLevel() {
        return currentLevel() >= ApprovalLevel.effective(approvalChain).size() - 1;
    }

    /** Whether this person approved one of its levels already (no one approves two levels of one request). */
    public boolean passedBy(String approverId) {
        return passed.stream().anyMatch(p -> p.approverId().equals(approverId));
    }

    public LeaveRequest withLevelPassed(PassedLevel level) {
        List<PassedLevel> more = new ArrayList<>(passed);
        more.add(level);
        return new LeaveRequest(id, userId, leaveTypeId, dates, halfDay, reason, status, createdAt, decidedBy,
                clientRequestId, approvalChain, more, decision, times, ends);
    }

    public LeaveRequest withStatus(LeaveStatus newStatus, PassedLevel newDecision) {
        return new LeaveRequest(id, userId, leaveTypeId, dates, halfDay, reason, newStatus, createdAt,
                newDecision == null ? decidedBy : newDecision.approverId(), clientRequestId, approvalChain, passed,
                newDecision == null ? decision : newDecision, times, ends);
    }

    /**
     * The chain level by level, for requests that went through approval; none for leave that needed no approval
     * or was recorded as taken.
     */
    public List<ApprovalStep> approvalSteps() {
        if (passed.isEmpty() && decision == null && status != LeaveStatus.PENDING) {
            return List.of(); // needed no approval, recorded as taken, or cancelled before anyone decided
        }
        List<ApprovalLevel> levels = ApprovalLevel.effective(approvalChain);
        List<ApprovalStep> steps = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            ApprovalLevel level = levels.get(i);
            PassedLevel by = i < passed.size() ? passed.get(i) : null;
            ApprovalStep.Status state;
            if (by != null) {
                state = ApprovalStep.Status.APPROVED;
            } else if (i == passed.size() && status == LeaveStatus.PENDING) {
                state = ApprovalStep.Status.PENDING;
            } else if (i == passed.size() && decision != null) {
                // the last decision: a denial, or the approval of the last level (even if cancelled since)
                state = status == LeaveStatus.DENIED ? ApprovalStep.Status.DENIED : ApprovalStep.Status.APPROVED;
                by = decision;
            } else if (status == LeaveStatus.PENDING) {
                state = ApprovalStep.Status.WAITING;
            } else {
                state = ApprovalStep.Status.SKIPPED;
            }
            steps.add(new ApprovalStep(i, level.kind(), level.groupId(), state,
                    by == null ? null : by.approverId(), by == null ? null : by.onBehalfOf(),
                    by == null ? null : by.at()));
        }
        return steps;
    }

    /**
     * Two requests of one person collide when they share a half of some date (a MORNING and an AFTERNOON on one
     * date do not, nor a request ending at noon and another starting then); hourly leave on the same date collides
     * only when the times meet.
     */
    public boolean overlaps(LeaveSpan other, TimeRange otherTimes) {
        if (!dates.overlaps(other.dates())) {
            return false;
        }
        if (times != null && otherTimes != null) {
            return times.start().isBefore(otherTimes.end()) && otherTimes.start().isBefore(times.end());
        }
        return span().overlaps(other);
    }
}
