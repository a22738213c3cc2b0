package org.leavetracker.domain.model;

import java.time.LocalDate;

/**
 * The rules for one leave type at one location, from a date on (SPEC §3.1).
 *
 * @param rolloverMax null means no cap on what carries over; zero means nothing does
 * @param rolloverExpiryMonths null means carried-over days never expire; k means they expire after month k
 */
public record LeavePolicy(String id, String locationId, String leaveTypeId, LocalDate effectiveDate,
                          Days annualAllowance, Accrual accrual, Days rolloverMax, Integer rolloverExpiryMonths,
                          Days negativeBalanceAllowed) {
}
