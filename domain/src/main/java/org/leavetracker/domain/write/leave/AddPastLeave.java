package org.leavetracker.domain.write.leave;

import java.time.LocalDate;

import org.leavetracker.domain.model.EndHalves;
import org.leavetracker.domain.model.HalfDay;

/**
 * Record leave a person already took (an approver of theirs or an admin): APPROVED at once, any dates, no balance
 * check.
 *
 * @param halfDay null: whole days
 * @param ends    half days at the ends of leave over several dates (null: whole dates)
 */
public record AddPastLeave(String userId, String leaveTypeId, LocalDate startDate, LocalDate endDate, HalfDay halfDay,
                           String reason, EndHalves ends) {

    public AddPastLeave(String userId, String leaveTypeId, LocalDate startDate, LocalDate endDate, HalfDay halfDay,
                        String reason) {
        this(userId, leaveTypeId, startDate, endDate, halfDay, reason, EndHalves.NONE);
    }
}
