package org.leavetracker.domain.read.projection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.error.NotFound;
import org.leavetracker.domain.event.ApproverGroupEvent;
import org.leavetracker.domain.event.DomainEvent;
import org.leavetracker.domain.event.EmployeeEvent;
import org.leavetracker.domain.event.LeaveTypeEvent;
import org.leavetracker.domain.event.LocationEvent;
import org.leavetracker.domain.event.OrganizationEvent;
import org.leavetracker.domain.event.PolicyEvent;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.event.TeamEvent;
import org.leavetracker.domain.port.HolidayCalendar;
import org.leavetracker.domain.port.ReadModel;
import org.leavetracker.domain.port.ReadModelUpdates;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.read.OrganizationView;
import org.leavetracker.domain.read.RequestScope;
import org.leavetracker.domain.read.model.UserRecord;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.domain.write.employee.Employee;
import org.leavetracker.domain.write.organization.Organization;

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
    private final PersonReadItems personItems;

    public ReadModelProjector(Repository repository, ReadModel readModel, ReadModelUpdates updates,
                              HolidayCalendar calendars) {
        this.repository = repository;
        this.readModel = readModel;
        this.updates = updates;
        this.calendars = calendars;
        this.personItems = new PersonReadItems(repository, calendars);
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
        List<PersonReadItems.Person> people = new ArrayList<>();
        for (Map.Entry<String, List<RecordedEvent>> aggregate : byAggregate.entrySet()) {
            List<DomainEvent> events = aggregate.getValue().stream().map(RecordedEvent::payload).toList();
            if (events.getFirst() instanceof OrganizationEvent) {
                projected = projected.plus(projectOrganization(aggregate.getKey(),
                        events.stream().map(OrganizationEvent.class::cast).toList(), false));
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
        List<PersonReadItems.Person> people = new ArrayList<>();
        for (String userId : userIds) {
            Employee employee = repository.employee(userId);
            if (employee.orgId().equals(orgId)) {
                people.add(personItems.of(employee, organization, employee.leave().all().stream()
                        .filter(scope::covers).toList(),
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
                ? projectOrganization(aggregateId, List.of((OrganizationEvent) history.getFirst().payload()), true)
                : write(List.of(person(repository.employee(aggregateId), null)));
    }

    /** @param everyItem every location, leave type and policy item (a rebuild), not only those changed */
    private Projected projectOrganization(String orgId, List<OrganizationEvent> events, boolean everyItem) {
        List<RecordedEvent> history = repository.history(orgId);
        Organization organization = Organization.replay(orgId, history)
                .orElseThrow(() -> new NotFound("no organization with id " + orgId));
        ChangedSettings changed = everyItem ? ChangedSettings.ALL
                : ChangedSettings.after(readModel.projectedVersion(orgId), history);
        updates.putOrganization(OrganizationView.of(organization), changed.locations(organization.locations().all()),
                changed.leaveTypes(organization.leaveTypes().all()), changed.policies(organization.policies().all()),
                changed.policies(organization.policies().removed()), organization.version());
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
            // counting calendar days changes every request's days; a balance cap, every balance
            case LeaveTypeEvent.LeaveTypeRulesSet e -> new Affected(user -> true, RequestScope.ALL);
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

    /** @param requestIds the requests the events were about, or null when everything of the user may change */
    public Projected projectEmployee(String userId, Set<String> requestIds) {
        return write(List.of(person(repository.employee(userId), requestIds)));
    }

    /** Several people's items together, in as few calls as the read model allows. */
    private Projected write(List<PersonReadItems.Person> people) {
        if (people.isEmpty()) {
            return Projected.NOTHING;
        }
        updates.putPeople(people.stream().map(PersonReadItems.Person::items).toList());
        return people.stream().map(PersonReadItems.Person::projected).reduce(Projected.NOTHING, Projected::plus);
    }

    private PersonReadItems.Person person(Employee employee, Set<String> requestIds) {
        Organization organization = repository.organization(employee.orgId());
        return requestIds == null ? personItems.of(employee, organization, employee.leave().all(), false, null)
                : personItems.of(employee, organization, requestIds.stream().map(employee.leave()::get).toList(),
                        true, null);
    }

}
