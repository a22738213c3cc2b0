package org.leavetracker.domain.write.organization;

import java.time.LocalDate;
import java.util.List;

import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.TenureStep;

/**
 * Set a location's policy for a leave type from a date on (SPEC §3.2); one set again on the same date replaces it.
 *
 * @param rolloverMax            the most carried into the next year (null: all that is left)
 * @param rolloverExpiryMonths   carried-over days expire at the end of this month of the next year (null: never)
 * @param negativeBalanceAllowed how far below zero requests may go (null: not at all)
 * @param tenureSteps            extra days from anniversaries of the employment start (null: none)
 * @param encashableDays         of the days the rollover cap forfeits, how many are paid out instead (null: none)
 */
public record SetLeavePolicy(String locationId, String leaveTypeId, LocalDate effectiveDate, Days annualAllowance,
                             Accrual accrual, Days rolloverMax, Integer rolloverExpiryMonths,
                             Days negativeBalanceAllowed, List<TenureStep> tenureSteps, Days encashableDays) {

    public SetLeavePolicy(String locationId, String leaveTypeId, LocalDate effectiveDate, Days annualAllowance,
                          Accrual accrual, Days rolloverMax, Integer rolloverExpiryMonths,
                          Days negativeBalanceAllowed) {
        this(locationId, leaveTypeId, effectiveDate, annualAllowance, accrual, rolloverMax, rolloverExpiryMonths,
                negativeBalanceAllowed, List.of(), null);
    }
}
