package org.leavetracker.domain.write.leave;

import java.util.List;

import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.error.DomainError;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.LeaveUnit;

/**
 * What {@code requestLeave} would decide for these arguments, decided and not written (SPEC §4 "Preview").
 *
 * @param amount    the days (or hours) the dates count; zero when they could not be counted
 * @param status    what the request would become (PENDING, or APPROVED for a type that needs no approval); null
 *                  when refused
 * @param balances  for a deducting type, each calendar year the dates touch, before and after the request
 * @param refusal   the refusal sending would meet; null when it would be accepted
 */
public record LeavePreview(Days amount, LeaveUnit unit, LeaveStatus status, List<YearBalance> balances,
                           DomainError refusal) {

    public LeavePreview {
        balances = List.copyOf(balances);
    }

    /** One year's balance as of the last day the leave takes in it (the date the balance check looks at). */
    public record YearBalance(int year, Balance before, Balance after) {
    }
}
