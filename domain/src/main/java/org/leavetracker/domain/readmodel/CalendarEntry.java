package org.leavetracker.domain.readmodel;

import java.time.LocalDate;

import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.TimeRange;

/**
 * Who is away when, for the team calendar: never the reason.
 *
 * @param times the hours of hourly leave on one date (null: whole or half days)
 * @param teamId the requester's team on the first day (null: none; items from before teams)
 */
public record CalendarEntry(String requestId, String userId, String userName, String leaveTypeId,
                            LocalDate startDate, LocalDate endDate, HalfDay halfDay, LeaveStatus status,
                            String locationId, TimeRange times, String teamId) {

    public CalendarEntry(String requestId, String userId, String userName, String leaveTypeId, LocalDate startDate,
                         LocalDate endDate, HalfDay halfDay, LeaveStatus status, String locationId) {
        this(requestId, userId, userName, leaveTypeId, startDate, endDate, halfDay, status, locationId, null, null);
    }
}
