package org.leavetracker.domain.write;

import org.leavetracker.domain.error.Forbidden;
import org.leavetracker.domain.error.NotFound;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.write.employee.Employee;
import org.leavetracker.domain.write.organization.Organization;

/**
 * Who may do what (SPEC §3.5), as pure functions of the caller's current role and assignments. Callers are always
 * loaded fresh for each command, so a change of role or assignment applies to their next request.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    public static boolean isAdmin(Employee caller) {
        return caller.role() == Role.ADMIN;
    }

    public static void requireAdmin(Employee caller) {
        if (!isAdmin(caller)) {
            throw new Forbidden("only an admin may do this; you are " + caller.role());
        }
    }

    /** Another organization's things do not exist for the caller: the same answer as for an unknown id. */
    public static void requireSameOrganization(Employee caller, Employee target) {
        if (!caller.orgId().equals(target.orgId())) {
            throw new NotFound("no user with id " + target.id());
        }
    }

    /** An assigned approver who still holds an approving role. */
    public static boolean isAssignedApprover(Employee caller, Employee target) {
        return caller.role().mayApprove() && target.approvers().ids().contains(caller.id());
    }

    /** Record past leave: an admin, or an approver assigned to that user. */
    public static void requireMayRecordPastLeave(Employee caller, Employee target) {
        requireApproverOrAdminOf(caller, target, "record their past leave");
    }

    /** Overtime is recorded by whoever manages the person's time: their approvers and admins. */
    public static void requireMayRecordOvertime(Employee caller, Employee target) {
        requireApproverOrAdminOf(caller, target, "record their overtime");
    }

    private static void requireApproverOrAdminOf(Employee caller, Employee target, String action) {
        requireSameOrganization(caller, target);
        if (!isAdmin(caller) && !isAssignedApprover(caller, target)) {
            throw new Forbidden("only an admin or an approver of " + target.name() + " may " + action);
        }
    }

    /** Read someone's requests and balances: themself, their assigned approvers, admins. */
    public static boolean mayRead(Employee caller, Employee target) {
        return caller.orgId().equals(target.orgId())
                && (caller.id().equals(target.id()) || isAdmin(caller) || isAssignedApprover(caller, target));
    }

    /** Also the managers of a team the target is or was in (they approve the target's requests, SPEC §3.8). */
    public static void requireMayRead(Employee caller, Employee target, Organization organization) {
        requireSameOrganization(caller, target);
        boolean manager = caller.role().mayApprove() && target.employment().teams().entries().values().stream()
                .map(organization.teams()::find).flatMap(java.util.Optional::stream)
                .anyMatch(team -> team.managerIds().contains(caller.id()));
        if (!manager) {
            requireMayRead(caller, target);
        }
    }

    public static void requireMayRead(Employee caller, Employee target) {
        requireSameOrganization(caller, target);
        if (!mayRead(caller, target)) {
            throw new Forbidden("you may read only your own leave and that of the people you approve");
        }
    }
}
