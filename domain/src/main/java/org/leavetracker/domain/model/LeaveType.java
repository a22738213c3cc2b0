package org.leavetracker.domain.model;

import java.util.List;

/**
 * @param approvalChain the levels a request of this type must pass (empty: the single level of the requester's
 *                      approvers, as before chains existed)
 * @param toil time off in lieu: recorded overtime adds to this type's balance
 * @param toilExpiryMonths months after which unspent overtime expires (null: never)
 * @param unit what its requests, policies and balances count: days (half days) or hours (half hours)
 * @param archived no new requests; its balances and history stay readable
 * @param rules what it asks of its requests beyond the balance (SPEC §3.9)
 */
public record LeaveType(String id, String name, boolean deductsFromAllowance, boolean requiresApproval,
                        boolean allowHalfDays, List<ApprovalLevel> approvalChain, boolean toil,
                        Integer toilExpiryMonths, LeaveUnit unit, boolean archived, LeaveTypeRules rules)
        implements Named {

    public LeaveType {
        approvalChain = approvalChain == null ? List.of() : List.copyOf(approvalChain);
        unit = unit == null ? LeaveUnit.DAYS : unit; // read items from before hourly leave
        rules = rules == null ? LeaveTypeRules.NONE : rules; // and from before leave-type rules
    }

    public LeaveType(String id, String name, boolean deductsFromAllowance, boolean requiresApproval,
                     boolean allowHalfDays, List<ApprovalLevel> approvalChain, boolean toil,
                     Integer toilExpiryMonths, LeaveUnit unit, boolean archived) {
        this(id, name, deductsFromAllowance, requiresApproval, allowHalfDays, approvalChain, toil, toilExpiryMonths,
                unit, archived, LeaveTypeRules.NONE);
    }

    public LeaveType(String id, String name, boolean deductsFromAllowance, boolean requiresApproval,
                     boolean allowHalfDays) {
        this(id, name, deductsFromAllowance, requiresApproval, allowHalfDays, LeaveUnit.DAYS);
    }

    public LeaveType(String id, String name, boolean deductsFromAllowance, boolean requiresApproval,
                     boolean allowHalfDays, LeaveUnit unit) {
        this(id, name, deductsFromAllowance, requiresApproval, allowHalfDays, List.of(), false, null, unit, false);
    }

    public LeaveType withApprovalChain(List<ApprovalLevel> levels) {
        return new LeaveType(id, name, deductsFromAllowance, requiresApproval, allowHalfDays, levels, toil,
                toilExpiryMonths, unit, archived, rules);
    }

    public LeaveType asToil(Integer expiryMonths) {
        return new LeaveType(id, name, deductsFromAllowance, requiresApproval, allowHalfDays, approvalChain, true,
                expiryMonths, unit, archived, rules);
    }

    /** The same type under another name and approval settings; what it counts and deducts never changes. */
    public LeaveType withSettings(String newName, boolean newRequiresApproval, boolean newAllowHalfDays) {
        return new LeaveType(id, newName, deductsFromAllowance, newRequiresApproval, newAllowHalfDays, approvalChain,
                toil, toilExpiryMonths, unit, archived, rules);
    }

    public LeaveType asArchived() {
        return new LeaveType(id, name, deductsFromAllowance, requiresApproval, allowHalfDays, approvalChain, toil,
                toilExpiryMonths, unit, true, rules);
    }

    public LeaveType withRules(LeaveTypeRules newRules) {
        return new LeaveType(id, name, deductsFromAllowance, requiresApproval, allowHalfDays, approvalChain, toil,
                toilExpiryMonths, unit, archived, newRules);
    }

    public boolean hourly() {
        return unit == LeaveUnit.HOURS;
    }
}
