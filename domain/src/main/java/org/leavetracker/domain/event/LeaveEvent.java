package org.leavetracker.domain.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.leavetracker.domain.model.ApprovalLevel;
import org.leavetracker.domain.model.HalfDay;

/** Events of a person's leave requests, from asking to the last decision. */
public sealed interface LeaveEvent extends EmployeeEvent {

    /**
     * A request by the employee; PENDING until decided (a type without approval is approved in the same command,
     * unless a blackout period made it need an admin: {@code adminApprovalRequired}).
     */
    /**
     * @param approvalChain the levels this request must pass, fixed when it is made (events written before
     *                      approval chains read as empty: the single level of the requester's approvers)
     */
    record LeaveRequested(String requestId, String leaveTypeId, LocalDate startDate, LocalDate endDate,
                          HalfDay halfDay, String reason, String clientRequestId,
                          boolean adminApprovalRequired, List<ApprovalLevel> approvalChain, LocalTime startTime,
                          LocalTime endTime, HalfDay startHalf, HalfDay endHalf) implements LeaveEvent {
        public static final String TYPE = "LeaveRequested";

        /** Events written before half days at the ends of a request read as whole first and last dates. */
        public LeaveRequested {
            approvalChain = approvalChain == null ? List.of() : List.copyOf(approvalChain);
            startHalf = startHalf == null ? HalfDay.NONE : startHalf;
            endHalf = endHalf == null ? HalfDay.NONE : endHalf;
        }

        /** Whole first and last dates. */
        public LeaveRequested(String requestId, String leaveTypeId, LocalDate startDate, LocalDate endDate,
                              HalfDay halfDay, String reason, String clientRequestId,
                              boolean adminApprovalRequired, List<ApprovalLevel> approvalChain, LocalTime startTime,
                              LocalTime endTime) {
            this(requestId, leaveTypeId, startDate, endDate, halfDay, reason, clientRequestId, adminApprovalRequired,
                    approvalChain, startTime, endTime, HalfDay.NONE, HalfDay.NONE);
        }

        /** Whole days (events written before hourly leave read as this). */
        public LeaveRequested(String requestId, String leaveTypeId, LocalDate startDate, LocalDate endDate,
                              HalfDay halfDay, String reason, String clientRequestId,
                              boolean adminApprovalRequired, List<ApprovalLevel> approvalChain) {
            this(requestId, leaveTypeId, startDate, endDate, halfDay, reason, clientRequestId, adminApprovalRequired,
                    approvalChain, null, null);
        }

        /** A request any approver may decide (events written before blackout periods read as this). */
        public LeaveRequested(String requestId, String leaveTypeId, LocalDate startDate, LocalDate endDate,
                              HalfDay halfDay, String reason, String clientRequestId) {
            this(requestId, leaveTypeId, startDate, endDate, halfDay, reason, clientRequestId, false, List.of());
        }

        /** Events written before approval chains. */
        public LeaveRequested(String requestId, String leaveTypeId, LocalDate startDate, LocalDate endDate,
                              HalfDay halfDay, String reason, String clientRequestId,
                              boolean adminApprovalRequired) {
            this(requestId, leaveTypeId, startDate, endDate, halfDay, reason, clientRequestId,
                    adminApprovalRequired, List.of());
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** Leave that already happened, recorded as APPROVED by an approver or admin (not balance-checked). */
    record PastLeaveRecorded(String requestId, String leaveTypeId, LocalDate startDate, LocalDate endDate,
                             HalfDay halfDay, String reason, HalfDay startHalf, HalfDay endHalf)
            implements LeaveEvent {
        public static final String TYPE = "PastLeaveRecorded";

        /** Events written before half days at the ends of a request read as whole first and last dates. */
        public PastLeaveRecorded {
            startHalf = startHalf == null ? HalfDay.NONE : startHalf;
            endHalf = endHalf == null ? HalfDay.NONE : endHalf;
        }

        public PastLeaveRecorded(String requestId, String leaveTypeId, LocalDate startDate, LocalDate endDate,
                                 HalfDay halfDay, String reason) {
            this(requestId, leaveTypeId, startDate, endDate, halfDay, reason, HalfDay.NONE, HalfDay.NONE);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** One level of a request's approval chain approved; the request stays PENDING for the next level. */
    record ApprovalLevelPassed(String requestId, int level, String approverId, String note, String onBehalfOf)
            implements LeaveEvent {
        public static final String TYPE = "ApprovalLevelPassed";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * {@code approverId} is null when the leave type needs no approval; {@code onBehalfOf} names the absent approver
     * when their substitute decided.
     */
    record LeaveApproved(String requestId, String approverId, String note, String onBehalfOf)
            implements LeaveEvent {
        public static final String TYPE = "LeaveApproved";

        public LeaveApproved(String requestId, String approverId, String note) {
            this(requestId, approverId, note, null);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** {@code onBehalfOf} names the absent approver when their substitute decided. */
    record LeaveDenied(String requestId, String approverId, String reason, String onBehalfOf)
            implements LeaveEvent {
        public static final String TYPE = "LeaveDenied";

        public LeaveDenied(String requestId, String approverId, String reason) {
            this(requestId, approverId, reason, null);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** @param reason why, when it was not the requester's choice (null for events before leavers) */
    record LeaveCancelled(String requestId, String cancelledBy, String reason) implements LeaveEvent {
        public static final String TYPE = "LeaveCancelled";

        public LeaveCancelled(String requestId, String cancelledBy) {
            this(requestId, cancelledBy, null);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }
}
