package org.leavetracker.domain.read;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.error.Forbidden;
import org.leavetracker.domain.event.EmploymentEvent;
import org.leavetracker.domain.event.PersonEvent;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.LeaveType;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.port.HolidayCalendar;
import org.leavetracker.domain.write.AccessPolicy;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.PersonContext;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.domain.write.employee.Employee;
import org.leavetracker.domain.write.organization.Organization;

/**
 * Figures computed from one person's aggregate (strongly consistent): their balances and their requests. The read
 * side keeps projected copies for listing; this is the source those projections and checks agree with.
 */
public final class LeaveQueries {

    private final Repository repository;
    private final HolidayCalendar calendars;

    public LeaveQueries(Repository repository, HolidayCalendar calendars) {
        this.repository = repository;
        this.calendars = calendars;
    }

    /** The caller's own optional holidays of a year, and which they chose (SPEC §3.9). */
    public OptionalHolidaysView optionalHolidays(Caller caller, int year) {
        Employee.requireYear(year);
        Employee me = repository.actor(caller);
        return OptionalHolidaysView.of(me, repository.organization(me.orgId()), year);
    }

    /** Balances of every deducting leave type for a year; {@code asOf} defaults to today in the user's time zone. */
    public List<Balance> balances(Caller caller, String userId, int year, LocalDate asOf) {
        Employee.requireYear(year);
        Employee actor = repository.readerOf(caller, userId);
        Employee user = repository.selfOrColleague(actor, userId);
        AccessPolicy.requireMayRead(actor, user, repository.organization(actor.orgId()));
        Organization organization = repository.organization(actor.orgId());
        PersonContext person = PersonContext.of(user, organization, calendars);
        LocalDate effectiveAsOf = asOf != null ? asOf : repository.todayFor(user, organization);
        return organization.leaveTypes().stream()
                .filter(LeaveType::deductsFromAllowance)
                .map(type -> person.calculator().balance(type.id(), year, effectiveAsOf))
                .toList();
    }

    /**
     * Admin: the balances of the year of {@code effectiveDate} as they would be if the person (a new joiner when
     * {@code userId} is null) were in the location from that date, counted to the year's end by the same calculator
     * as every balance: what a start or move date prorates, shown before it is saved. Nothing is written.
     */
    public List<Balance> previewAllowances(Caller caller, String userId, String locationId, LocalDate effectiveDate) {
        Employee admin = repository.actor(caller);
        AccessPolicy.requireAdmin(admin);
        Organization organization = repository.organization(admin.orgId());
        organization.locations().open(locationId);
        Employee current = userId == null ? joiner(admin) : repository.employeeOf(admin, userId);
        Employee person = current.after(List.of(new RecordedEvent(admin.orgId(), current.id(), current.version() + 1,
                Instant.EPOCH, admin.id(), null, new EmploymentEvent.UserMovedToLocation(locationId, effectiveDate))));
        PersonContext context = PersonContext.of(person, organization, calendars);
        LocalDate yearEnd = LocalDate.of(effectiveDate.getYear(), 12, 31);
        return organization.leaveTypes().stream()
                .filter(type -> type.deductsFromAllowance() && !type.archived())
                .map(type -> context.calculator().balance(type.id(), effectiveDate.getYear(), yearEnd))
                .toList();
    }

    /** Someone not yet added: a person with no history but their addition. */
    private static Employee joiner(Employee admin) {
        return Employee.replay("joiner-preview", List.of(new RecordedEvent(admin.orgId(), "joiner-preview", 1,
                Instant.EPOCH, admin.id(), null, new PersonEvent.UserAdded("joiner@preview.invalid", "Joiner",
                        Role.MEMBER)))).orElseThrow();
    }

    public List<LeaveRequestView> leaveRequests(Caller caller, String userId) {
        Employee actor = repository.readerOf(caller, userId);
        Employee user = repository.selfOrColleague(actor, userId);
        AccessPolicy.requireMayRead(actor, user, repository.organization(actor.orgId()));
        return PersonContext.of(user, repository.organization(actor.orgId()), calendars).requestViews();
    }

    /**
     * May the caller watch these live changes? Only within their own organization; balances only of people whose
     * balances they may read (all of them only for an admin). Request changes carry no reason, so any member may
     * watch their organization's (what the team calendar shows).
     */
    public void authorizeSubscription(Caller caller, boolean balances, String orgId, String userId) {
        Employee actor = balances ? repository.readerOf(caller, userId) : repository.actor(caller);
        if (!actor.orgId().equals(orgId)) {
            throw new Forbidden("you may only subscribe to your own organization");
        }
        if (!balances) {
            return;
        }
        if (userId == null) {
            AccessPolicy.requireAdmin(actor);
        } else {
            Employee user = repository.selfOrColleague(actor, userId);
            AccessPolicy.requireMayRead(actor, user, repository.organization(actor.orgId()));
        }
    }

    public OrganizationView organization(Caller caller) {
        return OrganizationView.of(repository.organization(repository.formerOrCurrent(caller).orgId()));
    }

    public UserProfile me(Caller caller) {
        Employee actor = repository.formerOrCurrent(caller);
        Organization organization = repository.organization(actor.orgId());
        return UserProfile.of(actor, PersonContext.of(actor, organization, calendars).timeline(),
                repository.todayFor(actor, organization));
    }
}
