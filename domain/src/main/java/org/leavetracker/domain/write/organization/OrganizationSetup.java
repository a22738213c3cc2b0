package org.leavetracker.domain.write.organization;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.leavetracker.domain.error.Conflict;
import org.leavetracker.domain.event.DomainEvent;
import org.leavetracker.domain.event.PersonEvent.UserAdded;
import org.leavetracker.domain.model.Language;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.ApprovalLevel;
import org.leavetracker.domain.model.BlackoutMode;
import org.leavetracker.domain.model.BlackoutPeriod;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.Email;
import org.leavetracker.domain.model.LeavePolicy;
import org.leavetracker.domain.model.LeaveType;
import org.leavetracker.domain.model.LeaveTypeRules;
import org.leavetracker.domain.model.LeaveUnit;
import org.leavetracker.domain.model.Location;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.port.EventStore.StreamAppend;
import org.leavetracker.domain.port.EventStore.UniqueKey;
import org.leavetracker.domain.port.HolidayCalendar;
import org.leavetracker.domain.port.UniqueKeyTaken;
import org.leavetracker.domain.read.OrganizationView;
import org.leavetracker.domain.read.UserProfile;
import org.leavetracker.domain.write.AccessPolicy;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.CommandRetry;
import org.leavetracker.domain.write.Decision;
import org.leavetracker.domain.write.PersonContext;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.domain.write.employee.Employee;
import org.leavetracker.domain.write.employee.Identity;
import org.leavetracker.domain.write.organization.Organization;

/** Admin commands on an organization and its settings: users, locations, holidays, leave types, policies. */
public final class OrganizationSetup {

    private final Repository repository;
    private final HolidayCalendar calendars;
    private final CommandRetry retry;
    private final OrganizationFounding founding;

    public OrganizationSetup(Repository repository, HolidayCalendar calendars, CommandRetry retry) {
        this.repository = repository;
        this.calendars = calendars;
        this.retry = retry;
        this.founding = new OrganizationFounding(repository, retry);
    }

    /**
     * A signed-in identity that belongs to no organization creates one and becomes its ADMIN. Repeating it with the
     * same name returns the organization already created; any other attempt by a member of an organization is a
     * CONFLICT (an e-mail belongs to one user of one organization).
     */
    public OrganizationView createOrganization(Identity identity, String name, String commandId) {
        return founding.found(identity, name, commandId);
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
        if (owner.orgId().equals(admin.orgId()) && owner.name().equals(wanted.name())
                && owner.role() == wanted.role()) {
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
        return addHoliday(caller, locationId, date, name, false);
    }

    /** Admin: a custom holiday, or with {@code optional} a floating one people there may choose (SPEC §3.9). */
    public Location addHoliday(Caller caller, String locationId, LocalDate date, String name, boolean optional) {
        return changeSettings(caller, org -> org.locations().addHoliday(locationId, date, name, optional),
                (o, id) -> o.locations().get(id));
    }

    /** Admin: renames the organization. */
    public OrganizationView updateOrganization(Caller caller, String name) {
        return updateOrganization(caller, name, null);
    }

    /** Admin: renames the organization or names the language of everyone who has chosen none (null: unchanged). */
    public OrganizationView updateOrganization(Caller caller, String name, String defaultLanguage) {
        Language language = defaultLanguage == null ? null : Language.of(defaultLanguage, "defaultLanguage");
        return changeSettings(caller, org -> (name == null ? Decision.nothingChanged(org.id()) : org.rename(name))
                        .and(language == null ? Decision.nothingChanged(org.id()) : org.setDefaultLanguage(language)),
                (org, id) -> OrganizationView.of(org));
    }

    /**
     * Admin: how many years after their last day leavers' personal data is erased, once a day (SPEC §3.10); null
     * keeps it until an admin erases it.
     */
    public OrganizationView setRetention(Caller caller, Integer years) {
        return changeSettings(caller, org -> org.setRetention(years), (org, id) -> OrganizationView.of(org));
    }

    /** Admin: takes back a custom holiday; the days and balances of everyone in that location are recomputed. */
    public Location removeHoliday(Caller caller, String locationId, LocalDate date) {
        return changeSettings(caller, org -> org.locations().removeHoliday(locationId, date), (o, id) ->
                o.locations().get(id));
    }

    /**
     * Admin: takes back a blackout period; answers it as it was. Requests made from then on are not refused or held
     * by it; those made while it stood keep what it decided for them (an admin still decides the held ones).
     */
    public BlackoutPeriod removeBlackoutPeriod(Caller caller, String blackoutId) {
        return changeSettings(caller, org -> org.blackouts().remove(blackoutId), (o, id) -> o.blackouts()
                .everAdded(id));
    }

    /** Admin: corrects a location's name, time zone or holiday calendar (null: unchanged). */
    public Location updateLocation(Caller caller, String locationId, String name, String timeZone,
                                   String holidayCalendar) {
        return updateLocation(caller, locationId, name, timeZone, holidayCalendar, null);
    }

    /** @param optionalHolidaysPerYear how many optional holidays each person there may choose a year (null: same) */
    public Location updateLocation(Caller caller, String locationId, String name, String timeZone,
                                   String holidayCalendar, Integer optionalHolidaysPerYear) {
        return changeSettings(caller, org -> {
            Decision settings = org.locations().update(locationId, name, timeZone, holidayCalendar, calendars);
            if (optionalHolidaysPerYear == null) {
                return settings;
            }
            List<DomainEvent> events = new ArrayList<>(settings.events());
            events.addAll(org.locations().setOptionalHolidaysPerYear(locationId, optionalHolidaysPerYear).events());
            return Decision.of(locationId, events.toArray(DomainEvent[]::new));
        }, (o, id) -> o.locations().get(id));
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
        return changeSettings(caller, org -> org.leaveTypes().update(leaveTypeId, name, requiresApproval,
                allowHalfDays),
                (o, id) -> o.leaveTypes().get(id));
    }

    /**
     * Admin: corrects a leave type's name, approval settings and rules beyond the balance, each of them optional:
     * {@code rules} gives the rules as they are to be, from the type's current ones ({@link LeaveTypeRules#with}).
     */
    public LeaveType updateLeaveType(Caller caller, String leaveTypeId, String name, Boolean requiresApproval,
                                     Boolean allowHalfDays, java.util.function.UnaryOperator<LeaveTypeRules> rules) {
        return changeSettings(caller, org -> org.leaveTypes().update(leaveTypeId, name, requiresApproval,
                allowHalfDays, rules.apply(org.leaveTypes().get(leaveTypeId).rules())),
                (o, id) -> o.leaveTypes().get(id));
    }

    /** Admin: the leave type takes no new requests; its balances and history stay. */
    public LeaveType archiveLeaveType(Caller caller, String leaveTypeId) {
        return changeSettings(caller, org -> org.leaveTypes().archive(leaveTypeId), (o, id) -> o.leaveTypes().get(id));
    }

    /** Admin: takes back the policy set for that date; answers it as it was. */
    public LeavePolicy removeLeavePolicy(Caller caller, String locationId, String leaveTypeId,
            LocalDate effectiveDate) {
        return changeSettings(caller, org -> org.policies().remove(locationId, leaveTypeId, effectiveDate),
                (o, id) -> o.policies().everSet(id));
    }

    public LeaveType createLeaveType(Caller caller, String name, boolean deductsFromAllowance,
                                     boolean requiresApproval, boolean allowHalfDays) {
        return createLeaveType(caller, name, deductsFromAllowance, requiresApproval, allowHalfDays, null);
    }

    /** @param unit DAYS (null too) or HOURS */
    public LeaveType createLeaveType(Caller caller, String name, boolean deductsFromAllowance,
                                     boolean requiresApproval, boolean allowHalfDays, LeaveUnit unit) {
        return createLeaveType(caller, name, deductsFromAllowance, requiresApproval, allowHalfDays, unit,
                LeaveTypeRules.NONE);
    }

    /** @param rules what the type asks of its requests beyond the balance (SPEC §3.9) */
    public LeaveType createLeaveType(Caller caller, String name, boolean deductsFromAllowance,
                                     boolean requiresApproval, boolean allowHalfDays, LeaveUnit unit,
                                     LeaveTypeRules rules) {
        return changeSettings(caller,
                org -> org.leaveTypes().create(repository.newId(), name, deductsFromAllowance, requiresApproval,
                        allowHalfDays, unit, rules),
                (o, id) -> o.leaveTypes().get(id));
    }

    public LeavePolicy setLeavePolicy(Caller caller, SetLeavePolicy command) {
        return changeSettings(caller,
                org -> org.policies().set(repository.newId(), command.locationId(), command.leaveTypeId(),
                        command.effectiveDate(), command.annualAllowance(), command.accrual(), command.rolloverMax(),
                        command.rolloverExpiryMonths(), command.negativeBalanceAllowed(), command.tenureSteps(),
                        command.encashableDays()),
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

    /** Admin: the approval levels of a leave type, for requests made from now on (empty: one level). */
    public LeaveType setApprovalChain(Caller caller, String leaveTypeId, List<ApprovalLevel> levels) {
        return changeSettings(caller, org -> org.leaveTypes().setApprovalChain(leaveTypeId, levels), (o, id) ->
                o.leaveTypes().get(id));
    }

    /** Admin: makes a leave type time off in lieu, unspent overtime expiring after {@code expiryMonths} (or never). */
    public LeaveType setToil(Caller caller, String leaveTypeId, Integer expiryMonths) {
        return changeSettings(caller, org -> org.leaveTypes().enableToil(leaveTypeId, expiryMonths), (o, id) ->
                o.leaveTypes().get(id));
    }

    private <T> T changeSettings(Caller caller, Function<Organization, Decision> decide,
                                 SettingsChange.Lookup<T> result) {
        return SettingsChange.apply(repository, retry, caller, decide, result);
    }

    private UserProfile profile(Employee employee, Organization organization) {
        PersonContext person = PersonContext.of(employee, organization, calendars);
        return UserProfile.of(employee, person.timeline(), repository.todayFor(employee, organization));
    }
}
