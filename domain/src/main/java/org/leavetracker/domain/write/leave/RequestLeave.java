package org.leavetracker.domain.write.leave;

import java.time.LocalDate;

import org.leavetracker.domain.model.EndHalves;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.TimeRange;

/**
 * Ask for leave for oneself (SPEC §3.4): what {@code requestLeave} and {@code previewLeaveRequest} are sent.
 *
 * @param halfDay         null: whole days
 * @param clientRequestId the client's id for retries (null: none); a repeat returns the first request
 * @param times           part of one day, for an hourly leave type (null: whole days)
 * @param ends            half days at the ends of leave over several dates (null: whole dates)
 */
public record RequestLeave(String leaveTypeId, LocalDate startDate, LocalDate endDate, HalfDay halfDay,
                           String reason, String clientRequestId, TimeRange times, EndHalves ends) {

    public RequestLeave(String leaveTypeId, LocalDate startDate, LocalDate endDate, HalfDay halfDay,
                        String reason, String clientRequestId, TimeRange times) {
        this(leaveTypeId, startDate, endDate, halfDay, reason, clientRequestId, times, EndHalves.NONE);
    }

    public static RequestLeave of(String leaveTypeId, LocalDate startDate, LocalDate endDate) {
        return new RequestLeave(leaveTypeId, startDate, endDate, null, null, null, null);
    }
}
