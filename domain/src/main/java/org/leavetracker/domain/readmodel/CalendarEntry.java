package org.leavetracker.domain.readmodel;

import java.time.LocalDate;

import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveStatus;

/** Who is away when, for the team calendar: never the reason. */
public record CalendarEntry(String requestId, String userId, String userName, String leaveTypeId,
                            LocalDate startDate, LocalDate endDate, HalfDay halfDay, LeaveStatus status,
                            String locationId) {
}
