package org.leavetracker.domain.write.leave;

import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.model.DateRange;
import org.leavetracker.domain.model.DateWindow;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveType;
import org.leavetracker.domain.model.Text;
import org.leavetracker.domain.model.TimeRange;

/**
 * The leave a request or a past-leave record asks for, before any rule has looked at it.
 *
 * @param times part of a single day, for hourly leave types (null: whole days)
 */
public record NewLeave(String requestId, LeaveType type, DateRange dates, HalfDay halfDay, String reason,
                       String clientRequestId, TimeRange times) {

    public NewLeave(String requestId, LeaveType type, DateRange dates, HalfDay halfDay, String reason,
                    String clientRequestId) {
        this(requestId, type, dates, halfDay, reason, clientRequestId, null);
    }

    public NewLeave {
        halfDay = halfDay == null ? HalfDay.NONE : halfDay;
        DateWindow.require(dates.start(), "startDate");
        DateWindow.require(dates.end(), "endDate");
        LeaveRules.checkLength(dates);
        reason = Text.optionalNote(reason, "reason");
        if (clientRequestId != null && clientRequestId.length() > Text.NAME_MAX) {
            throw ValidationError.at("clientRequestId", "clientRequestId is too long");
        }
    }
}
