package org.leavetracker.domain.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The rules for one leave type at one location, from a date on (SPEC §3.1).
 *
 * @param rolloverMax null means no cap on what carries over; zero means nothing does
 * @param rolloverExpiryMonths null means carried-over days never expire; k means they expire after month k
 * @param tenureSteps extra days from anniversaries of the employment start, in order of years
 * @param encashableDays of the days the rollover cap forfeits at a year's end, how many are paid out (null: none)
 */
public record LeavePolicy(String id, String locationId, String leaveTypeId, LocalDate effectiveDate,
                          Days annualAllowance, Accrual accrual, Days rolloverMax, Integer rolloverExpiryMonths,
                          Days negativeBalanceAllowed, List<TenureStep> tenureSteps, Days encashableDays) {

    public LeavePolicy {
        tenureSteps = tenureSteps == null ? List.of() : List.copyOf(tenureSteps);
    }

    public LeavePolicy(String id, String locationId, String leaveTypeId, LocalDate effectiveDate,
                       Days annualAllowance, Accrual accrual, Days rolloverMax, Integer rolloverExpiryMonths,
                       Days negativeBalanceAllowed) {
        this(id, locationId, leaveTypeId, effectiveDate, annualAllowance, accrual, rolloverMax, rolloverExpiryMonths,
                negativeBalanceAllowed, List.of(), null);
    }

    /** The annual allowance for someone whose employment started on {@code start}, on {@code date}. */
    public Days annualAllowanceOn(LocalDate date, LocalDate start) {
        Days annual = annualAllowance;
        for (TenureStep step : tenureSteps) {
            if (start != null && !start.plusYears(step.afterYears()).isAfter(date)) {
                annual = annual.plus(step.extraDays());
            }
        }
        return annual;
    }
}
