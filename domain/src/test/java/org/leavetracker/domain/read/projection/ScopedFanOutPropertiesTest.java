package org.leavetracker.domain.read.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.leavetracker.domain.error.DomainError;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.ApprovalLevel;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.read.RequestScope;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.testing.InMemoryReadModel;
import org.leavetracker.domain.write.Caller;

/**
 * An organization-wide change rewrites only the requests its {@link RequestScope} names (decision 0027): whatever the
 * history of requests, decisions and settings, the read side it leaves lists exactly what recomputing everyone's
 * items from scratch lists. Fails if a scope leaves out a request whose days, calendar entry or queues changed.
 */
class ScopedFanOutPropertiesTest {

    record Step(int kind, int person, int day, int length) {
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        return Combinators.combine(Arbitraries.integers().between(0, 11), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 9)).as(Step::new)
                .list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 100)
    void a_scoped_fan_out_lists_what_a_full_recomputation_lists(@ForAll("histories") List<Step> steps) {
        DomainFixture app = new DomainFixture(LocalDate.of(2026, 6, 15));
        Caller admin = app.newOrganization("Acme", "admin@acme.test");
        String orgId = app.repository.employee(admin.userId()).orgId();
        String berlin = app.location(admin, "Berlin", "DE");
        String vacation = app.vacation(admin);
        app.upfrontPolicy(admin, berlin, vacation, LocalDate.of(2024, 1, 1), 25);
        Caller boss = app.addUser(admin, "boss@acme.test", Role.APPROVER);
        Caller lead = app.addUser(admin, "lead@acme.test", Role.APPROVER);
        String team = app.deciders.createTeam(admin, "Ops").id();
        String helpers = app.deciders.setApproverGroup(admin, "Helpers", List.of(lead.userId())).id();
        app.setup.setApprovalChain(admin, vacation, List.of(new ApprovalLevel(ApprovalLevel.Kind.APPROVERS, null),
                new ApprovalLevel(ApprovalLevel.Kind.GROUP, helpers)));
        List<Caller> people = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Caller person = app.addUser(admin, "p" + i + "@acme.test", Role.MEMBER);
            app.administration.moveUserToLocation(admin, person.userId(), berlin, LocalDate.of(2025, 1, 1));
            if (i % 2 == 0) {
                app.administration.assignApprover(admin, person.userId(), boss.userId());
                app.administration.moveUserToTeam(admin, person.userId(), team, LocalDate.of(2025, 1, 1));
            }
            people.add(person);
        }
        InMemoryReadModel live = new InMemoryReadModel();
        ReadModelProjector projector = new ReadModelProjector(app.repository, live, live, app.holidays);
        List<RecordedEvent> projected = new ArrayList<>(app.store.allEvents());
        projected.forEach(projector::project);

        List<String> requests = new ArrayList<>();
        List<LocalDate> holidays = new ArrayList<>();
        int weekChanges = 0;
        int groupChanges = 0;
        for (Step step : steps) {
            LocalDate day = LocalDate.of(2026, 6, 22).plusDays(step.day()); // a narrow window: changes meet requests
            Caller person = people.get(step.person());
            try {
                switch (step.kind()) {
                    case 0, 1, 2 -> requests.add(app.workflow.requestLeave(person, vacation, day,
                            day.plusDays(step.length()), HalfDay.NONE, null, null).id());
                    case 3 -> {
                        if (!requests.isEmpty()) {
                            app.workflow.approveLeave(boss, requests.get(step.day() % requests.size()), null);
                        }
                    }
                    case 4 -> {
                        if (!requests.isEmpty()) {
                            app.workflow.cancelLeave(admin, requests.get(step.day() % requests.size()));
                        }
                    }
                    case 5 -> {
                        app.setup.addHoliday(admin, berlin, day, "Holiday " + day);
                        holidays.add(day);
                    }
                    case 6 -> {
                        if (!holidays.isEmpty()) {
                            app.setup.removeHoliday(admin, berlin, holidays.remove(step.day() % holidays.size()));
                        }
                    }
                    case 7 -> app.setup.setLocationWorkingWeek(admin, berlin, weekChanges++ % 2 == 0
                            ? List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)
                            : DomainFixture.MON_FRI, day, null, null);
                    case 8 -> app.upfrontPolicy(admin, berlin, vacation, day, 20 + step.length());
                    case 9 -> app.setup.createLeaveType(admin, "Extra " + step.day(), true, true, true);
                    case 10 -> app.deciders.setApproverGroup(admin, "Helpers", groupChanges++ % 2 == 0
                            ? List.of(admin.userId()) : List.of(lead.userId()));
                    default -> app.deciders.setTeamManagers(admin, team, step.length() % 2 == 0
                            ? List.of(lead.userId()) : List.of());
                }
            } catch (DomainError refused) {
                // a refused step leaves the history as it was
            }
            List<RecordedEvent> all = app.store.allEvents();
            all.subList(projected.size(), all.size()).forEach(projector::project);
            projected = new ArrayList<>(all);
        }

        InMemoryReadModel recomputed = new InMemoryReadModel();
        ReadModelProjector fromScratch = new ReadModelProjector(app.repository, recomputed, recomputed, app.holidays);
        fromScratch.rebuild(orgId);
        projected.stream().map(RecordedEvent::aggregateId).distinct().filter(id -> !id.equals(orgId))
                .forEach(fromScratch::rebuild);
        Map<String, Object> expected = listed(recomputed);
        Map<String, Object> actual = listed(live);
        // a queue keeps the entries of someone who no longer decides them (never deleted; queries check the level)
        actual.keySet().removeIf(key -> key.startsWith("APPROVER#") && !expected.containsKey(key));
        assertThat(actual).isEqualTo(expected);
    }

    /** Every item but a queue's entries of decided requests, which no query lists (they stay only as tombstones). */
    private static Map<String, Object> listed(InMemoryReadModel readModel) {
        Map<String, Object> listed = new TreeMap<>(readModel.snapshot());
        listed.entrySet().removeIf(item -> (item.getKey().startsWith("APPROVER#") || item.getKey().startsWith("PENDING#"))
                && item.getValue() instanceof LeaveRequestView request && request.status() != LeaveStatus.PENDING);
        return listed;
    }
}
