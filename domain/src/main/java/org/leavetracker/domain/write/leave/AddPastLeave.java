package org.leavetracker.domain.write.leave;

import java.time.LocalDate;

import org.leavetracker.domain.model.HalfDay;

/**
 * Record leave a person already took (an approver of theirs or an admin): APPROVED at once, any dates, no balance
 * check.
 *
 * @param halfDay null: whole days
 */
public record AddPastLeave(String userId, String leaveTypeId, LocalDate startDate, LocalDate endDate, HalfDay halfDay,
                           String reason) {
}
