package org.leavetracker.domain.balance;

import java.time.LocalDate;

import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.LeaveUnit;

/**
 * One person's figures for one leave type and calendar year, as of a date (SPEC §3.3).
 * {@code remaining = carriedOver − expired + accrued + adjustments + overtime − used} and
 * {@code available = remaining − pending}.
 *
 * @param carriedOverExpiresOn the last day carried-over days may be used (null when the policy lets them never expire)
 * @param expired carried-over days and overtime credits that expired unspent by asOf
 * @param overtime TOIL: overtime credited in the year up to asOf (0 for other leave types)
 * @param unit what every figure counts: days, or hours for an hourly leave type
 * @param encashed of the days the rollover cap forfeited at the end of the year before, those paid out instead
 *                 (SPEC §3.9): what payroll pays with this year's first salary
 */
public record Balance(String orgId, String userId, String leaveTypeId, int year, LocalDate asOf, Days carriedOver,
                      LocalDate carriedOverExpiresOn, Days expired, Days allowance, Days accrued, Days adjustments,
                      Days overtime, Days used, Days pending, Days remaining, Days available, LeaveUnit unit,
                      Days encashed) {

    public Balance {
        overtime = overtime == null ? Days.ZERO : overtime; // read items from before TOIL
        unit = unit == null ? LeaveUnit.DAYS : unit; // and from before hourly leave
        encashed = encashed == null ? Days.ZERO : encashed; // and from before payout
    }

    public Balance(String orgId, String userId, String leaveTypeId, int year, LocalDate asOf, Days carriedOver,
                   LocalDate carriedOverExpiresOn, Days expired, Days allowance, Days accrued, Days adjustments,
                   Days overtime, Days used, Days pending, Days remaining, Days available, LeaveUnit unit) {
        this(orgId, userId, leaveTypeId, year, asOf, carriedOver, carriedOverExpiresOn, expired, allowance, accrued,
                adjustments, overtime, used, pending, remaining, available, unit, Days.ZERO);
    }

    public Balance(String orgId, String userId, String leaveTypeId, int year, LocalDate asOf, Days carriedOver,
                   LocalDate carriedOverExpiresOn, Days expired, Days allowance, Days accrued, Days adjustments,
                   Days overtime, Days used, Days pending, Days remaining, Days available) {
        this(orgId, userId, leaveTypeId, year, asOf, carriedOver, carriedOverExpiresOn, expired, allowance, accrued,
                adjustments, overtime, used, pending, remaining, available, LeaveUnit.DAYS);
    }
}
