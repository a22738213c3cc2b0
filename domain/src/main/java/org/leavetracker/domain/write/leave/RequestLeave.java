package org.leavetracker.domain.write.leave;

import java.time.LocalDate;

import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.TimeRange;

/**
 * Ask for leave for oneself (SPEC §3.4): what {@code requestLeave} and {@code previewLeaveRequest} are sent.
 *
 * @param halfDay         null: whole days
 * @param clientRequestId the client's id for retries (null: none); a repeat returns the first request
 * @param times           part of one day, for an hourly leave type (null: whole days)
 */
public record RequestLeave(String leaveTypeId, LocalDate startDate, LocalDate endDate, HalfDay halfDay,
                           String reason, String clientRequestId, TimeRange times) {

    public static RequestLeave of(String leaveTypeId, LocalDate startDate, LocalDate endDate) {
        return new RequestLeave(leaveTypeId, startDate, endDate, null, null, null, null);
    }
}
