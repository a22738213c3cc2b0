package org.leavetracker.domain.write.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.leavetracker.domain.error.DomainError;
import org.leavetracker.domain.error.InsufficientBalance;
import org.leavetracker.domain.error.InvalidStateTransition;
import org.leavetracker.domain.error.NoWorkingDays;
import org.leavetracker.domain.error.OverlappingLeave;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.write.Caller;

/** SPEC §3.2 and §3.4: counting days and the request state machine. Today is Monday 15 June 2026. */
class LeaveWorkflowTest {

    private final DomainFixture app = new DomainFixture(LocalDate.of(2026, 6, 15));
    private final Caller admin = app.newOrganization("Acme", "admin@acme.test");
    private final String berlin = app.location(admin, "Berlin", "DE");
    private final String paris = app.setup.createLocation(admin, "Paris", "Europe/Paris", "FR", DomainFixture.MON_FRI).id();
    private final String vacation = app.vacation(admin);
    private final String sick = app.setup.createLeaveType(admin, "Sick", false, false, true).id();
    private final String fullDaysOnly = app.setup.createLeaveType(admin, "Training", false, true, false).id();
    private final Caller boss = app.addUser(admin, "boss@acme.test", Role.APPROVER);
    private final Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);

    @BeforeEach
    void annWorksInBerlinWithTwentyDaysAndBossApproves() {
        app.setup.setLeavePolicy(admin, berlin, vacation, d("2020-01-01"), Days.of(20), Accrual.UPFRONT, Days.of(5),
                null, Days.of(2));
        app.administration.moveUserToLocation(admin, ann.userId(), berlin, d("2025-01-01"));
        app.administration.assignApprover(admin, ann.userId(), boss.userId());
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private LeaveRequestView request(String type, String from, String to) {
        return app.workflow.requestLeave(ann, type, d(from), d(to), HalfDay.NONE, "holiday", null);
    }

    private void refusedWithoutEvents(Class<? extends DomainError> error, Executable command) {
        int before = app.store.eventCount();
        assertThatThrownBy(command::execute).isInstanceOf(error);
        assertThat(app.store.eventCount()).as("a refused command writes no event").isEqualTo(before);
    }

    @Test
    void weekends_and_public_holidays_do_not_count() {
        // Thu 2 Apr .. Tue 7 Apr 2026: Good Friday, the weekend and Easter Monday fall inside
        assertThat(request(vacation, "2026-04-02", "2026-04-07").days()).hasToString("2");
    }

    @Test
    void a_custom_holiday_of_the_location_does_not_count() {
        app.setup.addHoliday(admin, berlin, d("2026-06-19"), "Summer party");
        assertThat(request(vacation, "2026-06-18", "2026-06-19").days()).hasToString("1");
    }

    @Test
    void the_holidays_of_the_location_the_person_is_in_on_each_date_apply() {
        app.administration.moveUserToLocation(admin, ann.userId(), paris, d("2026-07-01"));
        // Mon 13 .. Wed 15 July 2026; 14 July is a French holiday
        assertThat(request(sick, "2026-07-13", "2026-07-15").days()).hasToString("2");
    }

    @Test
    void a_half_day_counts_half() {
        LeaveRequestView morning = app.workflow.requestLeave(ann, vacation, d("2026-06-17"), d("2026-06-17"),
                HalfDay.MORNING, null, null);
        assertThat(morning.days()).hasToString("0.5");
        assertThat(morning.halfDay()).isEqualTo(HalfDay.MORNING);
    }

    @Test
    void the_own_working_week_applies_from_its_effective_date() {
        app.administration.setWorkingWeek(admin, ann.userId(), List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY), d("2026-06-29"));
        // Mon 22 Jun .. Fri 3 Jul: 5 days on the location's week, then Mon–Wed only
        assertThat(request(sick, "2026-06-22", "2026-07-03").days()).hasToString("8");
    }

    @Test
    void a_request_that_counts_no_day_is_refused() {
        refusedWithoutEvents(NoWorkingDays.class, () -> request(vacation, "2026-06-20", "2026-06-21"));
        refusedWithoutEvents(NoWorkingDays.class, () -> request(vacation, "2026-04-03", "2026-04-06"));
    }

    @Test
    void before_the_first_location_assignment_no_day_counts() {
        refusedWithoutEvents(NoWorkingDays.class, () -> request(sick, "2024-03-04", "2024-03-05"));
    }

    @Test
    void a_request_is_pending_until_its_approver_approves_it() {
        LeaveRequestView pending = request(vacation, "2026-08-03", "2026-08-07");
        assertThat(pending.status()).isEqualTo(LeaveStatus.PENDING);
        assertThat(pending.decidedBy()).isNull();

        LeaveRequestView approved = app.workflow.approveLeave(boss, pending.id(), "enjoy");
        assertThat(approved.status()).isEqualTo(LeaveStatus.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo(boss.userId());
    }

    @Test
    void a_type_that_needs_no_approval_is_approved_at_once() {
        LeaveRequestView sickDay = request(sick, "2026-06-16", "2026-06-16");
        assertThat(sickDay.status()).isEqualTo(LeaveStatus.APPROVED);
        assertThat(app.store.allEvents()).extracting(e -> e.type()).endsWith("LeaveRequested", "LeaveApproved");
    }

    @Test
    void a_denied_request_can_be_neither_approved_nor_cancelled() {
        LeaveRequestView r = request(vacation, "2026-08-03", "2026-08-07");
        assertThat(app.workflow.denyLeave(boss, r.id(), "busy month").status()).isEqualTo(LeaveStatus.DENIED);

        refusedWithoutEvents(InvalidStateTransition.class, () -> app.workflow.approveLeave(boss, r.id(), null));
        refusedWithoutEvents(InvalidStateTransition.class, () -> app.workflow.denyLeave(boss, r.id(), null));
        refusedWithoutEvents(InvalidStateTransition.class, () -> app.workflow.cancelLeave(ann, r.id()));
    }

    @Test
    void an_approved_request_cannot_be_approved_or_denied_again() {
        LeaveRequestView r = request(vacation, "2026-08-03", "2026-08-07");
        app.workflow.approveLeave(boss, r.id(), null);
        refusedWithoutEvents(InvalidStateTransition.class, () -> app.workflow.approveLeave(boss, r.id(), null));
        refusedWithoutEvents(InvalidStateTransition.class, () -> app.workflow.denyLeave(admin, r.id(), null));
    }

    @Test
    void the_requester_cancels_a_pending_request_or_an_approved_one_that_has_not_started() {
        LeaveRequestView pending = request(vacation, "2026-08-03", "2026-08-07");
        assertThat(app.workflow.cancelLeave(ann, pending.id()).status()).isEqualTo(LeaveStatus.CANCELLED);
        refusedWithoutEvents(InvalidStateTransition.class, () -> app.workflow.cancelLeave(ann, pending.id()));

        LeaveRequestView approved = request(vacation, "2026-09-07", "2026-09-08");
        app.workflow.approveLeave(boss, approved.id(), null);
        assertThat(app.workflow.cancelLeave(ann, approved.id()).status()).isEqualTo(LeaveStatus.CANCELLED);
    }

    @Test
    void only_an_admin_cancels_approved_leave_that_has_started() {
        LeaveRequestView started = request(sick, "2026-06-15", "2026-06-17"); // approved at once, started today
        refusedWithoutEvents(InvalidStateTransition.class, () -> app.workflow.cancelLeave(ann, started.id()));
        assertThat(app.workflow.cancelLeave(admin, started.id()).status()).isEqualTo(LeaveStatus.CANCELLED);
    }

    @Test
    void a_cancelled_request_frees_its_dates() {
        LeaveRequestView r = request(vacation, "2026-08-03", "2026-08-07");
        app.workflow.cancelLeave(ann, r.id());
        assertThat(request(vacation, "2026-08-03", "2026-08-07").status()).isEqualTo(LeaveStatus.PENDING);
    }

    @Test
    void overlapping_a_pending_or_approved_request_is_refused_whatever_the_type() {
        request(vacation, "2026-08-03", "2026-08-07");
        refusedWithoutEvents(OverlappingLeave.class, () -> request(sick, "2026-08-07", "2026-08-10"));
        refusedWithoutEvents(OverlappingLeave.class, () -> request(vacation, "2026-07-27", "2026-08-03"));
    }

    @Test
    void a_morning_and_an_afternoon_on_the_same_date_do_not_overlap_but_two_mornings_do() {
        app.workflow.requestLeave(ann, vacation, d("2026-06-17"), d("2026-06-17"), HalfDay.MORNING, null, null);
        LeaveRequestView afternoon = app.workflow.requestLeave(ann, vacation, d("2026-06-17"), d("2026-06-17"),
                HalfDay.AFTERNOON, null, null);
        assertThat(afternoon.status()).isEqualTo(LeaveStatus.PENDING);

        refusedWithoutEvents(OverlappingLeave.class, () -> app.workflow.requestLeave(ann, vacation, d("2026-06-17"),
                d("2026-06-17"), HalfDay.MORNING, null, null));
        refusedWithoutEvents(OverlappingLeave.class, () -> request(vacation, "2026-06-17", "2026-06-17"));
    }

    @Test
    void half_days_need_a_single_date_and_a_type_that_allows_them() {
        refusedWithoutEvents(ValidationError.class, () -> app.workflow.requestLeave(ann, vacation, d("2026-06-17"),
                d("2026-06-18"), HalfDay.MORNING, null, null));
        refusedWithoutEvents(ValidationError.class, () -> app.workflow.requestLeave(ann, fullDaysOnly,
                d("2026-06-17"), d("2026-06-17"), HalfDay.AFTERNOON, null, null));
    }

    @Test
    void an_end_before_the_start_is_refused() {
        refusedWithoutEvents(ValidationError.class, () -> request(vacation, "2026-06-18", "2026-06-17"));
    }

    @Test
    void leave_beyond_the_available_balance_plus_the_allowed_overdraft_is_refused() {
        // 20 this year + 20 carried (capped at 5) = 25 available, 2 more allowed below zero
        refusedWithoutEvents(InsufficientBalance.class, () -> request(vacation, "2026-07-01", "2026-08-07"));
        LeaveRequestView big = request(vacation, "2026-07-01", "2026-08-04");
        assertThat(big.days()).hasToString("25");
        refusedWithoutEvents(InsufficientBalance.class, () -> request(vacation, "2026-08-10", "2026-08-12"));
        assertThat(request(vacation, "2026-08-10", "2026-08-11").days()).hasToString("2");
    }

    @Test
    void the_balance_is_checked_in_each_year_a_request_touches() {
        app.administration.adjustBalance(admin, ann.userId(), vacation, 2027, Days.of(-22), "advance taken");
        // 2026 has plenty; 2027 has 20 + 5 carried − 22 = 3 available, plus 2 overdraft = 5
        refusedWithoutEvents(InsufficientBalance.class, () -> request(vacation, "2026-12-28", "2027-01-11"));
        assertThat(request(vacation, "2026-12-28", "2027-01-08").days()).hasToString("9");
    }

    @Test
    void approving_checks_the_balance_again() {
        LeaveRequestView first = request(vacation, "2026-07-06", "2026-07-24"); // 15 days
        LeaveRequestView second = request(vacation, "2026-08-03", "2026-08-14"); // 10 days: all 25 are pending
        app.administration.adjustBalance(admin, ann.userId(), vacation, 2026, Days.of(-3), "correction");

        // 22 remaining − 15 still pending = 7 available (+2 overdraft) < 10
        refusedWithoutEvents(InsufficientBalance.class, () -> app.workflow.approveLeave(boss, second.id(), null));
        app.workflow.denyLeave(boss, first.id(), null);
        assertThat(app.workflow.approveLeave(boss, second.id(), null).status()).isEqualTo(LeaveStatus.APPROVED);
    }

    @Test
    void past_leave_is_recorded_as_approved_without_a_balance_check_but_never_overlapping() {
        LeaveRequestView past = app.workflow.addPastLeave(boss, ann.userId(), vacation, d("2026-01-05"),
                d("2026-03-27"), HalfDay.NONE, "long trip");
        assertThat(past.status()).isEqualTo(LeaveStatus.APPROVED);
        assertThat(past.days()).isEqualTo(Days.of(60));
        assertThat(past.decidedBy()).isEqualTo(boss.userId());

        refusedWithoutEvents(OverlappingLeave.class, () -> app.workflow.addPastLeave(admin, ann.userId(), sick,
                d("2026-03-27"), d("2026-03-30"), HalfDay.NONE, null));
    }

    @Test
    void a_retried_request_with_the_same_client_request_id_returns_the_first_and_writes_nothing() {
        LeaveRequestView first = app.workflow.requestLeave(ann, vacation, d("2026-08-03"), d("2026-08-07"),
                HalfDay.NONE, null, "client-42");
        int events = app.store.eventCount();

        LeaveRequestView again = app.workflow.requestLeave(ann, vacation, d("2026-08-03"), d("2026-08-07"),
                HalfDay.NONE, null, "client-42");

        assertThat(again).isEqualTo(first);
        assertThat(app.store.eventCount()).isEqualTo(events);
    }

    @Test
    void a_request_id_naming_no_request_is_not_found() {
        refusedWithoutEvents(org.leavetracker.domain.error.NotFound.class,
                () -> app.workflow.approveLeave(boss, "nonsense", null));
        refusedWithoutEvents(org.leavetracker.domain.error.NotFound.class,
                () -> app.workflow.approveLeave(boss, ann.userId() + ".nope", null));
    }
}
