package org.leavetracker.domain.write.leave;

import java.time.LocalDate;
import java.util.List;

import org.leavetracker.domain.error.Forbidden;
import org.leavetracker.domain.model.ApprovalLevel;
import org.leavetracker.domain.model.ApproverGroup;
import org.leavetracker.domain.write.AccessPolicy;
import org.leavetracker.domain.write.employee.Employee;
import org.leavetracker.domain.write.organization.Organization;

/**
 * Who decides a request and for whom: an admin, an assigned approver, or (SPEC §3.7) the substitute an assigned
 * approver named for today — then {@code onBehalfOf} is that approver, and the decision's event records it.
 */
public record Decider(Employee actor, Employee onBehalfOf) {

    /**
     * @param assignedApprovers the requester's assigned approvers, loaded (only consulted when the actor is neither
     *                          an admin nor assigned)
     */
    public static Decider of(Employee actor, Employee requester, List<Employee> assignedApprovers, LocalDate today) {
        requireSomeoneElsesInOwnOrganization(actor, requester);
        if (!needsApprovers(actor, requester)) {
            return new Decider(actor, null);
        }
        if (actor.role().mayApprove()) {
            for (Employee approver : assignedApprovers) {
                if (AccessPolicy.isAssignedApprover(approver, requester)
                        && approver.approvers().substituteOn(today).filter(actor.id()::equals).isPresent()) {
                    return new Decider(actor, approver);
                }
            }
        }
        throw new Forbidden("you are not an approver of " + requester.name() + " (nor anyone's substitute for them"
                + " today)");
    }

    /** At a group's or the admins' level of an approval chain: admins always, group members at their group's. */
    public static Decider atLevel(Employee actor, Employee requester, ApprovalLevel level, Organization organization) {
        requireSomeoneElsesInOwnOrganization(actor, requester);
        if (AccessPolicy.isAdmin(actor)) {
            return new Decider(actor, null);
        }
        if (level.kind() == ApprovalLevel.Kind.GROUP) {
            ApproverGroup group = organization.approverGroups().everSet(level.groupId());
            if (organization.approverGroups().members(group.id()).contains(actor.id())) {
                return new Decider(actor, null);
            }
            if (organization.approverGroups().members(group.id()).isEmpty()) {
                throw new Forbidden("this request waited for the approver group '" + group.name() + "', which was"
                        + " removed; an admin decides it");
            }
            throw new Forbidden("this request waits for the approver group '" + group.name() + "', which you are"
                    + " not in");
        }
        throw new Forbidden("this request waits for an admin's approval");
    }

    /** At a team managers' level: admins always; a manager of the requester's team (the admins when it has none). */
    public static Decider asTeamManager(Employee actor, Employee requester, List<String> managerIds) {
        requireSomeoneElsesInOwnOrganization(actor, requester);
        if (AccessPolicy.isAdmin(actor) || managerIds.contains(actor.id()) && actor.role().mayApprove()) {
            return new Decider(actor, null);
        }
        throw new Forbidden(managerIds.isEmpty() ? "this request waits for its team's managers; the team has none, so"
                + " an admin decides it" : "this request waits for a manager of " + requester.name() + "'s team");
    }

    private static void requireSomeoneElsesInOwnOrganization(Employee actor, Employee requester) {
        AccessPolicy.requireSameOrganization(actor, requester);
        if (actor.id().equals(requester.id())) {
            throw new Forbidden("you cannot approve or deny your own leave request");
        }
    }

    /** Whether the requester's own approvers must be loaded to tell (the actor is neither admin nor assigned). */
    public static boolean needsApprovers(Employee actor, Employee requester) {
        return !AccessPolicy.isAdmin(actor) && !AccessPolicy.isAssignedApprover(actor, requester);
    }

    public String onBehalfOfId() {
        return onBehalfOf == null ? null : onBehalfOf.id();
    }
}
