package org.leavetracker.domain.write.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.error.Forbidden;
import org.leavetracker.domain.error.NotFound;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.event.LeaveEvent;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.read.ReadQueries;
import org.leavetracker.domain.read.projection.ReadModelProjector;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.testing.InMemoryReadModel;
import org.leavetracker.domain.write.Caller;

/** SPEC §3.7 substitutes: during the range the substitute decides what the approver could, on their behalf. */
class SubstituteApproversTest {

    private final DomainFixture app = new DomainFixture(LocalDate.of(2026, 6, 15));
    private final Caller admin = app.newOrganization("Acme", "admin@acme.test");
    private final String berlin = app.location(admin, "Berlin", "DE");
    private final String training = app.setup.createLeaveType(admin, "Training", false, true, true).id();
    private final Caller boss = app.addUser(admin, "boss@acme.test", Role.APPROVER);
    private final Caller deputy = app.addUser(admin, "deputy@acme.test", Role.APPROVER);
    private final Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);

    {
        for (Caller c : new Caller[] {ann, deputy}) {
            app.administration.moveUserToLocation(admin, c.userId(), berlin, LocalDate.of(2025, 1, 1));
            app.administration.assignApprover(admin, c.userId(), boss.userId());
        }
    }

    private String request(Caller who, String day) {
        return app.workflow.requestLeave(who, training, LocalDate.parse(day), LocalDate.parse(day), HalfDay.NONE,
                null, null).id();
    }

    @Test
    void during_the_range_the_substitute_decides_and_the_event_says_on_whose_behalf() {
        app.workflow.setSubstitute(boss, deputy.userId(), LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 26));
        String id = request(ann, "2026-07-06");
        assertThat(app.workflow.approveLeave(deputy, id, "covering for boss").decidedBy()).isEqualTo(deputy.userId());
        RecordedEvent approved = app.store.allEvents().getLast();
        assertThat(approved.payload()).isEqualTo(
                new LeaveEvent.LeaveApproved(id, deputy.userId(), "covering for boss", boss.userId()));
        assertThat(approved.actorId()).isEqualTo(deputy.userId());

        String other = request(ann, "2026-07-07");
        app.workflow.denyLeave(deputy, other, null);
        assertThat(app.store.allEvents().getLast().payload()).isEqualTo(
                new LeaveEvent.LeaveDenied(other, deputy.userId(), null, boss.userId()));
    }

    @Test
    void outside_the_range_or_for_someone_elses_team_the_substitute_may_not_decide() {
        app.workflow.setSubstitute(boss, deputy.userId(), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 10));
        String id = request(ann, "2026-07-06");
        assertThatThrownBy(() -> app.workflow.approveLeave(deputy, id, null)).as("today is 15 June")
                .isInstanceOf(Forbidden.class);
        app.clock.set(LocalDate.of(2026, 7, 1));
        assertThat(app.workflow.approveLeave(deputy, id, null).status()).isEqualTo(LeaveStatus.APPROVED);
        app.clock.set(LocalDate.of(2026, 7, 11));
        String later = request(ann, "2026-07-20");
        assertThatThrownBy(() -> app.workflow.approveLeave(deputy, later, null)).isInstanceOf(Forbidden.class);
    }

    @Test
    void a_substitute_never_decides_their_own_request() {
        app.workflow.setSubstitute(boss, deputy.userId(), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
        String own = request(deputy, "2026-07-06");
        assertThatThrownBy(() -> app.workflow.approveLeave(deputy, own, null)).isInstanceOf(Forbidden.class)
                .hasMessageContaining("your own");
    }

    @Test
    void the_substitute_sees_the_absent_approvers_queue_only_during_the_range() {
        InMemoryReadModel readModel = new InMemoryReadModel();
        ReadQueries queries = new ReadQueries(app.repository, readModel, app.clock);
        ReadModelProjector projector = new ReadModelProjector(app.repository, readModel, readModel, app.holidays);
        app.workflow.setSubstitute(boss, deputy.userId(), LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 19));
        String id = request(ann, "2026-07-06");
        app.store.allEvents().forEach(projector::project);
        assertThat(queries.pendingApprovals(deputy)).extracting(LeaveRequestView::id).containsExactly(id);
        assertThat(queries.pendingApprovals(boss)).extracting(LeaveRequestView::id).containsExactly(id);
        app.clock.set(LocalDate.of(2026, 6, 22));
        assertThat(queries.pendingApprovals(deputy)).isEmpty();
    }

    @Test
    void only_approvers_name_substitutes_and_only_people_who_may_approve_can_be_one() {
        LocalDate from = LocalDate.of(2026, 7, 1);
        LocalDate to = LocalDate.of(2026, 7, 10);
        assertThatThrownBy(() -> app.workflow.setSubstitute(ann, deputy.userId(), from, to))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> app.workflow.setSubstitute(boss, ann.userId(), from, to))
                .isInstanceOf(ValidationError.class).hasMessageContaining("MEMBER");
        assertThatThrownBy(() -> app.workflow.setSubstitute(boss, boss.userId(), from, to))
                .isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> app.workflow.setSubstitute(boss, deputy.userId(), to, from))
                .isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> app.workflow.setSubstitute(boss, "nobody", from, to)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> app.workflow.setSubstitute(boss, deputy.userId(), from, from.plusDays(366)))
                .isInstanceOf(ValidationError.class).hasMessageContaining("367");
    }
}
