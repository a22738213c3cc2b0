package org.leavetracker.domain.write.organization;

import java.time.LocalDate;

import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.Days;

/**
 * Set a location's policy for a leave type from a date on (SPEC §3.2); one set again on the same date replaces it.
 *
 * @param rolloverMax            the most carried into the next year (null: all that is left)
 * @param rolloverExpiryMonths   carried-over days expire at the end of this month of the next year (null: never)
 * @param negativeBalanceAllowed how far below zero requests may go (null: not at all)
 */
public record SetLeavePolicy(String locationId, String leaveTypeId, LocalDate effectiveDate, Days annualAllowance,
                             Accrual accrual, Days rolloverMax, Integer rolloverExpiryMonths,
                             Days negativeBalanceAllowed) {
}
