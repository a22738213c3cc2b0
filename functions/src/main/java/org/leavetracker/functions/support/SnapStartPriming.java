package org.leavetracker.functions.support;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.leavetracker.adapters.graphql.GraphQlShapes;
import org.leavetracker.adapters.json.EventCatalog;
import org.leavetracker.adapters.json.EventJson;
import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.balance.EmploymentTimeline;
import org.leavetracker.domain.balance.LeaveBalanceCalculator;
import org.leavetracker.domain.event.DomainEvent;
import org.leavetracker.domain.event.EmploymentEvent;
import org.leavetracker.domain.event.LeaveEvent;
import org.leavetracker.domain.event.LeaveTypeEvent;
import org.leavetracker.domain.event.LocationEvent;
import org.leavetracker.domain.event.OrganizationEvent;
import org.leavetracker.domain.event.PersonEvent;
import org.leavetracker.domain.event.PolicyEvent;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.port.HolidayCalendar;
import org.leavetracker.domain.write.employee.Employee;
import org.leavetracker.domain.write.organization.Organization;

/**
 * SnapStart priming: before the snapshot, runs the hot paths that need no I/O — event JSON both ways, replaying
 * aggregates, the holiday library's calendars, the balance arithmetic, the GraphQL shapes — so a restored function
 * starts with them loaded and compiled. It touches no network, no credentials and generates no ids: nothing that
 * must be unique per execution environment ends up in the snapshot (see also {@code RandomIds}).
 */
public final class SnapStartPriming implements Resource {

    private static final List<String> CALENDARS = List.of("DE", "FR", "GB-ENG", "US-NY");

    private final HolidayCalendar holidays;
    private final EventJson json;

    public SnapStartPriming(HolidayCalendar holidays, EventJson json) {
        this.holidays = holidays;
        this.json = json;
    }

    /** Registers the priming with the CRaC context (a no-op outside SnapStart / CRaC). Keep the returned reference. */
    public static SnapStartPriming register(HolidayCalendar holidays, EventJson json) {
        SnapStartPriming priming = new SnapStartPriming(holidays, json);
        Core.getGlobalContext().register(priming);
        return priming;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing to renew: clients resolve credentials lazily and ids are seeded on first use
    }

    /** @return the balance it computed, so callers (and tests) can see the work was real */
    public Balance prime() {
        Instant at = Instant.parse("2026-01-05T09:00:00Z");
        List<DomainEvent> orgEvents = List.of(new OrganizationEvent.OrganizationCreated("Priming"),
                new LocationEvent.LocationCreated("loc", "Berlin", "Europe/Berlin", "DE",
                        List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                                DayOfWeek.FRIDAY)),
                new LeaveTypeEvent.LeaveTypeCreated("vac", "Vacation", true, true, true),
                new PolicyEvent.LeavePolicySet("pol", "loc", "vac", LocalDate.of(2020, 1, 1), Days.of(25),
                        Accrual.MONTHLY, Days.of(5), 3, Days.ZERO));
        List<DomainEvent> userEvents = new ArrayList<>(List.of(
                new PersonEvent.UserAdded("priming@example.invalid", "Priming", Role.MEMBER),
                new EmploymentEvent.UserMovedToLocation("loc", LocalDate.of(2024, 1, 1))));
        for (int i = 0; i < 20; i++) {
            LocalDate day = LocalDate.of(2025, 1, 6).plusWeeks(i);
            userEvents.add(new LeaveEvent.LeaveRequested("u.r" + i, "vac", day, day.plusDays(2), HalfDay.NONE,
                    null, null));
            userEvents.add(new LeaveEvent.LeaveApproved("u.r" + i, "a", null));
        }
        Organization organization = Organization.replay("org", roundTrip("org", orgEvents, at)).orElseThrow();
        Employee employee = Employee.replay("u", roundTrip("u", userEvents, at)).orElseThrow();
        CALENDARS.forEach(code -> holidays.holidays(code, 2026));
        EmploymentTimeline timeline = new EmploymentTimeline(employee, organization, holidays);
        Balance balance = new LeaveBalanceCalculator("org", "u", timeline, employee.leave().all(),
                employee.credits().adjustments()).balance("vac", 2026, LocalDate.of(2026, 6, 15));
        GraphQlShapes shapes = new GraphQlShapes(json.mapper());
        shapes.balance("org", balance);
        organization.locations().forEach(shapes::location);
        return balance;
    }

    /** Each event through the stored JSON form and back, as loading from the events table does. */
    private List<RecordedEvent> roundTrip(String aggregateId, List<DomainEvent> events, Instant at) {
        List<RecordedEvent> recorded = new ArrayList<>();
        long version = 0;
        for (DomainEvent event : events) {
            DomainEvent read = json.read(event.type(), EventCatalog.versionOf(event.type()), json.write(event));
            recorded.add(new RecordedEvent("org", aggregateId, ++version, at, null, null, read));
        }
        return recorded;
    }
}
