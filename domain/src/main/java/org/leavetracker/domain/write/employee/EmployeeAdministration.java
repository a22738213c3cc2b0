package org.leavetracker.domain.write.employee;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.error.Conflict;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.Email;
import org.leavetracker.domain.model.LeaveType;
import org.leavetracker.domain.port.EventStore.StreamAppend;
import org.leavetracker.domain.port.EventStore.UniqueKey;
import org.leavetracker.domain.port.HolidayCalendar;
import org.leavetracker.domain.port.UniqueKeyTaken;
import org.leavetracker.domain.read.UserProfile;
import org.leavetracker.domain.write.AccessPolicy;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.CommandRetry;
import org.leavetracker.domain.write.Decision;
import org.leavetracker.domain.write.PersonContext;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.domain.write.employee.Employee;
import org.leavetracker.domain.write.organization.Organization;

/** Admin commands on one user: location moves, approvers, working weeks, balance adjustments. */
public final class EmployeeAdministration {

    private final Repository repository;
    private final HolidayCalendar calendars;
    private final CommandRetry retry;

    public EmployeeAdministration(Repository repository, HolidayCalendar calendars, CommandRetry retry) {
        this.repository = repository;
        this.calendars = calendars;
        this.retry = retry;
    }

    public UserProfile moveUserToLocation(Caller caller, String userId, String locationId, LocalDate effectiveDate) {
        return changeUser(caller, userId, (user, org) -> {
            org.locations().open(locationId);
            return user.employment().moveToLocation(locationId, effectiveDate);
        });
    }

    /**
     * Admin: corrects a person's name or e-mail (null: unchanged). The new e-mail must be free in the whole
     * installation; the old one stays reserved for this person (keys are never released), and an identity already
     * bound keeps signing in: a new address never hands the account to whoever holds it.
     */
    public UserProfile updateUser(Caller caller, String userId, String name, String emailAddress) {
        Email email = emailAddress == null ? null : Email.of(emailAddress);
        return retry.run(() -> {
            Employee admin = repository.actor(caller);
            AccessPolicy.requireAdmin(admin);
            Employee user = repository.employeeOf(admin, userId);
            Organization organization = repository.organization(admin.orgId());
            Decision decision = user.update(name, email);
            boolean newAddress = email != null && !email.equals(user.email());
            List<UniqueKey> keys = newAddress ? List.of(UniqueKey.email(email.value(), user.id())) : List.of();
            try {
                user = user.after(repository.append(admin.orgId(), caller, List.of(new StreamAppend(user.id(),
                        user.version(),
                        decision.events())), keys));
            } catch (UniqueKeyTaken taken) {
                if (!taken.ownerId().equals(user.id())) {
                    throw new Conflict("the e-mail address " + email.value() + " is already used by another user");
                }
                // this person held the address before: it is theirs again, with no new key
                user = user.after(repository.save(admin.orgId(), user.id(), user.version(), decision, caller));
            }
            PersonContext person = PersonContext.of(user, organization, calendars);
            return UserProfile.of(user, person.timeline(), repository.todayFor(user, organization));
        });
    }

    /**
     * Admin: the person leaves after {@code lastDay} (SPEC §3.8). Their allowance is prorated to it, their leave
     * after it is cancelled, and after it they may read but not act.
     */
    public UserProfile endEmployment(Caller caller, String userId, LocalDate lastDay) {
        return changeUser(caller, userId, (user, org) -> user.endEmployment(lastDay, caller.userId()));
    }

    /** Admin: takes back an end of employment made by mistake. */
    public UserProfile undoEndEmployment(Caller caller, String userId) {
        return changeUser(caller, userId, (user, org) -> user.employment().undoEnd());
    }

    /**
     * Admin: frees the person's sign-in identity, an event in their trail. The identity's key goes in the same write,
     * so the old {@code sub} finds no one from then on, and the person's next verified sign-in binds again.
     */
    public UserProfile releaseSignIn(Caller caller, String userId) {
        return retry.run(() -> {
            Employee admin = repository.actor(caller);
            AccessPolicy.requireAdmin(admin);
            Employee user = repository.employeeOf(admin, userId);
            Organization organization = repository.organization(admin.orgId());
            String subject = user.subject();
            Decision decision = user.releaseIdentity();
            user = user.after(repository.append(admin.orgId(), caller, List.of(new StreamAppend(user.id(),
                    user.version(),
                    decision.events())), List.of(UniqueKey.subject(subject, user.id()).released())));
            PersonContext person = PersonContext.of(user, organization, calendars);
            return UserProfile.of(user, person.timeline(), repository.todayFor(user, organization));
        });
    }

    /** Admin: the person is in a team from a date on (teamId null: leaves their team then). */
    public UserProfile moveUserToTeam(Caller caller, String userId, String teamId, LocalDate effectiveDate) {
        return changeUser(caller, userId, (user, org) -> {
            if (teamId != null) {
                org.teams().get(teamId);
            }
            return user.employment().moveToTeam(teamId, effectiveDate);
        });
    }

    public UserProfile assignApprover(Caller caller, String userId, String approverId) {
        return changeUser(caller, userId, (user, org) ->
                user.approvers().assign(repository.employeeOf(user, approverId)));
    }

    /** Admin: the approver no longer decides the user's requests,
            pending ones included (the admins do if none is left). */
    public UserProfile removeApprover(Caller caller, String userId, String approverId) {
        return changeUser(caller, userId, (user, org) -> user.approvers().remove(approverId));
    }

    public UserProfile setWorkingWeek(Caller caller, String userId, List<DayOfWeek> workingDays,
                                      LocalDate effectiveDate) {
        return setWorkingWeek(caller, userId, workingDays, effectiveDate, null);
    }

    /** @param hoursPerDay the person's working hours on each working day (null: 8) */
    public UserProfile setWorkingWeek(Caller caller, String userId, List<DayOfWeek> workingDays,
                                      LocalDate effectiveDate, Days hoursPerDay) {
        return setWorkingWeek(caller, userId, workingDays, effectiveDate, hoursPerDay, null);
    }

    /** @param hoursByDay working days with other hours than {@code hoursPerDay} (null: none) */
    public UserProfile setWorkingWeek(Caller caller, String userId, List<DayOfWeek> workingDays,
                                      LocalDate effectiveDate, Days hoursPerDay, Map<DayOfWeek, Days> hoursByDay) {
        return changeUser(caller, userId, (user, org) -> user.employment().setWorkingWeek(workingDays, effectiveDate,
                hoursPerDay, hoursByDay));
    }

    /** Adjusts one year's balance and answers with that year's balance as of today. */
    public Balance adjustBalance(Caller caller, String userId, String leaveTypeId, int year, Days days, String note) {
        return retry.run(() -> {
            Changed changed = apply(caller, userId, (user, org) ->
                    user.credits().adjust(org.leaveTypes().get(leaveTypeId), year, days, note));
            PersonContext person = PersonContext.of(changed.user, changed.organization, calendars);
            LeaveType type = changed.organization.leaveTypes().get(leaveTypeId);
            return person.calculator().balance(type.id(), year, repository.todayFor(changed.user,
                    changed.organization));
        });
    }

    /**
     * An approver of the user (or an admin) records overtime the user worked, credited to a TOIL leave type (the
     * organization's only one unless named); answers that type's balance for the year of the overtime.
     */
    public Balance recordOvertime(Caller caller, String userId, LocalDate date, Days days, String leaveTypeId,
                                  String note) {
        return retry.run(() -> {
            Employee actor = repository.actor(caller);
            Employee user = repository.employeeOf(actor, userId);
            AccessPolicy.requireMayRecordOvertime(actor, user);
            Organization organization = repository.organization(actor.orgId());
            LeaveType type = organization.leaveTypes().toilType(leaveTypeId);
            LocalDate today = repository.todayFor(user, organization);
            user = user.after(repository.save(actor.orgId(), user.id(), user.version(),
                    user.credits().recordOvertime(type, date, days, note, today), caller));
            PersonContext person = PersonContext.of(user, organization, calendars);
            return person.calculator().balance(type.id(), date.getYear(),
                    date.getYear() == today.getYear() ? today : LocalDate.of(date.getYear(), 12, 31));
        });
    }

    /** The person as the API shows them today. */
    public UserProfile profile(Employee user) {
        Organization organization = repository.organization(user.orgId());
        return UserProfile.of(user, PersonContext.of(user, organization, calendars).timeline(),
                repository.todayFor(user, organization));
    }

    private UserProfile changeUser(Caller caller, String userId, BiFunction<Employee, Organization, Decision> decide) {
        return retry.run(() -> {
            Changed changed = apply(caller, userId, decide);
            PersonContext person = PersonContext.of(changed.user, changed.organization, calendars);
            return UserProfile.of(changed.user, person.timeline(),
                    repository.todayFor(changed.user, changed.organization));
        });
    }

    private Changed apply(Caller caller, String userId, BiFunction<Employee, Organization, Decision> decide) {
        Employee admin = repository.actor(caller);
        AccessPolicy.requireAdmin(admin);
        Employee user = repository.employeeOf(admin, userId);
        Organization organization = repository.organization(admin.orgId());
        Decision decision = decide.apply(user, organization);
        user = user.after(repository.save(admin.orgId(), user.id(), user.version(), decision, caller));
        return new Changed(user, organization);
    }

    private record Changed(Employee user, Organization organization) {
    }
}
