package org.leavetracker.domain.model;

import org.leavetracker.domain.error.ValidationError;

/**
 * What a leave type asks of its requests beyond the balance (SPEC §3.9). A limit of null is no limit.
 *
 * @param countsCalendarDays every calendar date counts, weekends and holidays included (never for hourly types)
 * @param maxConsecutiveDays the most days one stretch of leave of the type may count
 * @param minNoticeDays      how many days after today a request must start at the earliest
 * @param waitingPeriodDays  days after the start of employment before any leave of the type (probation)
 * @param maxBalanceDays     what is available never exceeds it: accrual pauses, carry-over is capped
 */
public record LeaveTypeRules(boolean countsCalendarDays, Integer maxConsecutiveDays, Integer minNoticeDays,
                             Integer waitingPeriodDays, Days maxBalanceDays) {

    public static final LeaveTypeRules NONE = new LeaveTypeRules(false, null, null, null, null);
    /** A day limit's bounds: three years, the longest request (SPEC §4, Limits). */
    public static final int MAX_DAYS = 3 * 365 + 1;

    public LeaveTypeRules {
        // 0 means no limit: it is how a correction removes one (updateLeaveType)
        maxConsecutiveDays = noneIfZero(maxConsecutiveDays, "maxConsecutiveDays");
        minNoticeDays = noneIfZero(minNoticeDays, "minNoticeDays");
        waitingPeriodDays = noneIfZero(waitingPeriodDays, "waitingPeriodDays");
        if (maxBalanceDays != null) {
            if (maxBalanceDays.isNegative() || maxBalanceDays.isGreaterThan(Days.of(MAX_DAYS))) {
                throw ValidationError.at("maxBalanceDays", "maxBalanceDays is 0 (no cap) to " + MAX_DAYS + ", not "
                        + maxBalanceDays);
            }
            maxBalanceDays = maxBalanceDays.isZero() ? null : maxBalanceDays;
        }
    }

    private static Integer noneIfZero(Integer days, String field) {
        if (days == null) {
            return null;
        }
        if (days < 0 || days > MAX_DAYS) {
            throw ValidationError.at(field, field + " is 0 (no limit) to " + MAX_DAYS + " days, not " + days);
        }
        return days == 0 ? null : days;
    }

    /**
     * These rules with the given ones in place (null: unchanged; a limit of 0: removed), as updateLeaveType
     * corrects them.
     */
    public LeaveTypeRules with(Boolean calendarDays, Integer consecutive, Integer notice, Integer waiting,
                               Days maxBalance) {
        return new LeaveTypeRules(calendarDays == null ? countsCalendarDays : calendarDays,
                consecutive == null ? maxConsecutiveDays : consecutive, notice == null ? minNoticeDays : notice,
                waiting == null ? waitingPeriodDays : waiting, maxBalance == null ? maxBalanceDays : maxBalance);
    }
}
