package org.leavetracker.domain.model;

import java.util.List;

/**
 * @param approvalChain the levels a request of this type must pass (empty: the single level of the requester's
 *                      approvers, as before chains existed)
 * @param toil time off in lieu: recorded overtime adds to this type's balance
 * @param toilExpiryMonths months after which unspent overtime expires (null: never)
 */
public record LeaveType(String id, String name, boolean deductsFromAllowance, boolean requiresApproval,
                        boolean allowHalfDays, List<ApprovalLevel> approvalChain, boolean toil,
                        Integer toilExpiryMonths) {

    public LeaveType {
        approvalChain = approvalChain == null ? List.of() : List.copyOf(approvalChain);
    }

    public LeaveType(String id, String name, boolean deductsFromAllowance, boolean requiresApproval,
                     boolean allowHalfDays) {
        this(id, name, deductsFromAllowance, requiresApproval, allowHalfDays, List.of(), false, null);
    }

    public LeaveType withApprovalChain(List<ApprovalLevel> levels) {
        return new LeaveType(id, name, deductsFromAllowance, requiresApproval, allowHalfDays, levels, toil,
                toilExpiryMonths);
    }

    public LeaveType asToil(Integer expiryMonths) {
        return new LeaveType(id, name, deductsFromAllowance, requiresApproval, allowHalfDays, approvalChain, true,
                expiryMonths);
    }
}
