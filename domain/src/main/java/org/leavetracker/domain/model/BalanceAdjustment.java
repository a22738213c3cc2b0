package org.leavetracker.domain.model;

/** An admin's correction of one year's balance of one leave type (plus or minus, in half days). */
public record BalanceAdjustment(String leaveTypeId, int year, Days days, String note) {
}
