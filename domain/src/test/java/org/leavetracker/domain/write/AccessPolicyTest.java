package org.leavetracker.domain.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.error.Forbidden;
import org.leavetracker.domain.error.NotFound;
import org.leavetracker.domain.error.Unauthenticated;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.testing.DomainFixture;

/** SPEC §3.5: who may do what, always judged on the caller's role and assignments as of this request. */
class AccessPolicyTest {

    private final DomainFixture app = new DomainFixture(LocalDate.of(2026, 6, 15));
    private final Caller admin = app.newOrganization("Acme", "admin@acme.test");
    private final String berlin = app.location(admin, "Berlin", "DE");
    private final String vacation = app.vacation(admin);
    private final Caller boss = app.addUser(admin, "boss@acme.test", Role.APPROVER);
    private final Caller otherBoss = app.addUser(admin, "other@acme.test", Role.APPROVER);
    private final Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);
    private final Caller bob = app.addUser(admin, "bob@acme.test", Role.MEMBER);

    {
        app.setup.setLeavePolicy(admin, berlin, vacation, LocalDate.of(2020, 1, 1), Days.of(25), Accrual.UPFRONT,
                null, null, null);
        for (Caller person : new Caller[] {ann, bob, boss, admin}) {
            app.administration.moveUserToLocation(admin, person.userId(), berlin, LocalDate.of(2024, 1, 1));
        }
        app.administration.assignApprover(admin, ann.userId(), boss.userId());
    }

    private LeaveRequestView annRequests() {
        return app.workflow.requestLeave(ann, vacation, LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 7),
                HalfDay.NONE, "family", null);
    }

    @Test
    void only_admins_change_settings_and_users() {
        assertThatThrownBy(() -> app.location(boss, "Paris", "FR")).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> app.addUser(ann, "eve@acme.test", Role.ADMIN)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> app.setup.changeUserRole(boss, ann.userId(), Role.ADMIN)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> app.administration.adjustBalance(boss, ann.userId(), vacation, 2026, Days.ONE, "gift"))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void the_assigned_approver_and_any_admin_may_decide_but_no_other_approver() {
        LeaveRequestView first = annRequests();
        assertThatThrownBy(() -> app.workflow.approveLeave(otherBoss, first.id(), null)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> app.workflow.denyLeave(bob, first.id(), null)).isInstanceOf(Forbidden.class);
        assertThat(app.workflow.approveLeave(boss, first.id(), null).status()).isEqualTo(LeaveStatus.APPROVED);

        app.workflow.cancelLeave(ann, first.id());
        LeaveRequestView second = annRequests();
        assertThat(app.workflow.denyLeave(admin, second.id(), null).decidedBy()).isEqualTo(admin.userId());
    }

    @Test
    void nobody_decides_on_their_own_request_not_even_an_admin() {
        LeaveRequestView own = app.workflow.requestLeave(admin, vacation, LocalDate.of(2026, 8, 3),
                LocalDate.of(2026, 8, 4), HalfDay.NONE, null, null);
        assertThatThrownBy(() -> app.workflow.approveLeave(admin, own.id(), null))
                .isInstanceOf(Forbidden.class).hasMessageContaining("your own");
    }

    @Test
    void an_approver_demoted_to_member_loses_the_right_on_their_next_request() {
        LeaveRequestView r = annRequests();
        app.setup.changeUserRole(admin, boss.userId(), Role.MEMBER);
        assertThatThrownBy(() -> app.workflow.approveLeave(boss, r.id(), null)).isInstanceOf(Forbidden.class);
    }

    @Test
    void only_the_requester_or_an_admin_cancels() {
        LeaveRequestView r = annRequests();
        assertThatThrownBy(() -> app.workflow.cancelLeave(boss, r.id())).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> app.workflow.cancelLeave(bob, r.id())).isInstanceOf(Forbidden.class);
        assertThat(app.workflow.cancelLeave(admin, r.id()).status()).isEqualTo(LeaveStatus.CANCELLED);
    }

    @Test
    void past_leave_is_recorded_by_an_assigned_approver_or_an_admin_only() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        assertThatThrownBy(() -> app.workflow.addPastLeave(otherBoss, ann.userId(), vacation, day, day, HalfDay.NONE,
                null)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> app.workflow.addPastLeave(ann, ann.userId(), vacation, day, day, HalfDay.NONE,
                null)).isInstanceOf(Forbidden.class);
        assertThat(app.workflow.addPastLeave(boss, ann.userId(), vacation, day, day, HalfDay.NONE, null).status())
                .isEqualTo(LeaveStatus.APPROVED);
    }

    @Test
    void balances_are_read_by_the_person_their_approvers_and_admins() {
        assertThat(app.queries.balances(ann, null, 2026, null)).hasSize(1);
        assertThat(app.queries.balances(boss, ann.userId(), 2026, null)).hasSize(1);
        assertThat(app.queries.balances(admin, ann.userId(), 2026, null)).hasSize(1);
        assertThatThrownBy(() -> app.queries.balances(bob, ann.userId(), 2026, null)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> app.queries.balances(otherBoss, ann.userId(), 2026, null))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void another_organizations_users_and_requests_do_not_exist_for_the_caller() {
        Caller rival = app.newOrganization("Rival", "admin@rival.test");
        LeaveRequestView r = annRequests();

        assertThatThrownBy(() -> app.workflow.approveLeave(rival, r.id(), null)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> app.workflow.cancelLeave(rival, r.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> app.queries.balances(rival, ann.userId(), 2026, null)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> app.setup.changeUserRole(rival, ann.userId(), Role.MEMBER))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> app.administration.moveUserToLocation(rival, ann.userId(), berlin, LocalDate.of(2026, 1, 1)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> app.setup.addHoliday(rival, berlin, LocalDate.of(2026, 1, 2), "Mine now"))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void a_caller_who_is_no_user_is_unauthenticated() {
        assertThatThrownBy(() -> app.queries.me(new Caller(null, null))).isInstanceOf(Unauthenticated.class);
        assertThatThrownBy(() -> app.queries.me(new Caller("ghost", null))).isInstanceOf(Unauthenticated.class);
    }

    @Test
    void admins_cannot_change_their_own_role_so_an_organization_always_keeps_an_admin() {
        assertThatThrownBy(() -> app.setup.changeUserRole(admin, admin.userId(), Role.MEMBER))
                .isInstanceOf(Forbidden.class);
    }
}
