package org.leavetracker.domain.read.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.read.RequestScope;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.testing.InMemoryReadModel;
import org.leavetracker.domain.write.Caller;

/**
 * Organization-wide changes in bounded pieces (decision 0023): the pieces, in any order, leave the read side exactly
 * as projecting everything at once does, and name only the people the change affects.
 */
class FanOutTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void pieces_in_any_order_give_the_read_side_of_one_whole_projection() {
        DomainFixture app = new DomainFixture(d("2026-06-15"));
        Caller admin = app.newOrganization("Acme", "admin@acme.test");
        String berlin = app.location(admin, "Berlin", "DE");
        String paris = app.location(admin, "Paris", "FR");
        String vacation = app.vacation(admin);
        app.upfrontPolicy(admin, berlin, vacation, d("2020-01-01"), 25);
        List<String> berliners = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Caller person = app.addUser(admin, "p" + i + "@acme.test", Role.MEMBER);
            app.administration.moveUserToLocation(admin, person.userId(), berlin, d("2026-01-01"));
            app.workflow.requestLeave(person, vacation, d("2026-07-02"), d("2026-07-03"), HalfDay.NONE, null, null);
            berliners.add(person.userId());
        }
        Caller pierre = app.addUser(admin, "pierre@acme.test", Role.MEMBER);
        app.administration.moveUserToLocation(admin, pierre.userId(), paris, d("2026-01-01"));
        InMemoryReadModel whole = new InMemoryReadModel();
        InMemoryReadModel inPieces = new InMemoryReadModel();
        ReadModelProjector wholeProjector = new ReadModelProjector(app.repository, whole, whole, app.holidays);
        ReadModelProjector piecesProjector = new ReadModelProjector(app.repository, inPieces, inPieces, app.holidays);
        app.store.allEvents().forEach(wholeProjector::project);
        app.store.allEvents().forEach(piecesProjector::project);

        app.setup.addHoliday(admin, berlin, d("2026-07-03"), "Summer party");
        RecordedEvent holiday = app.store.allEvents().getLast();
        wholeProjector.project(holiday);
        ReadModelProjector.Projected deferred = piecesProjector.projectDeferringPeople(List.of(holiday));
        assertThat(deferred.deferred()).as("only the people in Berlin").containsExactlyInAnyOrderElementsOf(berliners);
        assertThat(deferred.deferredScope()).as("only their requests over the holiday").isEqualTo(
                RequestScope.on(d("2026-07-03")));

        List<String> people = new ArrayList<>(deferred.deferred());
        Collections.reverse(people);
        for (int from = 0; from < people.size(); from += 3) {
            piecesProjector.projectPeople(app.repository.employee(admin.userId()).orgId(),
                    people.subList(from, Math.min(from + 3, people.size())), deferred.deferredScope());
        }
        assertThat(inPieces.snapshot()).isEqualTo(whole.snapshot());
        assertThat(whole.requestsOf(berliners.getFirst(), null, null, null)).singleElement()
                .satisfies(r -> assertThat(r.days()).hasToString("1"));
    }

    @Test
    void a_holiday_rewrites_only_the_requests_over_it_and_the_balances_from_its_year() {
        DomainFixture app = new DomainFixture(d("2026-06-15"));
        Caller admin = app.newOrganization("Acme", "admin@acme.test");
        String berlin = app.location(admin, "Berlin", "DE");
        String vacation = app.vacation(admin);
        app.upfrontPolicy(admin, berlin, vacation, d("2020-01-01"), 25);
        Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);
        app.administration.moveUserToLocation(admin, ann.userId(), berlin, d("2025-01-01"));
        String july = app.workflow.requestLeave(ann, vacation, d("2026-07-02"), d("2026-07-03"), HalfDay.NONE, null,
                null).id();
        app.workflow.requestLeave(ann, vacation, d("2026-09-07"), d("2026-09-08"), HalfDay.NONE, null, null);
        InMemoryReadModel readModel = new InMemoryReadModel();
        ReadModelProjector projector = new ReadModelProjector(app.repository, readModel, readModel, app.holidays);
        app.store.allEvents().forEach(projector::project);

        app.setup.addHoliday(admin, berlin, d("2026-07-03"), "Summer party");
        ReadModelProjector.Projected deferred = projector.projectDeferringPeople(List.of(app.store.allEvents().getLast()));
        ReadModelProjector.Projected piece = projector.projectPeople(app.repository.employee(admin.userId()).orgId(),
                deferred.deferred(), deferred.deferredScope());

        assertThat(piece.requests()).extracting(LeaveRequestView::id).containsExactly(july);
        assertThat(piece.balances()).extracting(b -> b.year()).as("2025 cannot change").containsExactly(2026, 2027);
    }
}
