package org.leavetracker.domain.model;

import java.util.List;

/**
 * One level of a leave type's approval chain (SPEC §3.7): who must approve at that step.
 *
 * @param groupId the approver group, for {@link Kind#GROUP} only
 */
public record ApprovalLevel(Kind kind, String groupId) {

    public enum Kind {
        /** The requester's assigned approvers (or, with none assigned, the admins), and their substitutes. */
        APPROVERS,
        /** Any member of a named approver group. */
        GROUP,
        /** Any admin. */
        ADMINS,
        /** A manager of the team the requester is in on the leave's first day (the admins when it has none). */
        TEAM_MANAGERS
    }

    /** The one level every request had before chains: the requester's approvers. */
    public static final List<ApprovalLevel> SINGLE = List.of(new ApprovalLevel(Kind.APPROVERS, null));

    /** The levels a chain really has: an empty (or absent) chain is the single-level default. */
    public static List<ApprovalLevel> effective(List<ApprovalLevel> chain) {
        return chain == null || chain.isEmpty() ? SINGLE : chain;
    }
}
