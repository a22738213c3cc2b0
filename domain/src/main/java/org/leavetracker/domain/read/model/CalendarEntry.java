package org.leavetracker.domain.read.model;

import java.time.LocalDate;
import java.util.List;

import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.TimeRange;

/**
 * Who is away when, for the team calendar: never the reason.
 *
 * @param times the hours of hourly leave on one date (null: whole or half days)
 * @param teamId the requester's team on the first day (null: none; items from before teams)
 * @param months its counted amount in each month it touches
 */
public record CalendarEntry(String requestId, String userId, String userName, String leaveTypeId,
                            LocalDate startDate, LocalDate endDate, HalfDay halfDay, LeaveStatus status,
                            String locationId, TimeRange times, String teamId, List<MonthAmount> months) {

    /**
     * The leave's counted amount (days, or hours for an hourly type) within one month ({@code 2026-07}): what the
     * dashboard sums by month, team and type without recounting any rule of leave.
     */
    public record MonthAmount(String month, Days amount) {
    }

    public CalendarEntry {
        months = months == null ? List.of() : List.copyOf(months); // items from before the amounts: a rebuild adds them
    }

    public CalendarEntry(String requestId, String userId, String userName, String leaveTypeId, LocalDate startDate,
                         LocalDate endDate, HalfDay halfDay, LeaveStatus status, String locationId) {
        this(requestId, userId, userName, leaveTypeId, startDate, endDate, halfDay, status, locationId, null, null,
                List.of());
    }
}
