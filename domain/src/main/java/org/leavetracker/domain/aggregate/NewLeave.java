package org.leavetracker.domain.aggregate;

import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.model.DateRange;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveType;
import org.leavetracker.domain.model.Text;

/** The leave a request or a past-leave record asks for, before any rule has looked at it. */
public record NewLeave(String requestId, LeaveType type, DateRange dates, HalfDay halfDay, String reason,
                       String clientRequestId) {

    public NewLeave {
        halfDay = halfDay == null ? HalfDay.NONE : halfDay;
        reason = Text.optionalNote(reason, "reason");
        if (clientRequestId != null && clientRequestId.length() > Text.NAME_MAX) {
            throw new ValidationError("clientRequestId is too long");
        }
    }
}
