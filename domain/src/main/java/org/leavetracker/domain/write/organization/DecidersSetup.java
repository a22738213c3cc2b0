package org.leavetracker.domain.write.organization;

import java.util.List;
import java.util.function.Function;

import org.leavetracker.domain.error.NotFound;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.model.ApproverGroup;
import org.leavetracker.domain.model.Team;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.CommandRetry;
import org.leavetracker.domain.write.Decision;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.domain.write.employee.Employee;

/** Admin commands on who decides leave besides a person's approver: teams with their managers, and approver groups. */
public final class DecidersSetup {

    private final Repository repository;
    private final CommandRetry retry;

    public DecidersSetup(Repository repository, CommandRetry retry) {
        this.repository = repository;
        this.retry = retry;
    }

    /** Admin: removes an approver group that no approval chain names; answers it as it was. */
    public ApproverGroup removeApproverGroup(Caller caller, String groupId) {
        return changeSettings(caller, org -> org.approverGroups().remove(groupId), (o, id) -> o.approverGroups()
                .everSet(id));
    }

    /**
     * Admin: creates an approver group, or replaces the members of the group with that name. Members must be
     * approvers or admins of the organization.
     */
    public ApproverGroup setApproverGroup(Caller caller, String name, List<String> memberIds) {
        return changeSettings(caller, org -> {
            requireDeciders(org, memberIds, "approver groups hold approvers and admins");
            return org.approverGroups().set(repository.newId(), name, memberIds);
        }, (o, id) -> o.approverGroups().get(id));
    }

    /** Admin: a new team (SPEC §3.8); the same name again answers the team made before. */
    public Team createTeam(Caller caller, String name) {
        return changeSettings(caller, org -> org.teams().create(repository.newId(), name), (o, id) -> o.teams()
                .get(id));
    }

    public Team renameTeam(Caller caller, String teamId, String name) {
        return changeSettings(caller, org -> org.teams().rename(teamId, name), (o, id) -> o.teams().get(id));
    }

    /** Admin: the team's managers, approvers or admins of the organization (they approve its members' leave). */
    public Team setTeamManagers(Caller caller, String teamId, List<String> managerIds) {
        return changeSettings(caller, org -> {
            requireDeciders(org, managerIds, "team managers approve leave, so they are approvers or admins");
            return org.teams().setManagers(teamId, managerIds);
        }, (o, id) -> o.teams().get(id));
    }

    /** People who will decide leave: each of this organization, and an approver or admin (else {@code why}). */
    private void requireDeciders(Organization org, List<String> userIds, String why) {
        for (String userId : userIds == null ? List.<String>of() : userIds) {
            Employee person = repository.findEmployee(userId).filter(e -> e.orgId().equals(org.id()))
                    .orElseThrow(() -> new NotFound("no user with id " + userId));
            if (!person.role().mayApprove()) {
                throw new ValidationError(person.name() + " is a " + person.role() + "; " + why);
            }
        }
    }

    private <T> T changeSettings(Caller caller, Function<Organization, Decision> decide,
                                 SettingsChange.Lookup<T> result) {
        return SettingsChange.apply(repository, retry, caller, decide, result);
    }
}
