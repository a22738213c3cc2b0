package org.leavetracker.domain.write.leave;

import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.model.DateRange;
import org.leavetracker.domain.model.DateWindow;
import org.leavetracker.domain.model.EndHalves;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveSpan;
import org.leavetracker.domain.model.LeaveType;
import org.leavetracker.domain.model.Text;
import org.leavetracker.domain.model.TimeRange;

/**
 * The leave a request or a past-leave record asks for, before any rule has looked at it.
 *
 * @param times part of a single day, for hourly leave types (null: whole days)
 * @param ends  the half days at the ends of leave over several dates
 */
public record NewLeave(String requestId, LeaveType type, DateRange dates, HalfDay halfDay, String reason,
                       String clientRequestId, TimeRange times, EndHalves ends) {

    public NewLeave(String requestId, LeaveType type, DateRange dates, HalfDay halfDay, String reason,
                    String clientRequestId) {
        this(requestId, type, dates, halfDay, reason, clientRequestId, null, EndHalves.NONE);
    }

    public NewLeave {
        halfDay = halfDay == null ? HalfDay.NONE : halfDay;
        ends = ends == null ? EndHalves.NONE : ends;
        DateWindow.require(dates.start(), "startDate");
        DateWindow.require(dates.end(), "endDate");
        LeaveRules.checkLength(dates);
        reason = Text.optionalNote(reason, "reason");
        if (clientRequestId != null && clientRequestId.length() > Text.NAME_MAX) {
            throw ValidationError.at("clientRequestId", "clientRequestId is too long");
        }
    }

    public LeaveSpan span() {
        return new LeaveSpan(dates, halfDay, ends);
    }
}
