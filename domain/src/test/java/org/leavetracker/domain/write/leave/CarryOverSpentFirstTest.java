package org.leavetracker.domain.write.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.error.InsufficientBalance;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.write.Caller;

/**
 * A request's own days spend carried-over days first (SPEC §3.9). The case is Frappe HRMS's
 * (hrms/hr/doctype/leave_application/test_leave_application.py, carry-forwarded leave expiring within a request):
 * 15 days carried over and expiring on 31 March, 15 new ones, and a 20-day request from 9 March to 3 April.
 */
class CarryOverSpentFirstTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private final DomainFixture app = new DomainFixture(d("2026-02-16"));
    private final Caller admin = app.newOrganization("Acme", "admin@acme.test");
    /** Paris: no public holiday in March or April in the fixture's calendar, so 9 March – 3 April is 20 days. */
    private final String paris = app.location(admin, "Paris", "FR");
    private final String vacation = app.vacation(admin);
    private final Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);

    {
        app.setup.setLeavePolicy(admin, paris, vacation, d("2025-01-01"), Days.of(15), Accrual.UPFRONT, null, 3,
                null);
        app.administration.moveUserToLocation(admin, ann.userId(), paris, d("2025-01-01"));
    }

    private LeaveRequestView request(String from, String to) {
        return app.workflow.requestLeave(ann, vacation, d(from), d(to), HalfDay.NONE, null, null);
    }

    private Balance endOf2026() {
        return app.queries.balances(ann, ann.userId(), 2026, d("2026-12-31")).getFirst();
    }

    @Test
    void a_request_over_the_expiry_spends_the_carried_over_days_before_they_expire() {
        LeaveRequestView whole = request("2026-03-09", "2026-04-03");

        assertThat(whole.days()).isEqualTo(Days.of(20));
        assertThat(whole.status()).isEqualTo(LeaveStatus.PENDING);
        assertThat(endOf2026().available()).as("15 carried + 15 new − 20").isEqualTo(Days.of(10));
        app.workflow.approveLeave(admin, whole.id(), null);
        Balance approved = endOf2026();
        assertThat(approved.carriedOver()).isEqualTo(Days.of(15));
        assertThat(approved.expired()).as("17 of the 20 days fall on or before 31 March").isEqualTo(Days.ZERO);
        assertThat(approved.remaining()).isEqualTo(Days.of(10));
    }

    @Test
    void the_same_dates_in_two_requests_end_at_the_same_figures() {
        request("2026-03-09", "2026-03-31");
        request("2026-04-01", "2026-04-03");

        assertThat(endOf2026().available()).isEqualTo(Days.of(10));
    }

    @Test
    void the_preview_shows_what_the_request_leaves() {
        LeavePreview preview = app.workflow.previewLeave(ann, new RequestLeave(vacation, d("2026-03-09"),
                d("2026-04-03"), HalfDay.NONE, null, null, null));

        assertThat(preview.refusal()).isNull();
        assertThat(preview.balances().getFirst().after().available()).isEqualTo(Days.of(10));
    }

    @Test
    void carried_over_days_left_unspent_at_the_expiry_still_expire_and_the_request_is_refused_for_what_remains() {
        // 30–31 March spend 2 carried-over days; 13 expire; 20 days need more than the 2 + 15 the request can use
        assertThatThrownBy(() -> request("2026-03-30", "2026-04-24"))
                .isInstanceOf(InsufficientBalance.class)
                .hasMessageContaining("needs 20 days").hasMessageContaining("only 17 days are available by 2026-04-24");
        assertThat(app.workflow.previewLeave(ann, new RequestLeave(vacation, d("2026-03-30"), d("2026-04-20"),
                HalfDay.NONE, null, null, null)).balances().getFirst().after().available())
                .as("16 days fit: 17 − 16").isEqualTo(Days.ONE);
    }

    @Test
    void a_pending_request_before_the_expiry_spends_carried_over_days_for_the_next_one() {
        request("2026-03-02", "2026-03-31"); // 22 days: 15 carried over, then 7 new ones

        assertThatThrownBy(() -> request("2026-04-01", "2026-04-14")).isInstanceOf(InsufficientBalance.class)
                .hasMessageContaining("only 8 days are available");
        assertThat(request("2026-04-01", "2026-04-10").days()).isEqualTo(Days.of(8));
    }
}
