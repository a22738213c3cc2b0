package org.leavetracker.domain.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.leavetracker.domain.model.ApprovalLevel;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.Role;

/**
 * Events of the employee aggregate: one user, their dated histories and all their leave. Keeping a person's
 * requests in their own aggregate serialises every check on them (docs/decisions/0002-aggregate-boundaries.md).
 */
public sealed interface EmployeeEvent extends DomainEvent {

    /** The leave request this event is about, or null for events about the person (records override it). */
    default String requestId() {
        return null;
    }

    record UserAdded(String email, String name, Role role) implements EmployeeEvent {
        public static final String TYPE = "UserAdded";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * The person's sign-in identity (Cognito {@code sub}) was bound to this user, on their first sign-in with a
     * verified e-mail: from then on the user is found by {@code sub}, whatever the e-mail claim says.
     */
    record IdentityBound(String subject) implements EmployeeEvent {
        public static final String TYPE = "IdentityBound";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * An admin released the person's sign-in identity (their Cognito user was recreated, the pool replaced, or they
     * moved to single sign-on): the old {@code sub} finds them no more, and their next sign-in with a verified
     * e-mail binds again.
     */
    record IdentityReleased(String subject) implements EmployeeEvent {
        public static final String TYPE = "IdentityReleased";

        @Override
        public String type() {
            return TYPE;
        }
    }

    record UserRoleChanged(Role role) implements EmployeeEvent {
        public static final String TYPE = "UserRoleChanged";

        @Override
        public String type() {
            return TYPE;
        }
    }

    record UserMovedToLocation(String locationId, LocalDate effectiveDate) implements EmployeeEvent {
        public static final String TYPE = "UserMovedToLocation";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * @param hoursPerDay hours of each working day (null: 8, as for events written before hourly leave)
     * @param hoursByDay  working days with other hours (null: none, as for events written before them)
     */
    record WorkingWeekSet(List<DayOfWeek> workingDays, LocalDate effectiveDate, Days hoursPerDay,
                          Map<DayOfWeek, Days> hoursByDay) implements EmployeeEvent {
        public static final String TYPE = "WorkingWeekSet";

        public WorkingWeekSet(List<DayOfWeek> workingDays, LocalDate effectiveDate) {
            this(workingDays, effectiveDate, null, null);
        }

        public WorkingWeekSet(List<DayOfWeek> workingDays, LocalDate effectiveDate, Days hoursPerDay) {
            this(workingDays, effectiveDate, hoursPerDay, null);
        }

        public WorkingWeekSet {
            workingDays = List.copyOf(workingDays);
            hoursByDay = hoursByDay == null || hoursByDay.isEmpty() ? null
                    : Collections.unmodifiableMap(new EnumMap<>(hoursByDay)); // Monday first, in the log too
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** An approver no longer decides this person's requests (the admins do when none is left). */
    record ApproverRemoved(String approverId) implements EmployeeEvent {
        public static final String TYPE = "ApproverRemoved";

        @Override
        public String type() {
            return TYPE;
        }
    }

    record ApproverAssigned(String approverId) implements EmployeeEvent {
        public static final String TYPE = "ApproverAssigned";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** Overtime worked on a date, credited to a TOIL leave type; expiresOn fixed when recorded (null: never). */
    record OvertimeRecorded(String leaveTypeId, LocalDate date, Days days, String note, LocalDate expiresOn)
            implements EmployeeEvent {
        public static final String TYPE = "OvertimeRecorded";

        @Override
        public String type() {
            return TYPE;
        }
    }

    record BalanceAdjusted(String leaveTypeId, int year, Days days, String note) implements EmployeeEvent {
        public static final String TYPE = "BalanceAdjusted";

        @Override
        public String type() {
            return TYPE;
        }
    }

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
                          LocalTime endTime) implements EmployeeEvent {
        public static final String TYPE = "LeaveRequested";

        public LeaveRequested {
            approvalChain = approvalChain == null ? List.of() : List.copyOf(approvalChain);
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

    /**
     * {@code approverId} is null when the leave type needs no approval; {@code onBehalfOf} names the absent approver
     * when their substitute decided.
     */
    record LeaveApproved(String requestId, String approverId, String note, String onBehalfOf)
            implements EmployeeEvent {
        public static final String TYPE = "LeaveApproved";

        public LeaveApproved(String requestId, String approverId, String note) {
            this(requestId, approverId, note, null);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** One level of a request's approval chain approved; the request stays PENDING for the next level. */
    record ApprovalLevelPassed(String requestId, int level, String approverId, String note, String onBehalfOf)
            implements EmployeeEvent {
        public static final String TYPE = "ApprovalLevelPassed";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** {@code onBehalfOf} names the absent approver when their substitute decided. */
    record LeaveDenied(String requestId, String approverId, String reason, String onBehalfOf)
            implements EmployeeEvent {
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
    record LeaveCancelled(String requestId, String cancelledBy, String reason) implements EmployeeEvent {
        public static final String TYPE = "LeaveCancelled";

        public LeaveCancelled(String requestId, String cancelledBy) {
            this(requestId, cancelledBy, null);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** Leave that already happened, recorded as APPROVED by an approver or admin (not balance-checked). */
    record PastLeaveRecorded(String requestId, String leaveTypeId, LocalDate startDate, LocalDate endDate,
                             HalfDay halfDay, String reason) implements EmployeeEvent {
        public static final String TYPE = "PastLeaveRecorded";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * The user's calendar feeds got a new secret; the previous one stops working. Only a SHA-256 hash of the secret
     * is recorded: the event store never holds a usable feed address.
     */
    record CalendarTokenRotated(String tokenHash) implements EmployeeEvent {
        public static final String TYPE = "CalendarTokenRotated";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** An approver names a substitute for a date range (the latest one covering a day counts). */
    record SubstituteSet(String substituteId, LocalDate from, LocalDate to) implements EmployeeEvent {
        public static final String TYPE = "SubstituteSet";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A person's name and e-mail as corrected by an admin (both as they are after the change). */
    record UserUpdated(String name, String email) implements EmployeeEvent {
        public static final String TYPE = "UserUpdated";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** An approver takes back the substitutions they named starting on {@code from}. */
    record SubstituteRemoved(LocalDate from) implements EmployeeEvent {
        public static final String TYPE = "SubstituteRemoved";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** The person leaves the company after {@code lastDay}: no leave after it, allowance prorated to it. */
    record EmploymentEnded(LocalDate lastDay) implements EmployeeEvent {
        public static final String TYPE = "EmploymentEnded";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** An admin takes back an ended employment (a mistake): the person is employed after that day again. */
    record EmploymentEndUndone(LocalDate lastDay) implements EmployeeEvent {
        public static final String TYPE = "EmploymentEndUndone";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** The person is in a team from a date on (teamId null: in no team from then on); the same date replaces it. */
    record UserMovedToTeam(String teamId, LocalDate effectiveDate) implements EmployeeEvent {
        public static final String TYPE = "UserMovedToTeam";

        @Override
        public String type() {
            return TYPE;
        }
    }
}
