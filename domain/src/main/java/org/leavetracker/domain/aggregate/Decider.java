package org.leavetracker.domain.aggregate;

import java.time.LocalDate;
import java.util.List;

import org.leavetracker.domain.error.Forbidden;

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
        AccessPolicy.requireSameOrganization(actor, requester);
        if (actor.id().equals(requester.id())) {
            throw new Forbidden("you cannot approve or deny your own leave request");
        }
        if (!needsApprovers(actor, requester)) {
            return new Decider(actor, null);
        }
        if (actor.role().mayApprove()) {
            for (Employee approver : assignedApprovers) {
                if (AccessPolicy.isAssignedApprover(approver, requester)
                        && approver.substituteOn(today).filter(actor.id()::equals).isPresent()) {
                    return new Decider(actor, approver);
                }
            }
        }
        throw new Forbidden("you are not an approver of " + requester.name() + " (nor anyone's substitute for them"
                + " today)");
    }

    /** Whether the requester's own approvers must be loaded to tell (the actor is neither admin nor assigned). */
    public static boolean needsApprovers(Employee actor, Employee requester) {
        return !AccessPolicy.isAdmin(actor) && !AccessPolicy.isAssignedApprover(actor, requester);
    }

    String onBehalfOfId() {
        return onBehalfOf == null ? null : onBehalfOf.id();
    }
}
