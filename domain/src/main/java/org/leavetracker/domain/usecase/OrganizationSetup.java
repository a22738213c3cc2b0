package org.leavetracker.domain.usecase;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

import org.leavetracker.domain.aggregate.AccessPolicy;
import org.leavetracker.domain.aggregate.Decision;
import org.leavetracker.domain.aggregate.Employee;
import org.leavetracker.domain.aggregate.Organization;
import org.leavetracker.domain.error.Conflict;
import org.leavetracker.domain.error.NotFound;
import org.leavetracker.domain.error.Unauthenticated;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.event.DomainEvent;
import org.leavetracker.domain.event.PersonEvent.IdentityBound;
import org.leavetracker.domain.event.PersonEvent.UserAdded;
import org.leavetracker.domain.model.ApprovalLevel;
import org.leavetracker.domain.model.ApproverGroup;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.BlackoutMode;
import org.leavetracker.domain.model.BlackoutPeriod;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.Email;
import org.leavetracker.domain.model.LeavePolicy;
import org.leavetracker.domain.model.LeaveType;
import org.leavetracker.domain.model.LeaveUnit;
import org.leavetracker.domain.model.Location;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.model.Team;
import org.leavetracker.domain.port.EventStore.StreamAppend;
import org.leavetracker.domain.port.EventStore.UniqueKey;
import org.leavetracker.domain.port.HolidayCalendar;
import org.leavetracker.domain.port.UniqueKeyTaken;

/** Admin commands on an organization and its settings: users, locations, holidays, leave types, policies. */
public final class OrganizationSetup {

    private final Repository repository;
    private final HolidayCalendar calendars;
    private final CommandRetry retry;

    public OrganizationSetup(Repository repository, HolidayCalendar calendars, CommandRetry retry) {
        this.repository = repository;
        this.calendars = calendars;
        this.retry = retry;
    }

    /**
     * A signed-in identity that belongs to no organization creates one and becomes its ADMIN. Repeating it with the
     * same name returns the organization already created; any other attempt by a member of an organization is a
     * CONFLICT (an e-mail belongs to one user of one organization).
     */
    public OrganizationView createOrganization(Identity identity, String name, String commandId) {
        if (identity.verifiedEmail() == null) {
            throw new Unauthenticated("creating an organization needs a verified e-mail address (sign in with the"
                    + " ID token once your e-mail is verified)");
        }
        UserAdded admin = Employee.add(identity.email(), displayName(identity), Role.ADMIN);
        String orgName = Organization.create(name).name();
        return retry.run(() -> {
            var existing = identity.subject() == null ? Optional.<String>empty()
                    : repository.ownerOf(UniqueKey.subject(identity.subject(), null).key());
            if (existing.isEmpty()) {
                existing = repository.ownerOf(emailKey(identity.email()));
            }
            if (existing.isPresent()) {
                return alreadyCreated(existing.get(), orgName);
            }
            String orgId = repository.newId();
            String userId = repository.newId();
            try {
                List<DomainEvent> founder = new ArrayList<>(List.of(admin));
                List<UniqueKey> keys = new ArrayList<>(List.of(UniqueKey.email(identity.email().value(), userId)));
                if (identity.subject() != null) { // bound at once, as a first sign-in would bind them
                    founder.add(new IdentityBound(identity.subject()));
                    keys.add(UniqueKey.subject(identity.subject(), userId));
                }
                repository.append(orgId, new Caller(userId, commandId),
                        List.of(new StreamAppend(orgId, 0, List.of(Organization.create(orgName))),
                                new StreamAppend(userId, 0, founder)), keys);
            } catch (UniqueKeyTaken raced) {
                return alreadyCreated(raced.ownerId(), orgName);
            }
            return OrganizationView.of(repository.organization(orgId));
        });
    }

    private OrganizationView alreadyCreated(String userId, String orgName) {
        Employee user = repository.employee(userId);
        Organization organization = repository.organization(user.orgId());
        if (user.role() == Role.ADMIN && organization.name().equals(orgName)) {
            return OrganizationView.of(organization);
        }
        throw new Conflict("you already belong to organization '" + organization.name() + "'");
    }

    private static String displayName(Identity identity) {
        if (identity.name() != null && !identity.name().isBlank()) {
            return identity.name();
        }
        return identity.email().value().substring(0, identity.email().value().indexOf('@'));
    }

    private static String emailKey(Email email) {
        return UniqueKey.email(email.value(), null).key();
    }

    /** Adds a user; the e-mail must be free in the whole installation. Repeating the same addition is harmless. */
    public UserProfile addUser(Caller caller, String emailAddress, String name, Role role) {
        Email email = Email.of(emailAddress);
        UserAdded added = Employee.add(email, name, role);
        return retry.run(() -> {
            Employee admin = repository.actor(caller);
            AccessPolicy.requireAdmin(admin);
            String userId = repository.newId();
            try {
                repository.append(admin.orgId(), caller, List.of(new StreamAppend(userId, 0, List.of(added))),
                        List.of(UniqueKey.email(email.value(), userId)));
            } catch (UniqueKeyTaken taken) {
                userId = sameUserAddedBefore(taken.ownerId(), admin, added);
            }
            return profile(repository.employee(userId), repository.organization(admin.orgId()));
        });
    }

    private String sameUserAddedBefore(String ownerId, Employee admin, UserAdded wanted) {
        Employee owner = repository.employee(ownerId);
        if (owner.orgId().equals(admin.orgId()) && owner.name().equals(wanted.name()) && owner.role() == wanted.role()) {
            return owner.id();
        }
        throw new Conflict("the e-mail address " + wanted.email() + " is already used by another user");
    }

    public UserProfile changeUserRole(Caller caller, String userId, Role role) {
        return retry.run(() -> {
            Employee admin = repository.actor(caller);
            AccessPolicy.requireAdmin(admin);
            Employee user = repository.employeeOf(admin, userId);
            Decision decision = user.changeRole(role, admin);
            user = user.after(repository.save(admin.orgId(), user.id(), user.version(), decision, caller));
            return profile(user, repository.organization(admin.orgId()));
        });
    }

    public Location createLocation(Caller caller, String name, String timeZone, String holidayCalendar,
                                   List<DayOfWeek> workingDays) {
        return createLocation(caller, name, timeZone, holidayCalendar, workingDays, null);
    }

    /** @param hoursPerDay the working hours of each working day there (null: 8) */
    public Location createLocation(Caller caller, String name, String timeZone, String holidayCalendar,
                                   List<DayOfWeek> workingDays, Days hoursPerDay) {
        return changeSettings(caller, org -> org.locations().create(repository.newId(), name, timeZone, holidayCalendar,
                workingDays, hoursPerDay, calendars), (o, id) -> o.locations().get(id));
    }

    public Location addHoliday(Caller caller, String locationId, LocalDate date, String name) {
        return changeSettings(caller, org -> org.locations().addHoliday(locationId, date, name), (o, id) -> o.locations().get(id));
    }

    /** Admin: renames the organization. */
    public OrganizationView updateOrganization(Caller caller, String name) {
        return changeSettings(caller, org -> org.rename(name), (org, id) -> OrganizationView.of(org));
    }

    /** Admin: takes back a custom holiday; the days and balances of everyone in that location are recomputed. */
    public Location removeHoliday(Caller caller, String locationId, LocalDate date) {
        return changeSettings(caller, org -> org.locations().removeHoliday(locationId, date), (o, id) -> o.locations().get(id));
    }

    /**
     * Admin: takes back a blackout period; answers it as it was. Requests made from then on are not refused or held
     * by it; those made while it stood keep what it decided for them (an admin still decides the held ones).
     */
    public BlackoutPeriod removeBlackoutPeriod(Caller caller, String blackoutId) {
        return changeSettings(caller, org -> org.blackouts().remove(blackoutId), (o, id) -> o.blackouts().everAdded(id));
    }

    /** Admin: corrects a location's name, time zone or holiday calendar (null: unchanged). */
    public Location updateLocation(Caller caller, String locationId, String name, String timeZone,
                                   String holidayCalendar) {
        return changeSettings(caller, org -> org.locations().update(locationId, name, timeZone, holidayCalendar, calendars),
                (o, id) -> o.locations().get(id));
    }

    /** Admin: the location's working week from a date on; days and balances of its people are recomputed. */
    public Location setLocationWorkingWeek(Caller caller, String locationId, List<DayOfWeek> workingDays,
                                           LocalDate effectiveDate, Days hoursPerDay, Map<DayOfWeek, Days> hoursByDay) {
        return changeSettings(caller, org -> org.locations().setWorkingWeek(locationId, workingDays, effectiveDate,
                hoursPerDay, hoursByDay), (o, id) -> o.locations().get(id));
    }

    /** Admin: no one moves into the location from now on. */
    public Location archiveLocation(Caller caller, String locationId) {
        return changeSettings(caller, org -> org.locations().archive(locationId), (o, id) -> o.locations().get(id));
    }

    /** Admin: corrects a leave type's name and approval settings (null: unchanged), for requests from now on. */
    public LeaveType updateLeaveType(Caller caller, String leaveTypeId, String name, Boolean requiresApproval,
                                     Boolean allowHalfDays) {
        return changeSettings(caller, org -> org.leaveTypes().update(leaveTypeId, name, requiresApproval, allowHalfDays),
                (o, id) -> o.leaveTypes().get(id));
    }

    /** Admin: the leave type takes no new requests; its balances and history stay. */
    public LeaveType archiveLeaveType(Caller caller, String leaveTypeId) {
        return changeSettings(caller, org -> org.leaveTypes().archive(leaveTypeId), (o, id) -> o.leaveTypes().get(id));
    }

    /** Admin: takes back the policy set for that date; answers it as it was. */
    public LeavePolicy removeLeavePolicy(Caller caller, String locationId, String leaveTypeId, LocalDate effectiveDate) {
        return changeSettings(caller, org -> org.policies().remove(locationId, leaveTypeId, effectiveDate),
                (o, id) -> o.policies().everSet(id));
    }

    /** Admin: removes an approver group that no approval chain names; answers it as it was. */
    public ApproverGroup removeApproverGroup(Caller caller, String groupId) {
        return changeSettings(caller, org -> org.approverGroups().remove(groupId), (o, id) -> o.approverGroups().everSet(id));
    }

    public LeaveType createLeaveType(Caller caller, String name, boolean deductsFromAllowance,
                                     boolean requiresApproval, boolean allowHalfDays) {
        return createLeaveType(caller, name, deductsFromAllowance, requiresApproval, allowHalfDays, null);
    }

    /** @param unit DAYS (null too) or HOURS */
    public LeaveType createLeaveType(Caller caller, String name, boolean deductsFromAllowance,
                                     boolean requiresApproval, boolean allowHalfDays, LeaveUnit unit) {
        return changeSettings(caller,
                org -> org.leaveTypes().create(repository.newId(), name, deductsFromAllowance, requiresApproval,
                        allowHalfDays, unit),
                (o, id) -> o.leaveTypes().get(id));
    }

    public LeavePolicy setLeavePolicy(Caller caller, SetLeavePolicy command) {
        return changeSettings(caller,
                org -> org.policies().set(repository.newId(), command.locationId(), command.leaveTypeId(),
                        command.effectiveDate(), command.annualAllowance(), command.accrual(), command.rolloverMax(),
                        command.rolloverExpiryMonths(), command.negativeBalanceAllowed()),
                (o, id) -> o.policies().get(id));
    }

    /** The positional form, for the tests' brevity. */
    public LeavePolicy setLeavePolicy(Caller caller, String locationId, String leaveTypeId, LocalDate effectiveDate,
                                      Days annualAllowance, Accrual accrual, Days rolloverMax,
                                      Integer rolloverExpiryMonths, Days negativeBalanceAllowed) {
        return setLeavePolicy(caller, new SetLeavePolicy(locationId, leaveTypeId, effectiveDate, annualAllowance,
                accrual, rolloverMax, rolloverExpiryMonths, negativeBalanceAllowed));
    }

    public BlackoutPeriod addBlackoutPeriod(Caller caller, String locationId, LocalDate from, LocalDate to,
                                            List<String> leaveTypeIds, BlackoutMode mode) {
        return changeSettings(caller,
                org -> org.blackouts().add(repository.newId(), locationId, from, to, leaveTypeIds, mode),
                (o, id) -> o.blackouts().get(id));
    }

    /**
     * The public holidays a holiday calendar gives in a year, by date: what a location with that calendar will not
     * count (an admin choosing a calendar sees them first). Any signed-in user may ask; the calendars are public.
     */
    public SortedMap<LocalDate, String> publicHolidays(Caller caller, String holidayCalendar, int year) {
        repository.actor(caller);
        if (holidayCalendar == null || !calendars.supports(holidayCalendar)) {
            throw new ValidationError("unknown holiday calendar '" + holidayCalendar + "': use an ISO 3166 country"
                    + " code with an optional subdivision (DE, DE-BY, FR, GB-ENG, US-NY) or NONE");
        }
        Employee.requireYear(year);
        return new TreeMap<>(calendars.holidays(holidayCalendar, year));
    }

    /** The holiday calendars offered, code → English name (any signed-in user: the calendars are public). */
    public SortedMap<String, String> holidayCalendars(Caller caller) {
        repository.actor(caller);
        return calendars.names();
    }

    /** The organization's blackout periods (admins set them; everyone may see them, to plan around them). */
    public List<BlackoutPeriod> blackoutPeriods(Caller caller) {
        Employee actor = repository.actor(caller);
        return List.copyOf(repository.organization(actor.orgId()).blackouts().all());
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
        return changeSettings(caller, org -> org.teams().create(repository.newId(), name), (o, id) -> o.teams().get(id));
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

    /** Admin: the approval levels of a leave type, for requests made from now on (empty: one level). */
    public LeaveType setApprovalChain(Caller caller, String leaveTypeId, List<ApprovalLevel> levels) {
        return changeSettings(caller, org -> org.leaveTypes().setApprovalChain(leaveTypeId, levels), (o, id) -> o.leaveTypes().get(id));
    }

    /** Admin: makes a leave type time off in lieu, unspent overtime expiring after {@code expiryMonths} (or never). */
    public LeaveType setToil(Caller caller, String leaveTypeId, Integer expiryMonths) {
        return changeSettings(caller, org -> org.leaveTypes().enableToil(leaveTypeId, expiryMonths), (o, id) -> o.leaveTypes().get(id));
    }

    /** The organization's approver groups (everyone may see who approves what). */
    public List<ApproverGroup> approverGroups(Caller caller) {
        Employee actor = repository.actor(caller);
        return List.copyOf(repository.organization(actor.orgId()).approverGroups().all());
    }

    private <T> T changeSettings(Caller caller, Function<Organization, Decision> decide,
                                 OrganizationLookup<T> result) {
        return changeSettings(repository, retry, caller, decide, result);
    }

    /** An admin's change to the organization's settings, retried on a concurrent change; returns what it made. */
    static <T> T changeSettings(Repository repository, CommandRetry retry, Caller caller,
                                Function<Organization, Decision> decide, OrganizationLookup<T> result) {
        return retry.run(() -> {
            Employee admin = repository.actor(caller);
            AccessPolicy.requireAdmin(admin);
            Organization organization = repository.organization(admin.orgId());
            Decision decision = decide.apply(organization);
            organization = organization.after(repository.save(organization.id(), organization.id(), organization.version(), decision, caller));
            return result.find(organization, decision.subjectId());
        });
    }

    private UserProfile profile(Employee employee, Organization organization) {
        PersonContext person = PersonContext.of(employee, organization, calendars);
        return UserProfile.of(employee, person.timeline(), repository.todayFor(employee, organization));
    }

    @FunctionalInterface
    interface OrganizationLookup<T> {
        T find(Organization organization, String id);
    }
}
