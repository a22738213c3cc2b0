package org.leavetracker.domain.write.leave;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.RepeatedTest;
import org.leavetracker.domain.error.InsufficientBalance;
import org.leavetracker.domain.error.InvalidStateTransition;
import org.leavetracker.domain.error.OverlappingLeave;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.testing.Race;
import org.leavetracker.domain.write.Caller;

/** The aggregate boundary makes the overlap and balance checks race-free: concurrent requests cannot both pass. */
class ConcurrentRequestsTest {

    private final DomainFixture app = new DomainFixture(LocalDate.of(2026, 6, 15));
    private final Caller admin = app.newOrganization("Acme", "admin@acme.test");
    private final String berlin = app.location(admin, "Berlin", "DE");
    private final String vacation = app.vacation(admin);
    private final Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);
    private final Caller boss = app.addUser(admin, "boss@acme.test", Role.APPROVER);

    {
        app.setup.setLeavePolicy(admin, berlin, vacation, LocalDate.of(2026, 1, 1), Days.of(5), Accrual.UPFRONT,
                Days.ZERO, null, null);
        app.administration.moveUserToLocation(admin, ann.userId(), berlin, LocalDate.of(2026, 1, 1));
        app.administration.assignApprover(admin, ann.userId(), boss.userId());
    }

    private Callable<LeaveRequestView> request(String from, String to) {
        return () -> app.workflow.requestLeave(ann, vacation, LocalDate.parse(from), LocalDate.parse(to),
                HalfDay.NONE, null, null);
    }

    @RepeatedTest(5)
    void of_several_overlapping_requests_sent_at_once_exactly_one_is_accepted() throws Exception {
        List<Object> outcomes = Race.of(List.of(request("2026-08-03", "2026-08-04"), request("2026-08-04",
                "2026-08-05"),
                request("2026-08-04", "2026-08-04"), request("2026-08-03", "2026-08-05")));

        assertThat(outcomes).filteredOn(LeaveRequestView.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(OverlappingLeave.class::isInstance).hasSize(3);
        assertThat(app.queries.leaveRequests(ann, null)).hasSize(1);
    }

    @RepeatedTest(5)
    void of_requests_that_together_exceed_the_balance_only_those_that_fit_are_accepted() throws Exception {
        // 5 days available; four separate 2-day requests: at most two fit
        List<Object> outcomes = Race.of(List.of(request("2026-08-03", "2026-08-04"), request("2026-08-10",
                "2026-08-11"),
                request("2026-08-17", "2026-08-18"), request("2026-08-24", "2026-08-25")));

        assertThat(outcomes).filteredOn(LeaveRequestView.class::isInstance).hasSize(2);
        assertThat(outcomes).filteredOn(InsufficientBalance.class::isInstance).hasSize(2);
        assertThat(app.queries.leaveRequests(ann, null)).allMatch(r -> r.status() == LeaveStatus.PENDING).hasSize(2);
    }

    @RepeatedTest(5)
    void approve_racing_cancel_ends_as_a_serial_order_would_cancelled_either_way() throws Exception {
        String id = request("2026-08-03", "2026-08-04").call().id();
        List<Object> outcomes = Race.of(List.<Callable<?>>of(() -> app.workflow.approveLeave(boss, id, null),
                () -> app.workflow.cancelLeave(ann, id)));

        // approve then cancel: both succeed; cancel then approve: the approval is refused
        assertThat(outcomes.get(1)).isInstanceOf(LeaveRequestView.class);
        assertThat(outcomes.get(0)).isInstanceOfAny(LeaveRequestView.class, InvalidStateTransition.class);
        assertThat(app.repository.employee(ann.userId()).leave().get(id).status()).isEqualTo(LeaveStatus.CANCELLED);
    }

    @RepeatedTest(5)
    void deny_racing_cancel_lets_exactly_one_win_and_the_state_shows_which() throws Exception {
        String id = request("2026-08-03", "2026-08-04").call().id();
        List<Object> outcomes = Race.of(List.<Callable<?>>of(() -> app.workflow.denyLeave(boss, id, null),
                () -> app.workflow.cancelLeave(ann, id)));

        assertThat(outcomes).filteredOn(LeaveRequestView.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(InvalidStateTransition.class::isInstance).hasSize(1);
        LeaveStatus expected = outcomes.get(0) instanceof LeaveRequestView ? LeaveStatus.DENIED : LeaveStatus.CANCELLED;
        assertThat(app.repository.employee(ann.userId()).leave().get(id).status()).isEqualTo(expected);
    }
}
