package org.leavetracker.domain.model;

/** A kind of leave. Only types that deduct from an allowance have balances. */
public record LeaveType(String id, String name, boolean deductsFromAllowance, boolean requiresApproval,
                        boolean allowHalfDays) {
}
