package org.leavetracker.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.read.projection.ReadModelProjector;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.testing.InMemoryReadModel;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.CommandRetry;
import org.leavetracker.domain.write.employee.MyPreferences;

/** Who hears of what: approvers of a waiting request, the requester of a decision, the other side of a cancel. */
class LeaveNotificationsTest {

    private final DomainFixture app = new DomainFixture(LocalDate.of(2026, 6, 15));
    private final InMemoryReadModel readModel = new InMemoryReadModel();
    private final List<Notification> sent = new ArrayList<>();
    private final LeaveNotifications notifications = new LeaveNotifications(app.repository, readModel, sent::add);
    private final Caller admin = app.newOrganization("Acme", "admin@acme.test");
    private final String berlin = app.location(admin, "Berlin", "DE");
    private final String vacation = app.vacation(admin);
    private final String sick = app.setup.createLeaveType(admin, "Sick", false, false, true).id();
    private final Caller boss = app.addUser(admin, "boss@acme.test", Role.APPROVER);
    private final Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);

    {
        app.setup.setLeavePolicy(admin, berlin, vacation, LocalDate.of(2020, 1, 1), Days.of(20), Accrual.UPFRONT,
                null, null, null);
        app.administration.moveUserToLocation(admin, ann.userId(), berlin, LocalDate.of(2025, 1, 1));
    }

    /** Runs the notifier over every event since the last call, as the bus rule would. */
    private int seen;

    private List<Notification> deliverNewEvents() {
        ReadModelProjector projector = new ReadModelProjector(app.repository, readModel, readModel, app.holidays);
        List<RecordedEvent> events = app.store.allEvents();
        List<RecordedEvent> fresh = events.subList(seen, events.size());
        seen = events.size();
        fresh.forEach(projector::project);
        sent.clear();
        fresh.forEach(notifications::notify);
        return List.copyOf(sent);
    }

    @Test
    void a_request_waiting_for_approval_reaches_the_assigned_approver_with_its_reason() {
        app.administration.assignApprover(admin, ann.userId(), boss.userId());
        deliverNewEvents();
        app.workflow.requestLeave(ann, vacation, LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 10), HalfDay.NONE,
                "Family trip", null);
        List<Notification> messages = deliverNewEvents();
        assertThat(messages).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo("boss@acme.test");
            assertThat(m.subject()).isEqualTo("Leave request from ann: Vacation 6 Jul 2026 to 10 Jul 2026");
            assertThat(m.body()).contains("Reason: Family trip");
            assertThat(m.eventId()).startsWith(ann.userId() + "/");
        });
    }

    @Test
    void without_an_assigned_approver_the_admins_hear_of_it_but_never_the_requester() {
        Caller otherAdmin = app.addUser(admin, "second@acme.test", Role.ADMIN);
        app.administration.moveUserToLocation(admin, otherAdmin.userId(), berlin, LocalDate.of(2025, 1, 1));
        deliverNewEvents();
        app.workflow.requestLeave(otherAdmin, vacation, LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 6),
                HalfDay.MORNING, null, null);
        assertThat(deliverNewEvents()).extracting(Notification::to).containsExactly("admin@acme.test");
        assertThat(sent.getFirst().subject()).endsWith("Vacation 6 Jul 2026 (morning)");
        assertThat(sent.getFirst().body()).doesNotContain("Reason");
    }

    @Test
    void leave_that_needs_no_approval_notifies_no_one() {
        app.workflow.requestLeave(ann, sick, LocalDate.of(2026, 6, 16), LocalDate.of(2026, 6, 16), HalfDay.NONE,
                "flu", null);
        assertThat(deliverNewEvents()).isEmpty();
    }

    @Test
    void the_requester_hears_of_approval_and_denial_with_the_approvers_words() {
        app.administration.assignApprover(admin, ann.userId(), boss.userId());
        String first = app.workflow.requestLeave(ann, vacation, LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 7),
                HalfDay.NONE, null, null).id();
        String second = app.workflow.requestLeave(ann, vacation, LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 3),
                HalfDay.NONE, null, null).id();
        deliverNewEvents();
        app.workflow.approveLeave(boss, first, "Enjoy");
        app.workflow.denyLeave(boss, second, "Release week");
        List<Notification> messages = deliverNewEvents();
        assertThat(messages).extracting(Notification::to).containsOnly("ann@acme.test");
        assertThat(messages).extracting(Notification::subject)
                .containsExactly("Approved: Vacation 6 Jul 2026 to 7 Jul 2026", "Denied: Vacation 3 Aug 2026");
        assertThat(messages.get(0).body()).contains("approved by boss").contains("Note: Enjoy");
        assertThat(messages.get(1).body()).contains("denied by boss").contains("Reason: Release week");
    }

    @Test
    void a_cancellation_tells_the_other_side() {
        app.administration.assignApprover(admin, ann.userId(), boss.userId());
        String mine = app.workflow.requestLeave(ann, vacation, LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 7),
                HalfDay.NONE, null, null).id();
        String approved = app.workflow.requestLeave(ann, vacation, LocalDate.of(2026, 8, 3),
                LocalDate.of(2026, 8, 4), HalfDay.NONE, null, null).id();
        app.workflow.approveLeave(boss, approved, null);
        deliverNewEvents();

        app.workflow.cancelLeave(ann, mine);
        assertThat(deliverNewEvents()).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo("boss@acme.test");
            assertThat(m.subject()).isEqualTo("Cancelled by ann: Vacation 6 Jul 2026 to 7 Jul 2026");
        });
        app.workflow.cancelLeave(admin, approved);
        assertThat(deliverNewEvents()).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo("ann@acme.test");
            assertThat(m.body()).contains("cancelled by Admin Acme");
        });
    }

    @Test
    void a_request_decided_before_its_notification_ran_asks_no_one() {
        app.administration.assignApprover(admin, ann.userId(), boss.userId());
        String id = app.workflow.requestLeave(ann, vacation, LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 7),
                HalfDay.NONE, null, null).id();
        app.workflow.approveLeave(boss, id, null);
        assertThat(deliverNewEvents()).extracting(Notification::subject)
                .containsExactly("Approved: Vacation 6 Jul 2026 to 7 Jul 2026");
    }

    @Test
    void an_approver_who_has_left_is_asked_nothing_and_the_admins_are_asked_instead() {
        app.administration.moveUserToLocation(admin, boss.userId(), berlin, LocalDate.of(2025, 1, 1));
        app.administration.assignApprover(admin, ann.userId(), boss.userId());
        app.administration.endEmployment(admin, boss.userId(), LocalDate.of(2026, 6, 12));
        deliverNewEvents();
        app.workflow.requestLeave(ann, vacation, LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 10), HalfDay.NONE,
                null, null);
        assertThat(deliverNewEvents()).extracting(Notification::to).containsExactly("admin@acme.test");
    }

    @Test
    void each_person_reads_in_their_own_language_and_whoever_chose_none_in_the_organizations() {
        MyPreferences preferences = new MyPreferences(app.repository, app.holidays, CommandRetry.standard());
        app.administration.assignApprover(admin, ann.userId(), boss.userId());
        preferences.update(ann, "de-AT", false);
        preferences.update(boss, "fr", false);
        String trip = app.workflow.requestLeave(ann, vacation, LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 10),
                HalfDay.NONE, "Familienreise", null).id();
        deliverNewEvents();
        assertThat(sent).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo("boss@acme.test");
            assertThat(m.subject()).as("the approver's French, with dates as French is written in Germany")
                    .isEqualTo("Demande de congé de ann : Vacation du 6 juil. 2026 au 10 juil. 2026");
            assertThat(m.body()).contains("Motif : Familienreise").contains("Approuvez-la ou refusez-la");
        });

        app.workflow.approveLeave(boss, trip, null);
        deliverNewEvents();
        assertThat(sent).singleElement().satisfies(m -> {
            assertThat(m.subject()).as("the requester's German").isEqualTo(
                    "Genehmigt: Vacation vom 06.07.2026 bis 10.07.2026");
            assertThat(m.body()).isEqualTo("Ihr Antrag auf Vacation vom 06.07.2026 bis 10.07.2026 wurde von boss "
                    + "genehmigt.");
        });

        app.setup.updateOrganization(admin, null, "es");
        preferences.update(ann, null, true);
        app.workflow.cancelLeave(admin, trip);
        deliverNewEvents();
        assertThat(sent).singleElement().satisfies(m -> assertThat(m.subject())
                .as("back to the organization's language").isEqualTo("Cancelada: Vacation del 6 jul 2026 al 10 jul 2026"));
    }
}
