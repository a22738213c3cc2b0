package org.leavetracker.domain.provisioning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.leavetracker.domain.error.Conflict;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.Email;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.model.Team;
import org.leavetracker.domain.port.EventStore.UniqueKey;
import org.leavetracker.domain.read.UserProfile;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.domain.write.employee.Employee;
import org.leavetracker.domain.write.employee.EmployeeAdministration;
import org.leavetracker.domain.write.organization.DecidersSetup;
import org.leavetracker.domain.write.organization.Organization;
import org.leavetracker.domain.write.organization.OrganizationSetup;

/**
 * What an identity provider's change does (SPEC §8): the commands an admin would run for it, each one only where
 * something differs, with the provider's agent as the actor. A retry of the same change therefore writes nothing.
 */
public final class PeopleProvisioning {

    private final Repository repository;
    private final OrganizationSetup setup;
    private final DecidersSetup deciders;
    private final EmployeeAdministration administration;
    private final ProvisionedPlacement placement;

    public PeopleProvisioning(Repository repository, OrganizationSetup setup, DecidersSetup deciders,
                              EmployeeAdministration administration) {
        this.repository = repository;
        this.setup = setup;
        this.deciders = deciders;
        this.administration = administration;
        this.placement = new ProvisionedPlacement(repository, administration);
    }

    /**
     * A new person. An e-mail already in the organization, added by hand, by CSV or provisioned before, is a
     * CONFLICT: the provider finds that person by {@code userName} and links to them instead, so no one is duplicated.
     */
    public UserProfile create(Caller agent, ProvisionedPerson person) {
        Employee admin = repository.actor(agent);
        Email email = Email.of(person.email());
        Optional<String> owner = repository.ownerOf(UniqueKey.email(email.value(), null).key());
        if (owner.isPresent() && repository.employee(owner.get()).email().equals(email)) {
            throw new Conflict("a user with userName " + email.value() + " exists already");
        }
        Organization organization = repository.organization(admin.orgId());
        ProvisionedPlacement.Start start = placement.startOf(organization, person);
        UserProfile added = setup.addUser(step(agent, "addUser"), email.value(), person.name(), Role.MEMBER);
        placement.start(agent, added.id(), start);
        // placed already, from their first day: the rest as for anyone
        return replace(agent, added.id(), new ProvisionedPerson(person.email(), person.name(), person.active(),
                person.department(), person.managerId(), AttributeChange.kept()));
    }

    /** The person made as described; what the description leaves out stays as it is. */
    public UserProfile replace(Caller agent, String userId, ProvisionedPerson person) {
        Employee admin = repository.actor(agent);
        Employee user = repository.employeeOf(admin, userId);
        Organization organization = repository.organization(admin.orgId());
        Email email = person.email() == null ? user.email() : Email.of(person.email());
        String name = person.name() == null ? user.name() : person.name();
        if (!email.equals(user.email()) || !name.equals(user.name())) {
            administration.updateUser(step(agent, "updateUser"), userId, name, email.value());
        }
        if (person.location() instanceof AttributeChange.Given<String>(String locationName)) {
            placement.moveTo(agent, userId, locationName, organization);
        }
        department(agent, userId, person.department(), organization);
        manager(agent, userId, person.managerId());
        active(agent, userId, person.active());
        return profile(agent, userId);
    }

    public UserProfile profile(Caller agent, String userId) {
        Employee admin = repository.actor(agent);
        return administration.profile(repository.employeeOf(admin, userId));
    }

    /** A person as the provider reads them back: with their team's name, version and the times of their trail. */
    public record ProvisionedUser(UserProfile profile, String department, long version, Instant created,
                                  Instant lastModified) {
    }

    public ProvisionedUser describe(Caller agent, String userId) {
        Employee admin = repository.actor(agent);
        Employee user = repository.employeeOf(admin, userId);
        List<RecordedEvent> trail = repository.history(userId);
        UserProfile profile = administration.profile(user);
        String department = profile.teamId() == null ? null
                : teamNames(repository.organization(admin.orgId())).get(profile.teamId());
        return new ProvisionedUser(profile, department, user.version(), trail.getFirst().occurredAt(),
                trail.getLast().occurredAt());
    }

    /** The person of the organization with that e-mail, as {@code userName eq "…"} asks. */
    public Optional<ProvisionedUser> findByUserName(Caller agent, String userName) {
        Employee admin = repository.actor(agent);
        Email email;
        try {
            email = Email.of(userName);
        } catch (ValidationError notAnEmail) {
            return Optional.empty();
        }
        return repository.ownerOf(UniqueKey.email(email.value(), null).key())
                .flatMap(repository::findEmployee)
                .filter(user -> user.orgId().equals(admin.orgId()) && user.email().equals(email))
                .map(user -> describe(agent, user.id()));
    }

    public ProvisioningSettings settings(Caller agent) {
        return repository.organization(repository.actor(agent).orgId()).provisioning().settings();
    }

    /** The organization's teams, which a provider reads as groups. */
    public List<Team> teams(Caller agent) {
        return List.copyOf(repository.organization(repository.actor(agent).orgId()).teams().all());
    }

    public Team team(Caller agent, String teamId) {
        return repository.organization(repository.actor(agent).orgId()).teams().get(teamId);
    }

    /** A group pushed by the provider: the team of that name, made if there is none. */
    public Team createTeam(Caller agent, String name) {
        return deciders.createTeam(step(agent, "createTeam"), name);
    }

    public Team renameTeam(Caller agent, String teamId, String name) {
        return team(agent, teamId).name().equals(name) ? team(agent, teamId)
                : deciders.renameTeam(step(agent, "renameTeam"), teamId, name);
    }

    /** The person is in the team from today on, where they work (nothing changes if they are already). */
    public void join(Caller agent, String userId, String teamId) {
        Organization organization = repository.organization(repository.actor(agent).orgId());
        organization.teams().get(teamId);
        Employee user = repository.employeeOf(repository.actor(agent), userId);
        LocalDate today = repository.todayFor(user, organization);
        if (!teamId.equals(user.employment().teamOn(today).orElse(null))) {
            administration.moveUserToTeam(step(agent, "join." + userId), userId, teamId, today);
        }
    }

    /** The person leaves the team today, if they are in it. */
    public void leave(Caller agent, String userId, String teamId) {
        Organization organization = repository.organization(repository.actor(agent).orgId());
        Employee user = repository.employeeOf(repository.actor(agent), userId);
        LocalDate today = repository.todayFor(user, organization);
        if (teamId.equals(user.employment().teamOn(today).orElse(null))) {
            administration.moveUserToTeam(step(agent, "leave." + userId), userId, null, today);
        }
    }

    /** The organization's team names by id, what a department is read as. */
    public Map<String, String> teamNames(Caller agent) {
        return teamNames(repository.organization(repository.actor(agent).orgId()));
    }

    private static Map<String, String> teamNames(Organization organization) {
        Map<String, String> names = new HashMap<>();
        organization.teams().all().forEach(team -> names.put(team.id(), team.name()));
        return names;
    }

    private void department(Caller agent, String userId, AttributeChange<String> change, Organization organization) {
        Employee user = repository.employee(userId);
        LocalDate today = repository.todayFor(user, organization);
        String current = user.employment().teamOn(today).orElse(null);
        String wanted = switch (change) {
            case AttributeChange.Kept<String> k -> current;
            case AttributeChange.Cleared<String> c -> null;
            case AttributeChange.Given<String>(String department) -> teamNamed(agent, organization, department);
        };
        if (wanted == null ? current != null : !wanted.equals(current)) {
            administration.moveUserToTeam(step(agent, "moveUserToTeam"), userId, wanted, today);
        }
    }

    /** The team named after the department, created where the settings say so; else the person keeps theirs. */
    private String teamNamed(Caller agent, Organization organization, String department) {
        if (department.isBlank()) {
            return null;
        }
        Optional<Team> team = organization.teams().stream().filter(t -> t.name().equalsIgnoreCase(department.trim()))
                .findFirst();
        if (team.isPresent()) {
            return team.get().id();
        }
        if (!organization.provisioning().settings().createsTeams()) {
            throw ValidationError.at("department", "no team is named '" + department
                    + "', and provisioning does not create teams");
        }
        return deciders.createTeam(step(agent, "createTeam"), department).id();
    }

    /**
     * The manager is the person's first approver. A new manager who may not approve yet becomes an APPROVER: in a
     * company the provider speaks for, a manager decides their people's leave.
     */
    private void manager(Caller agent, String userId, AttributeChange<String> change) {
        Employee user = repository.employee(userId);
        String current = user.approvers().ids().isEmpty() ? null : user.approvers().ids().getFirst();
        switch (change) {
            case AttributeChange.Kept<String> k -> {
            }
            case AttributeChange.Cleared<String> c -> {
                if (current != null) {
                    administration.removeApprover(step(agent, "removeApprover"), userId, current);
                }
            }
            case AttributeChange.Given<String>(String managerId) -> {
                if (managerId.equals(current)) {
                    return;
                }
                Employee manager = repository.employeeOf(repository.actor(agent), managerId);
                if (!manager.role().mayApprove()) {
                    setup.changeUserRole(step(agent, "changeUserRole"), managerId, Role.APPROVER);
                }
                administration.assignApprover(step(agent, "assignApprover"), userId, managerId);
                if (current != null) {
                    administration.removeApprover(step(agent, "removeApprover"), userId, current);
                }
            }
        }
    }

    private void active(Caller agent, String userId, Boolean active) {
        if (active == null) {
            return;
        }
        Employee user = repository.employee(userId);
        Organization organization = repository.organization(user.orgId());
        boolean ended = user.employment().endsOn().isPresent();
        if (!active && !ended) {
            administration.endEmployment(step(agent, "endEmployment"), userId, repository.todayFor(user, organization));
        } else if (active && ended) {
            administration.undoEndEmployment(step(agent, "undoEndEmployment"), userId);
        }
    }

    /**
     * One change of the provider is several commands; each gets an id of its own derived from the change's, so none
     * is taken for a retry of another, and a retry of the whole change repeats none.
     */
    static Caller step(Caller agent, String command) {
        return new Caller(agent.userId(), agent.commandId() == null ? null : agent.commandId() + "." + command);
    }
}
