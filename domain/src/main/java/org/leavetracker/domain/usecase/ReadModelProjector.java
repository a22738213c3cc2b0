package org.leavetracker.domain.usecase;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.leavetracker.domain.aggregate.Employee;
import org.leavetracker.domain.aggregate.Organization;
import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.event.DomainEvent;
import org.leavetracker.domain.event.EmployeeEvent;
import org.leavetracker.domain.event.OrganizationEvent;
import org.leavetracker.domain.event.TeamEvent;
import org.leavetracker.domain.event.ApproverGroupEvent;
import org.leavetracker.domain.event.PolicyEvent;
import org.leavetracker.domain.event.LeaveTypeEvent;
import org.leavetracker.domain.event.LocationEvent;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.ApprovalLevel;
import org.leavetracker.domain.model.DateRange;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.LeaveRequest;
import org.leavetracker.domain.model.LeaveType;
import org.leavetracker.domain.port.HolidayCalendar;
import org.leavetracker.domain.readmodel.CalendarEntry;
import org.leavetracker.domain.readmodel.ExpiringBalance;
import org.leavetracker.domain.readmodel.ReadModel;
import org.leavetracker.domain.readmodel.ReadModelUpdates;
import org.leavetracker.domain.readmodel.UserRecord;

/**
 * Brings the read items an event affects up to date by recomputing them from the aggregate's full, current events
 * (not from the event alone). A duplicate, late or reordered event therefore recomputes the same items, and the
 * version condition on every write keeps an older computation from overwriting a newer one
 * (docs/decisions/0007-projections.md).
 */
public final class ReadModelProjector {

    private final Repository repository;
    private final ReadModel readModel;
    private final ReadModelUpdates updates;
    private final HolidayCalendar calendars;

    public ReadModelProjector(Repository repository, ReadModel readModel, ReadModelUpdates updates,
                              HolidayCalendar calendars) {
        this.repository = repository;
        this.readModel = readModel;
        this.updates = updates;
        this.calendars = calendars;
    }

    /**
     * What a projection changed: the requests and balances to announce to subscribers, and the people whose items an
     * organization-wide change affects but who were left for later, bounded pieces ({@link #projectDeferringPeople}).
     */
    public record Projected(List<LeaveRequestView> requests, List<Balance> balances, List<String> deferred,
                            RequestScope deferredScope) {
        static final Projected NOTHING = new Projected(List.of(), List.of(), List.of(), RequestScope.NOTHING);

        public Projected {
            requests = List.copyOf(requests);
            balances = List.copyOf(balances);
            deferred = List.copyOf(deferred);
        }

        Projected(List<LeaveRequestView> requests, List<Balance> balances) {
            this(requests, balances, List.of(), RequestScope.NOTHING);
        }

        /**
         * The changed requests as subscribers may see them: everyone in the organization hears of them (like the team
         * calendar), so never with the reason.
         */
        public List<LeaveRequestView> requestsForSubscribers() {
            return requests.stream().map(LeaveRequestView::withoutReason).toList();
        }

        Projected plus(Projected other) {
            List<LeaveRequestView> r = new ArrayList<>(requests);
            r.addAll(other.requests);
            List<Balance> b = new ArrayList<>(balances);
            b.addAll(other.balances);
            Set<String> d = new LinkedHashSet<>(deferred);
            d.addAll(other.deferred);
            return new Projected(r, b, List.copyOf(d), deferredScope.or(other.deferredScope));
        }
    }

    /** Everything an event affects, at once (tests, and deployments without fan-out). */
    public Projected project(RecordedEvent event) {
        return project(List.of(event));
    }

    /** A batch of one organization's events, everyone they affect included, each aggregate once. */
    public Projected project(List<RecordedEvent> batch) {
        Projected projected = projectDeferringPeople(batch);
        return projected.deferred().isEmpty() ? projected
                : new Projected(projected.requests(), projected.balances())
                        .plus(projectPeople(batch.getLast().orgId(), projected.deferred(), projected.deferredScope()));
    }

    /**
     * The events' own items; for an organization-wide change (a holiday, a policy, a new leave type) the people it
     * affects are only named in {@link Projected#deferred}, for {@link #projectPeople} in bounded pieces, so that no
     * single invocation re-projects a whole company and people's own fresh events are not held behind it.
     * A batch of events, each aggregate projected once: since a projection recomputes from the aggregate's current
     * events, one pass after its last event of the batch writes what each of them would have, as long as it covers
     * every request any of them was about (decision 0026). Events of different aggregates do not depend on each other.
     *
     * @param batch events of one organization (its deferred people are that organization's)
     */
    public Projected projectDeferringPeople(List<RecordedEvent> batch) {
        if (batch.stream().map(RecordedEvent::orgId).distinct().count() > 1) {
            throw new IllegalArgumentException("a batch to project holds one organization's events");
        }
        Map<String, List<RecordedEvent>> byAggregate = new LinkedHashMap<>();
        batch.forEach(e -> byAggregate.computeIfAbsent(e.aggregateId(), id -> new ArrayList<>()).add(e));
        Projected projected = Projected.NOTHING;
        List<Person> people = new ArrayList<>();
        for (Map.Entry<String, List<RecordedEvent>> aggregate : byAggregate.entrySet()) {
            List<DomainEvent> events = aggregate.getValue().stream().map(RecordedEvent::payload).toList();
            if (events.getFirst() instanceof OrganizationEvent) {
                projected = projected.plus(projectOrganization(aggregate.getKey(),
                        events.stream().map(OrganizationEvent.class::cast).toList()));
            } else {
                people.add(person(repository.employee(aggregate.getKey()), requestsOf(events)));
            }
        }
        return projected.plus(write(people));
    }

    /** The requests a person's events were about; null when one of them was about the person (all may change). */
    private static Set<String> requestsOf(List<DomainEvent> events) {
        Set<String> requestIds = new LinkedHashSet<>();
        for (DomainEvent event : events) {
            String requestId = ((EmployeeEvent) event).requestId();
            if (requestId == null) {
                return null;
            }
            requestIds.add(requestId);
        }
        return requestIds;
    }

    /**
     * One piece of an organization-wide change: these people's balances and the requests in {@code scope}, computed
     * from the current settings.
     */
    public Projected projectPeople(String orgId, List<String> userIds, RequestScope scope) {
        Organization organization = repository.organization(orgId);
        List<Person> people = new ArrayList<>();
        for (String userId : userIds) {
            Employee employee = repository.employee(userId);
            if (employee.orgId().equals(orgId)) {
                people.add(person(employee, organization, employee.leave().all().stream().filter(scope::covers).toList(),
                        false, scope.firstBalanceYear().orElse(null)));
            }
        }
        return write(people);
    }

    /** Recomputes every read item of one aggregate from its events (the rebuild of the read side uses this). */
    public Projected rebuild(String aggregateId) {
        List<RecordedEvent> history = repository.history(aggregateId);
        if (history.isEmpty()) {
            return Projected.NOTHING;
        }
        return history.getFirst().payload() instanceof OrganizationEvent
                ? projectOrganization(aggregateId, List.of((OrganizationEvent) history.getFirst().payload()))
                : write(List.of(person(repository.employee(aggregateId), null)));
    }

    private Projected projectOrganization(String orgId, List<OrganizationEvent> events) {
        Organization organization = repository.organization(orgId);
        updates.putOrganization(OrganizationView.of(organization), List.copyOf(organization.locations().all()),
                List.copyOf(organization.leaveTypes().all()), List.copyOf(organization.policies().all()),
                List.copyOf(organization.policies().removed()), organization.version());
        // A holiday, a calendar or a working week changes the days of requests, a policy the balances, of everyone
        // ever in that location; a new leave type gives everyone new balances; an approver group's new members (or
        // its removal) change whose queues hold its pending requests. Other settings change nothing a person's
        // items show.
        Predicate<UserRecord> affected = user -> false;
        RequestScope scope = RequestScope.NOTHING;
        for (OrganizationEvent event : events) {
            Affected by = affectedBy(event);
            affected = affected.or(by.people());
            scope = scope.or(by.requests());
        }
        List<String> people = readModel.usersOf(orgId).stream().filter(affected).map(UserRecord::id).toList();
        return new Projected(List.of(), List.of(), people, scope);
    }

    /** Whom an organization's event affects, and which of their requests and balances. */
    private record Affected(Predicate<UserRecord> people, RequestScope requests) {
    }

    private static Affected affectedBy(OrganizationEvent event) {
        return switch (event) {
            case LocationEvent.HolidayAdded e -> new Affected(everIn(e.locationId()), RequestScope.on(e.date()));
            case LocationEvent.HolidayRemoved e -> new Affected(everIn(e.locationId()), RequestScope.on(e.date()));
            case PolicyEvent.LeavePolicySet e -> new Affected(everIn(e.locationId()), RequestScope.NONE);
            case PolicyEvent.LeavePolicyRemoved e -> new Affected(everIn(e.locationId()), RequestScope.NONE);
            case LocationEvent.LocationUpdated e -> new Affected(everIn(e.locationId()), RequestScope.ALL);
            case LocationEvent.LocationWorkingWeekSet e ->
                    new Affected(everIn(e.locationId()), RequestScope.from(e.effectiveDate()));
            case LeaveTypeEvent.LeaveTypeCreated e ->
                    new Affected(user -> e.deductsFromAllowance(), RequestScope.NONE);
            case ApproverGroupEvent.ApproverGroupSet e -> new Affected(user -> true, RequestScope.PENDING);
            case ApproverGroupEvent.ApproverGroupRemoved e -> new Affected(user -> true, RequestScope.PENDING);
            case TeamEvent.TeamManagersSet e ->
                    new Affected(user -> user.teams().containsValue(e.teamId()), RequestScope.PENDING);
            default -> new Affected(user -> false, RequestScope.NOTHING);
        };
    }

    private static Predicate<UserRecord> everIn(String locationId) {
        return user -> user.locations().containsValue(locationId);
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
                case TEAM_MANAGERS -> deciders.addAll(organization.teams().managersOf(employee, request.dates().start()));
                case ADMINS -> {
                    // admins see every pending request of the organization
                }
            }
        }
        deciders.remove(employee.id());
        return List.copyOf(deciders);
    }

    /** @param requestIds the requests the events were about, or null when everything of the user may change */
    public Projected projectEmployee(String userId, Set<String> requestIds) {
        return write(List.of(person(repository.employee(userId), requestIds)));
    }

    /** A person's items to write, and what subscribers hear of them. */
    private record Person(ReadModelUpdates.PersonItems items, Projected projected) {
    }

    /** Several people's items together, in as few calls as the read model allows. */
    private Projected write(List<Person> people) {
        if (people.isEmpty()) {
            return Projected.NOTHING;
        }
        updates.putPeople(people.stream().map(Person::items).toList());
        return people.stream().map(Person::projected).reduce(Projected.NOTHING, Projected::plus);
    }

    private Person person(Employee employee, Set<String> requestIds) {
        Organization organization = repository.organization(employee.orgId());
        return requestIds == null ? person(employee, organization, employee.leave().all(), false, null)
                : person(employee, organization, requestIds.stream().map(employee.leave()::get).toList(), true, null);
    }

    /**
     * @param changed the requests whose items to write
     * @param onlyRequests whether nothing but those requests changed (else the person's balances of every year)
     * @param fromYear if not null, the first year whose balances a change of the organization alters
     */
    private Person person(Employee employee, Organization organization, Collection<LeaveRequest> changed,
                          boolean onlyRequests, Integer fromYear) {
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
                new Projected(views, balances));
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
                employee.employment().endsOn().orElse(null), employee.employment().teams().entries());
    }
}
