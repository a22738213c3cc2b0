package org.leavetracker.domain.read.projection;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.model.Language;
import org.leavetracker.domain.model.ApprovalLevel;
import org.leavetracker.domain.model.DateRange;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.LeaveRequest;
import org.leavetracker.domain.model.LeaveType;
import org.leavetracker.domain.port.HolidayCalendar;
import org.leavetracker.domain.port.ReadModelUpdates;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.read.model.CalendarEntry;
import org.leavetracker.domain.read.model.ExpiringBalance;
import org.leavetracker.domain.read.model.UserRecord;
import org.leavetracker.domain.write.PersonContext;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.domain.write.employee.Employee;
import org.leavetracker.domain.write.organization.Organization;

/**
 * A person's read items, computed from their aggregate and their organization's: each request with its calendar
 * entry and the approval queues that list it, their balances and the carried-over days about to expire.
 */
final class PersonReadItems {

    /** A person's items to write, and what subscribers hear of them. */
    record Person(ReadModelUpdates.PersonItems items, ReadModelProjector.Projected projected) {
    }

    private final Repository repository;
    private final HolidayCalendar calendars;

    PersonReadItems(Repository repository, HolidayCalendar calendars) {
        this.repository = repository;
        this.calendars = calendars;
    }

    /**
     * @param changed the requests whose items to write
     * @param onlyRequests whether nothing but those requests changed (else the person's balances of every year)
     * @param fromYear if not null, the first year whose balances a change of the organization alters
     */
    Person of(Employee employee, Organization organization, Collection<LeaveRequest> changed, boolean onlyRequests,
              Integer fromYear) {
        PersonContext person = PersonContext.of(employee, organization, calendars);
        long version = ReadModelUpdates.versionOf(employee.version(), organization.version());
        List<LeaveRequestView> views = new ArrayList<>();
        List<ReadModelUpdates.RequestItems> items = new ArrayList<>();
        for (LeaveRequest request : changed) {
            LeaveRequestView view = LeaveRequestView.of(employee.orgId(), request, person.timeline());
            items.add(new ReadModelUpdates.RequestItems(view, new CalendarEntry(request.id(), employee.id(),
                    employee.name(), request.leaveTypeId(), request.dates().start(), request.dates().end(),
                    request.halfDay(), request.status(),
                    employee.employment().locations().on(request.dates().start()).orElse(null), request.times(),
                    employee.employment().teamOn(request.dates().start()).orElse(null), monthly(request, person)),
                    queuesOf(employee, organization, request)));
            views.add(view);
        }
        List<Balance> balances = balances(employee, organization, person, changed, onlyRequests, fromYear);
        return new Person(new ReadModelUpdates.PersonItems(userRecord(employee), items, balances, version,
                expiring(employee, organization, person, balances)),
                new ReadModelProjector.Projected(views, balances));
    }

    /**
     * This year's carried-over days that will expire unused (counting the leave approved so far), per leave type
     * whose carry-over has an expiry still to come; written only when this year's balances were recounted.
     */
    private List<ExpiringBalance> expiring(Employee employee, Organization organization, PersonContext person,
                                           List<Balance> balances) {
        LocalDate today = repository.todayFor(employee, organization);
        List<ExpiringBalance> expiring = new ArrayList<>();
        for (Balance balance : balances) {
            LocalDate expiresOn = balance.carriedOverExpiresOn();
            if (balance.year() != today.getYear() || expiresOn == null || expiresOn.isBefore(today)) {
                continue;
            }
            Days days = balance.carriedOver().isZero() ? Days.ZERO
                    : person.calculator().balance(balance.leaveTypeId(), balance.year(), expiresOn.plusDays(1))
                            .expired();
            expiring.add(new ExpiringBalance(employee.orgId(), employee.id(), employee.name(), balance.leaveTypeId(),
                    balance.year(), expiresOn, days, employee.employment().locations().on(today).orElse(null),
                    employee.employment().teamOn(today).orElse(null), List.copyOf(employee.approvers().ids())));
        }
        return expiring;
    }

    /** A request's counted amount in each month it touches, by the same timeline that counts its days. */
    private static List<CalendarEntry.MonthAmount> monthly(LeaveRequest request, PersonContext person) {
        List<CalendarEntry.MonthAmount> months = new ArrayList<>();
        for (LocalDate month = request.dates().start().withDayOfMonth(1); !month.isAfter(request.dates().end());
             month = month.plusMonths(1)) {
            Days amount = person.timeline().amount(request, DateRange.of(month,
                    month.withDayOfMonth(month.lengthOfMonth())));
            months.add(new CalendarEntry.MonthAmount(month.toString().substring(0, 7), amount));
        }
        return months;
    }

    /**
     * Balances of every deducting type, from the first year the change touches through next year: carry-over
     * passes any change on to every later year. A change of requests touches no year before theirs, a holiday or
     * working week none before its own; anything else (a move, a policy, a rebuild) every year since the person
     * started.
     */
    private List<Balance> balances(Employee employee, Organization organization, PersonContext person,
                                   Collection<LeaveRequest> changed, boolean onlyRequests, Integer fromYear) {
        LocalDate today = repository.todayFor(employee, organization);
        int firstYear = changed.stream().mapToInt(r -> r.dates().firstYear()).min().orElse(today.getYear());
        if (!onlyRequests) {
            int since = employee.employment().locations().firstDate().map(LocalDate::getYear).orElse(today.getYear());
            // an organization's change from a date on (a holiday, a working week) alters no earlier year's balance
            firstYear = Math.min(firstYear, fromYear == null ? since : Math.max(since, fromYear));
        }
        firstYear = Math.max(firstYear, today.getYear() - 10);
        List<Balance> balances = new ArrayList<>();
        for (LeaveType type : organization.leaveTypes()) {
            if (!type.deductsFromAllowance()) {
                continue;
            }
            for (int year = firstYear; year <= today.getYear() + 1; year++) {
                LocalDate asOf = today.getYear() == year ? today
                        : year < today.getYear() ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
                balances.add(person.calculator().balance(type.id(), year, asOf));
            }
        }
        return balances;
    }

    static UserRecord userRecord(Employee employee) {
        TreeMap<LocalDate, List<DayOfWeek>> weeks = new TreeMap<>();
        TreeMap<LocalDate, Days> hours = new TreeMap<>();
        TreeMap<LocalDate, Map<DayOfWeek, Days>> hoursByDay = new TreeMap<>();
        employee.employment().workingWeeks().entries().forEach((date, week) -> {
            weeks.put(date, week.ordered());
            hours.put(date, week.hoursPerDay());
            if (!week.hoursByDay().isEmpty()) {
                hoursByDay.put(date, week.hoursByDay());
            }
        });
        return new UserRecord(employee.id(), employee.orgId(), employee.name(), employee.email().value(),
                employee.role(), employee.approvers().ids(), employee.employment().locations().entries(), weeks,
                employee.version(), employee.approvers().substitutions(), hours, hoursByDay,
                employee.employment().endsOn().orElse(null), employee.employment().teams().entries(),
                employee.language().map(Language::tag).orElse(null), calendarOptOuts(employee),
                employee.personalData().erased());
    }

    private static List<String> calendarOptOuts(Employee employee) {
        List<String> optOuts = new java.util.ArrayList<>();
        if (!employee.calendarChoices().events()) {
            optOuts.add(UserRecord.NO_CALENDAR_EVENTS);
        }
        if (!employee.calendarChoices().reply()) {
            optOuts.add(UserRecord.NO_OUT_OF_OFFICE_REPLY);
        }
        return optOuts;
    }
    /**
     * Whose approval queues list a request: everyone who may decide one of its levels (the requester's approvers,
     * the groups it names). Queries show each person only what waits at their level; admins see it anyway.
     */
    private static List<String> queuesOf(Employee employee, Organization organization, LeaveRequest request) {
        if (employee.leave().onlyAnAdminDecides(request.id())) {
            return List.of();
        }
        Set<String> deciders = new LinkedHashSet<>();
        for (ApprovalLevel level : ApprovalLevel.effective(request.approvalChain())) {
            switch (level.kind()) {
                case APPROVERS -> {
                    deciders.addAll(employee.approvers().ids());
                    deciders.addAll(organization.teams().managersOf(employee, request.dates().start()));
                }
                case GROUP -> deciders.addAll(organization.approverGroups().members(level.groupId()));
                case TEAM_MANAGERS -> deciders.addAll(organization.teams().managersOf(employee, request.dates()
                        .start()));
                case ADMINS -> {
                    // admins see every pending request of the organization
                }
            }
        }
        deciders.remove(employee.id());
        return List.copyOf(deciders);
    }

}
