package org.leavetracker.domain.write.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.WithNull;
import org.junit.jupiter.api.Test;
import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.error.DomainError;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.BlackoutMode;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.write.Caller;

/** SPEC §4 "Preview": previewLeave answers what requestLeave then does, and writes nothing. Today is 15 June 2026. */
class LeavePreviewTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** Ann in Berlin with 10 days of vacation (2 below zero allowed), an existing request and a blackout week. */
    private static final class Company {
        final DomainFixture app = new DomainFixture(d("2026-06-15"));
        final Caller admin = app.newOrganization("Acme", "admin@acme.test");
        final String berlin = app.location(admin, "Berlin", "DE");
        final String vacation = app.vacation(admin);
        final String sick = app.setup.createLeaveType(admin, "Sick", false, false, false).id();
        final Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);

        Company() {
            app.setup.setLeavePolicy(admin, berlin, vacation, d("2020-01-01"), Days.of(10), Accrual.MONTHLY,
                    Days.of(5), null, Days.of(2));
            app.administration.moveUserToLocation(admin, ann.userId(), berlin, d("2025-01-01"));
            app.workflow.requestLeave(ann, vacation, d("2026-08-03"), d("2026-08-05"), HalfDay.NONE, null, null);
            app.setup.addBlackoutPeriod(admin, berlin, d("2026-12-14"), d("2026-12-18"), List.of(vacation),
                    BlackoutMode.REFUSE);
        }
    }

    @Property(tries = 150)
    void the_preview_says_what_sending_the_request_then_does(@ForAll @IntRange(min = 0, max = 560) int startOffset,
                                                             @ForAll @IntRange(min = -1, max = 20) int length,
                                                             @ForAll @WithNull(0.2) HalfDay halfDay,
                                                             @ForAll boolean sick) {
        Company c = new Company();
        String type = sick ? c.sick : c.vacation;
        LocalDate start = d("2026-05-01").plusDays(startOffset);
        LocalDate end = start.plusDays(length);
        int eventsBefore = c.app.store.eventCount();

        LeavePreview preview = c.app.workflow.previewLeave(c.ann, new RequestLeave(type, start, end, halfDay, null,
                null, null));
        assertThat(c.app.store.eventCount()).as("a preview writes nothing").isEqualTo(eventsBefore);

        DomainError refused = catchThrowableOfType(DomainError.class, () -> c.app.workflow.requestLeave(c.ann, type,
                start, end, halfDay, null, null));
        if (preview.refusal() != null) {
            assertThat(refused).as("the request is refused as previewed").isNotNull();
            assertThat(refused.errorType()).isEqualTo(preview.refusal().errorType());
            assertThat(refused.getMessage()).isEqualTo(preview.refusal().getMessage());
            assertThat(preview.status()).isNull();
            return;
        }
        assertThat(refused).as("the request is accepted as previewed").isNull();
        LeaveRequestView made = c.app.queries.leaveRequests(c.ann, null).stream()
                .filter(r -> r.startDate().equals(start) && r.endDate().equals(end)).findFirst().orElseThrow();
        assertThat(made.days()).isEqualTo(preview.amount());
        assertThat(made.status()).isEqualTo(preview.status());
        for (LeavePreview.YearBalance year : preview.balances()) {
            Balance now = c.app.queries.balances(c.ann, null, year.year(), year.after().asOf()).stream()
                    .filter(b -> b.leaveTypeId().equals(type)).findFirst().orElseThrow();
            assertThat(now).as("the balance after, as the balances query then answers it").isEqualTo(year.after());
        }
    }

    @Test
    void an_accepted_preview_counts_working_days_and_shows_the_balance_before_and_after() {
        Company c = new Company();
        // Mon 22 .. Fri 26 June 2026: five working days; by 26 June 6 of 10 days have accrued, 3 are pending
        LeavePreview preview = c.app.workflow.previewLeave(c.ann, new RequestLeave(c.vacation, d("2026-06-22"),
                d("2026-06-26"), HalfDay.NONE, null, null, null));
        assertThat(preview.refusal()).isNull();
        assertThat(preview.status()).isEqualTo(LeaveStatus.PENDING);
        assertThat(preview.amount()).hasToString("5");
        assertThat(preview.balances()).singleElement().satisfies(year -> {
            assertThat(year.year()).isEqualTo(2026);
            assertThat(year.before().asOf()).isEqualTo(d("2026-06-26"));
            assertThat(year.before().pending()).hasToString("3");
            assertThat(year.after().pending()).hasToString("8");
            assertThat(year.before().available().minus(year.after().available())).hasToString("5");
        });
    }

    @Test
    void a_request_across_new_year_shows_each_year() {
        Company c = new Company();
        LeavePreview preview = c.app.workflow.previewLeave(c.ann, new RequestLeave(c.vacation, d("2026-12-30"),
                d("2027-01-05"), HalfDay.NONE, null, null, null));
        assertThat(preview.balances()).extracting(LeavePreview.YearBalance::year).containsExactly(2026, 2027);
    }

    @Test
    void refusals_come_with_the_days_counted_and_the_balance_unchanged() {
        Company c = new Company();
        LeavePreview overlap = c.app.workflow.previewLeave(c.ann, new RequestLeave(c.vacation, d("2026-08-05"),
                d("2026-08-06"), HalfDay.NONE, null, null, null));
        assertThat(overlap.refusal().errorType()).isEqualTo("OVERLAPPING_LEAVE");
        assertThat(overlap.amount()).hasToString("2");

        LeavePreview tooMuch = c.app.workflow.previewLeave(c.ann, new RequestLeave(c.vacation, d("2026-07-01"),
                d("2026-07-31"), HalfDay.NONE, null, null, null));
        assertThat(tooMuch.refusal().errorType()).isEqualTo("INSUFFICIENT_BALANCE");
        assertThat(tooMuch.amount()).hasToString("23");
        assertThat(tooMuch.balances()).singleElement()
                .satisfies(year -> assertThat(year.after()).isEqualTo(year.before()));

        LeavePreview blackout = c.app.workflow.previewLeave(c.ann, new RequestLeave(c.vacation, d("2026-12-15"),
                d("2026-12-15"), HalfDay.NONE, null, null, null));
        assertThat(blackout.refusal().errorType()).isEqualTo("BLACKOUT_PERIOD");

        LeavePreview weekend = c.app.workflow.previewLeave(c.ann, new RequestLeave(c.vacation, d("2026-06-20"),
                d("2026-06-21"), HalfDay.NONE, null, null, null));
        assertThat(weekend.refusal().errorType()).isEqualTo("NO_WORKING_DAYS");
        assertThat(weekend.amount()).isEqualTo(Days.ZERO);

        LeavePreview backwards = c.app.workflow.previewLeave(c.ann, new RequestLeave(c.vacation, d("2026-06-26"),
                d("2026-06-22"), HalfDay.NONE, null, null, null));
        assertThat(backwards.refusal().errorType()).isEqualTo("VALIDATION_ERROR");
        assertThat(backwards.balances()).isEmpty();
    }

    @Test
    void a_type_that_needs_no_approval_previews_as_approved_without_balances() {
        Company c = new Company();
        LeavePreview preview = c.app.workflow.previewLeave(c.ann, new RequestLeave(c.sick, d("2026-06-22"),
                d("2026-06-22"), HalfDay.NONE, null, null, null));
        assertThat(preview.status()).isEqualTo(LeaveStatus.APPROVED);
        assertThat(preview.balances()).isEmpty();
        assertThat(preview.amount()).hasToString("1");
    }
}
