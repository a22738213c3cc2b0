package org.leavetracker.domain.write.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.error.Forbidden;
import org.leavetracker.domain.error.InvalidStateTransition;
import org.leavetracker.domain.error.NotFound;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.model.ApprovalLevel.Kind;
import org.leavetracker.domain.model.ApprovalLevel;
import org.leavetracker.domain.model.ApprovalStep.Status;
import org.leavetracker.domain.model.ApprovalStep;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.read.ReadQueries;
import org.leavetracker.domain.read.projection.ReadModelProjector;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.testing.InMemoryReadModel;
import org.leavetracker.domain.write.Caller;

/** SPEC §3.7 approval chains: ordered levels, each approved once by someone entitled to it; one denial ends it. */
class ApprovalChainsTest {

    private final DomainFixture app = new DomainFixture(LocalDate.of(2026, 6, 15));
    private final Caller admin = app.newOrganization("Acme", "admin@acme.test");
    private final String berlin = app.location(admin, "Berlin", "DE");
    private final String vacation = app.vacation(admin);
    private final Caller boss = app.addUser(admin, "boss@acme.test", Role.APPROVER);
    private final Caller hr = app.addUser(admin, "hr@acme.test", Role.APPROVER);
    private final Caller hr2 = app.addUser(admin, "hr2@acme.test", Role.APPROVER);
    private final Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);
    private final String hrGroup;

    {
        app.upfrontPolicy(admin, berlin, vacation, LocalDate.of(2020, 1, 1), 25);
        app.administration.moveUserToLocation(admin, ann.userId(), berlin, LocalDate.of(2026, 1, 1));
        app.administration.assignApprover(admin, ann.userId(), boss.userId());
        hrGroup = app.deciders.setApproverGroup(admin, "HR", List.of(hr.userId(), hr2.userId())).id();
        app.setup.setApprovalChain(admin, vacation, List.of(new ApprovalLevel(Kind.APPROVERS, null),
                new ApprovalLevel(Kind.GROUP, hrGroup), new ApprovalLevel(Kind.ADMINS, null)));
    }

    private LeaveRequestView request(String day) {
        return app.workflow.requestLeave(ann, vacation, LocalDate.parse(day), LocalDate.parse(day), HalfDay.NONE,
                null, null);
    }

    private List<Status> statuses(LeaveRequestView view) {
        return view.approvals().stream().map(ApprovalStep::status).toList();
    }

    @Test
    void a_request_passes_every_level_in_order_and_is_approved_at_the_last() {
        LeaveRequestView made = request("2026-07-06");
        assertThat(made.status()).isEqualTo(LeaveStatus.PENDING);
        assertThat(statuses(made)).containsExactly(Status.PENDING, Status.WAITING, Status.WAITING);
        assertThatThrownBy(() -> app.workflow.approveLeave(hr, made.id(), null)).as("not HR's level yet")
                .isInstanceOf(Forbidden.class);

        LeaveRequestView first = app.workflow.approveLeave(boss, made.id(), "ok");
        assertThat(first.status()).isEqualTo(LeaveStatus.PENDING);
        assertThat(statuses(first)).containsExactly(Status.APPROVED, Status.PENDING, Status.WAITING);
        assertThat(first.approvals().getFirst().decidedBy()).isEqualTo(boss.userId());
        assertThat(app.queries.balances(ann, null, 2026, null).getFirst().pending().toDouble()).isEqualTo(1.0);

        long version = app.repository.employee(ann.userId()).version();
        assertThat(app.workflow.approveLeave(boss, made.id(), null).approvals()).as("approving twice")
                .isEqualTo(first.approvals());
        assertThat(app.repository.employee(ann.userId()).version()).as("nothing recorded").isEqualTo(version);
        assertThatThrownBy(() -> app.workflow.approveLeave(ann, made.id(), null)).isInstanceOf(Forbidden.class);

        LeaveRequestView second = app.workflow.approveLeave(hr2, made.id(), null);
        assertThat(statuses(second)).containsExactly(Status.APPROVED, Status.APPROVED, Status.PENDING);
        assertThatThrownBy(() -> app.workflow.approveLeave(hr, made.id(), null)).as("the admins' level")
                .isInstanceOf(Forbidden.class);

        LeaveRequestView done = app.workflow.approveLeave(admin, made.id(), null);
        assertThat(done.status()).isEqualTo(LeaveStatus.APPROVED);
        assertThat(statuses(done)).containsExactly(Status.APPROVED, Status.APPROVED, Status.APPROVED);
        assertThat(done.decidedBy()).isEqualTo(admin.userId());
        assertThat(app.queries.balances(ann, null, 2026, null).getFirst().used().toDouble()).isEqualTo(1.0);
        assertThatThrownBy(() -> app.workflow.approveLeave(admin, made.id(), null))
                .isInstanceOf(InvalidStateTransition.class);
    }

    @Test
    void one_denial_at_any_level_ends_the_request_and_the_rest_is_skipped() {
        LeaveRequestView made = request("2026-07-07");
        app.workflow.approveLeave(boss, made.id(), null);
        assertThatThrownBy(() -> app.workflow.denyLeave(boss, made.id(), "changed my mind"))
                .as("an approver of an earlier level does not decide a later one").isInstanceOf(Forbidden.class);
        LeaveRequestView denied = app.workflow.denyLeave(hr, made.id(), "no cover");
        assertThat(denied.status()).isEqualTo(LeaveStatus.DENIED);
        assertThat(statuses(denied)).containsExactly(Status.APPROVED, Status.DENIED, Status.SKIPPED);
        assertThat(denied.approvals().get(1).decidedBy()).isEqualTo(hr.userId());
    }

    @Test
    void no_one_approves_two_levels_of_one_request_not_even_an_admin() {
        LeaveRequestView made = request("2026-07-08");
        app.workflow.approveLeave(admin, made.id(), null);
        LeaveRequestView again = app.workflow.approveLeave(admin, made.id(), null);
        assertThat(statuses(again)).containsExactly(Status.APPROVED, Status.PENDING, Status.WAITING);
    }

    @Test
    void pending_approvals_list_a_request_only_for_those_deciding_its_current_level() {
        InMemoryReadModel readModel = new InMemoryReadModel();
        ReadQueries queries = new ReadQueries(app.repository, readModel, app.clock);
        ReadModelProjector projector = new ReadModelProjector(app.repository, readModel, readModel, app.holidays);
        String id = request("2026-07-09").id();
        app.store.allEvents().forEach(projector::project);
        assertThat(queries.pendingApprovals(boss)).extracting(LeaveRequestView::id).containsExactly(id);
        assertThat(queries.pendingApprovals(hr)).isEmpty();

        app.workflow.approveLeave(boss, id, null);
        app.store.allEvents().forEach(projector::project);
        assertThat(queries.pendingApprovals(boss)).isEmpty();
        assertThat(queries.pendingApprovals(hr)).extracting(LeaveRequestView::id).containsExactly(id);
        assertThat(queries.pendingApprovals(hr2)).extracting(LeaveRequestView::id).containsExactly(id);
        assertThat(queries.pendingApprovals(admin)).extracting(LeaveRequestView::id).containsExactly(id);

        Caller newcomer = app.addUser(admin, "hr3@acme.test", Role.APPROVER);
        app.deciders.setApproverGroup(admin, "HR", List.of(hr.userId(), hr2.userId(), newcomer.userId()));
        app.store.allEvents().forEach(projector::project);
        assertThat(queries.pendingApprovals(newcomer)).as("a new member sees what waits for the group")
                .extracting(LeaveRequestView::id).containsExactly(id);

        app.workflow.approveLeave(hr, id, null);
        app.store.allEvents().forEach(projector::project);
        assertThat(queries.pendingApprovals(hr2)).isEmpty();
        assertThat(queries.pendingApprovals(admin)).extracting(LeaveRequestView::id).containsExactly(id);
    }

    @Test
    void a_chain_applies_to_requests_made_after_it_and_an_empty_chain_is_the_single_level() {
        LeaveRequestView before = request("2026-07-10");
        app.setup.setApprovalChain(admin, vacation, List.of());
        LeaveRequestView after = request("2026-07-13");
        assertThat(before.approvals()).hasSize(3);
        assertThat(after.approvals()).extracting(ApprovalStep::kind).containsExactly(Kind.APPROVERS);
        assertThat(app.workflow.approveLeave(boss, after.id(), null).status()).isEqualTo(LeaveStatus.APPROVED);
        assertThat(app.workflow.approveLeave(boss, before.id(), null).status()).isEqualTo(LeaveStatus.PENDING);
    }

    @Test
    void chains_and_groups_are_checked_when_they_are_set() {
        String training = app.setup.createLeaveType(admin, "Training", false, false, true).id();
        assertThatThrownBy(() -> app.setup.setApprovalChain(admin, training, List.of(
                new ApprovalLevel(Kind.ADMINS, null)))).as("needs no approval").isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> app.setup.setApprovalChain(admin, vacation, List.of(
                new ApprovalLevel(Kind.GROUP, "nope")))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> app.setup.setApprovalChain(admin, vacation, List.of(
                new ApprovalLevel(Kind.ADMINS, hrGroup)))).isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> app.setup.setApprovalChain(admin, vacation, java.util.Collections.nCopies(6,
                new ApprovalLevel(Kind.ADMINS, null)))).isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> app.setup.setApprovalChain(boss, vacation, List.of()))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> app.deciders.setApproverGroup(admin, "Team", List.of(ann.userId())))
                .as("a member is no approver").isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> app.deciders.setApproverGroup(admin, "Team", List.of()))
                .isInstanceOf(ValidationError.class);
        Caller other = app.newOrganization("Other", "admin@other.test");
        assertThatThrownBy(() -> app.deciders.setApproverGroup(other, "HR", List.of(hr.userId())))
                .as("someone of another organization").isInstanceOf(NotFound.class);
        assertThat(app.deciders.setApproverGroup(admin, "hr", List.of(hr.userId())).id()).as("same name, same group")
                .isEqualTo(hrGroup);
        assertThat(app.settings.approverGroups(ann)).singleElement()
                .satisfies(g -> assertThat(g.memberIds()).containsExactly(hr.userId()));
    }
}
