package org.leavetracker.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.port.CalendarCredentials;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.testing.InMemoryCalendars;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.CommandRetry;
import org.leavetracker.domain.write.organization.CalendarAdministration;

/**
 * Whatever the order of approvals and cancellations, however often the pipeline redelivers an event and in whichever
 * order it syncs: the person's calendar ends with exactly one event per approved request and none other.
 */
class CalendarSyncProperties {

    /** Four weeks that never overlap: each step takes (or gives back) one of them. */
    private static final LocalDate[] WEEKS = {LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 13),
            LocalDate.of(2026, 8, 3), LocalDate.of(2026, 9, 7)};

    @Property(tries = 60)
    void the_calendar_holds_one_event_per_approved_request_and_nothing_else(
            @ForAll @Size(max = 14) List<@IntRange(min = 0, max = 3) Integer> weeks,
            @ForAll @Size(max = 14) List<@IntRange(min = 0, max = 5) Integer> redeliveries) {
        DomainFixture app = new DomainFixture(LocalDate.of(2026, 6, 15));
        InMemoryCalendars mailbox = new InMemoryCalendars();
        CalendarSync sync = new CalendarSync(app.repository, mailbox, mailbox, mailbox, app.clock, millis -> { });
        Caller admin = app.newOrganization("Acme", "admin@acme.test");
        String orgId = app.repository.actor(admin).orgId();
        String berlin = app.location(admin, "Berlin", "DE");
        String vacation = app.vacation(admin);
        Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);
        app.upfrontPolicy(admin, berlin, vacation, LocalDate.of(2020, 1, 1), 200);
        app.administration.moveUserToLocation(admin, ann.userId(), berlin, LocalDate.of(2025, 1, 1));
        new CalendarAdministration(app.repository, CommandRetry.standard(), new CalendarCredentials() {
            @Override
            public void store(String orgId, CalendarProviderKind kind, String credentials) {
            }

            @Override
            public void forget(String orgId) {
            }
        }, (o, k, m) -> List.of(), mailbox).connect(admin, "MICROSOFT_365", "{}", null);

        Map<Integer, String> active = new HashMap<>();
        List<String> touched = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            int week = weeks.get(i);
            String id = active.remove(week);
            if (id != null) {
                app.workflow.cancelLeave(admin, id);
            } else {
                id = app.workflow.requestLeave(ann, vacation, WEEKS[week], WEEKS[week].plusDays(4), HalfDay.NONE,
                        null, null).id();
                app.workflow.approveLeave(admin, id, null);
                active.put(week, id);
            }
            touched.add(id);
            sync.requestChanged(orgId, ann.userId(), id);
            if (i < redeliveries.size() && redeliveries.get(i) < touched.size()) {
                // a redelivery of an older event, after newer ones were handled
                sync.requestChanged(orgId, ann.userId(), touched.get(redeliveries.get(i)));
            }
        }

        Set<String> approved = app.repository.employee(ann.userId()).leave().all().stream()
                .filter(r -> r.status() == LeaveStatus.APPROVED).map(r -> r.id()).collect(Collectors.toSet());
        assertThat(mailbox.events.getOrDefault("ann@acme.test", Map.of()).values())
                .extracting(AwayEvent::key).containsExactlyInAnyOrderElementsOf(approved);
    }
}
