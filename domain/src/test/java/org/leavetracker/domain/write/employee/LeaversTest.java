package org.leavetracker.domain.write.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.error.Forbidden;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.event.LeaveEvent;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.read.UserProfile;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.write.Caller;

/** SPEC §3.8 leavers, on the worked example of issue 18 and beyond. Today is 15 June 2026. */
class LeaversTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** Berlin, PTO 20 days UPFRONT without a rollover cap; Ann employed since 2025, 15 days taken in 2025. */
    private static final class Company {
        final DomainFixture app = new DomainFixture(d("2026-06-15"));
        final Caller admin = app.newOrganization("Acme", "admin@acme.test");
        final String berlin = app.location(admin, "Berlin", "DE");
        final String pto = app.vacation(admin);
        final Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);

        Company() {
            app.setup.setLeavePolicy(admin, berlin, pto, d("2020-01-01"), Days.of(20), Accrual.UPFRONT, null, null,
                    null);
            app.administration.moveUserToLocation(admin, ann.userId(), berlin, d("2025-01-01"));
            app.workflow.addPastLeave(admin, ann.userId(), pto, d("2025-03-03"), d("2025-03-21"), HalfDay.NONE, null);
        }

        /** The 12 days of 2026 of the worked example. */
        Company withTwelveDaysIn2026() {
            app.workflow.addPastLeave(admin, ann.userId(), pto, d("2026-02-02"), d("2026-02-13"), HalfDay.NONE, null);
            app.workflow.addPastLeave(admin, ann.userId(), pto, d("2026-03-02"), d("2026-03-03"), HalfDay.NONE, null);
            return this;
        }

        Balance balance(String asOf) {
            return app.queries.balances(admin, ann.userId(), 2026, d(asOf)).getFirst();
        }
    }

    @Test
    void the_worked_example_prorates_the_allowance_to_the_last_day_and_undo_restores_it() {
        Company c = new Company().withTwelveDaysIn2026();
        assertThat(c.balance("2026-06-30").carriedOver()).hasToString("5");

        UserProfile ann = c.app.administration.endEmployment(c.admin, c.ann.userId(), d("2026-06-30"));
        assertThat(ann.employmentEndsOn()).isEqualTo(d("2026-06-30"));
        Balance last = c.balance("2026-06-30");
        assertThat(last.allowance()).as("20 × 181/365 = 9.92 → 10").hasToString("10");
        assertThat(last.remaining()).as("5 + 10 − 12, what payroll pays out").hasToString("3");
        assertThatThrownBy(() -> c.app.workflow.requestLeave(c.ann, c.pto, d("2026-07-01"), d("2026-07-03"),
                HalfDay.NONE, null, null)).isInstanceOf(ValidationError.class).hasMessageContaining("2026-06-30");

        c.app.administration.undoEndEmployment(c.admin, c.ann.userId());
        Balance restored = c.balance("2026-06-30");
        assertThat(restored.allowance()).hasToString("20");
        assertThat(restored.remaining()).hasToString("13");
        assertThat(c.app.workflow.requestLeave(c.ann, c.pto, d("2026-07-01"), d("2026-07-03"), HalfDay.NONE, null,
                null).status()).isEqualTo(LeaveStatus.PENDING);
    }

    @Test
    void leave_after_the_last_day_is_cancelled_with_the_reason_and_earlier_leave_stays() {
        Company c = new Company();
        LeaveRequestView before = c.app.workflow.requestLeave(c.ann, c.pto, d("2026-06-22"), d("2026-06-23"),
                HalfDay.NONE, null, null);
        LeaveRequestView after = c.app.workflow.requestLeave(c.ann, c.pto, d("2026-08-03"), d("2026-08-04"),
                HalfDay.NONE, null, null);
        c.app.administration.endEmployment(c.admin, c.ann.userId(), d("2026-06-30"));

        List<LeaveRequestView> requests = c.app.queries.leaveRequests(c.ann, null);
        assertThat(requests).filteredOn(r -> r.id().equals(after.id())).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(LeaveStatus.CANCELLED));
        assertThat(requests).filteredOn(r -> r.id().equals(before.id())).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(LeaveStatus.PENDING));
        assertThat(c.app.repository.history(c.ann.userId())).extracting(e -> e.payload())
                .filteredOn(LeaveEvent.LeaveCancelled.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((LeaveEvent.LeaveCancelled) e).reason()).contains("2026-06-30"));
        int events = c.app.store.eventCount();
        c.app.administration.endEmployment(c.admin, c.ann.userId(), d("2026-06-30"));
        assertThat(c.app.store.eventCount()).as("the same end again writes nothing").isEqualTo(events);
    }

    @Test
    void after_the_last_day_a_leaver_reads_but_changes_nothing() {
        Company c = new Company();
        c.app.administration.endEmployment(c.admin, c.ann.userId(), d("2026-06-30"));
        assertThat(c.app.workflow.requestLeave(c.ann, c.pto, d("2026-06-29"), d("2026-06-29"), HalfDay.NONE, null,
                null).status()).as("still employed until the last day").isEqualTo(LeaveStatus.PENDING);

        c.app.clock.set(d("2026-07-01"));
        assertThat(c.app.queries.balances(c.ann, null, 2026, null)).isNotEmpty();
        assertThat(c.app.queries.me(c.ann).employmentEndsOn()).isEqualTo(d("2026-06-30"));
        assertThatThrownBy(() -> c.app.workflow.requestLeave(c.ann, c.pto, d("2026-06-26"), d("2026-06-26"),
                HalfDay.NONE, null, null)).isInstanceOf(Forbidden.class).hasMessageContaining("read");
        String pending = c.app.queries.leaveRequests(c.ann, null).stream()
                .filter(r -> r.status() == LeaveStatus.PENDING).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> c.app.workflow.cancelLeave(c.ann, pending)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> c.app.administration.endEmployment(c.admin, c.admin.userId(), d("2026-06-30")))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void a_move_after_the_last_day_rehires_with_a_prorated_allowance() {
        Company c = new Company();
        c.app.administration.endEmployment(c.admin, c.ann.userId(), d("2026-03-31"));
        c.app.administration.moveUserToLocation(c.admin, c.ann.userId(), c.berlin, d("2026-10-01"));
        assertThat(c.app.queries.me(c.ann).employmentEndsOn()).isNull();
        // employed 1 Jan – 31 Mar (90 days) and 1 Oct – 31 Dec (92 days): 20 × 182/365 = 9.97 → 10
        assertThat(c.balance("2026-12-31").allowance()).hasToString("10");
        assertThatThrownBy(() -> c.app.workflow.requestLeave(c.ann, c.pto, d("2026-07-06"), d("2026-07-06"),
                HalfDay.NONE, null, null)).as("between leaving and coming back").isInstanceOf(ValidationError.class);
        assertThat(c.app.workflow.requestLeave(c.ann, c.pto, d("2026-10-05"), d("2026-10-05"), HalfDay.NONE, null,
                null).days()).hasToString("1");
    }

    @Property(tries = 60)
    void a_leaver_never_has_more_than_someone_employed_all_year(@ForAll @IntRange(min = 0, max = 364) int lastDayOffset,
                                                               @ForAll @IntRange(min = 0, max = 40) int takenOffset) {
        Company leaver = new Company();
        Company stayer = new Company();
        LocalDate taken = d("2026-01-05").plusDays(takenOffset);
        LocalDate lastDay = d("2026-01-01").plusDays(lastDayOffset);
        for (Company c : List.of(leaver, stayer)) {
            c.app.workflow.addPastLeave(c.admin, c.ann.userId(), c.pto, taken, taken.plusDays(2), HalfDay.NONE, null);
        }
        leaver.app.administration.endEmployment(leaver.admin, leaver.ann.userId(), lastDay);
        Balance left = leaver.balance("2026-12-31");
        Balance stayed = stayer.balance("2026-12-31");
        assertThat(left.allowance().isGreaterThan(stayed.allowance())).isFalse();
        assertThat(left.remaining().isGreaterThan(stayed.remaining())).isFalse();
    }

    @Test
    void an_admin_who_left_reads_only_their_own_records_and_nothing_of_the_company() {
        Company c = new Company();
        Caller bob = c.app.addUser(c.admin, "bob@acme.test", Role.ADMIN);
        c.app.administration.moveUserToLocation(c.admin, bob.userId(), c.berlin, d("2025-01-01"));
        c.app.administration.endEmployment(c.admin, bob.userId(), d("2026-05-31"));

        // their own: who they are, their final balances, their past leave, their trail's live balance changes
        assertThat(c.app.queries.me(bob).employmentEndsOn()).isEqualTo(d("2026-05-31"));
        assertThat(c.app.queries.balances(bob, null, 2026, null)).isNotEmpty();
        assertThat(c.app.queries.leaveRequests(bob, bob.userId())).isEmpty();
        assertThat(c.app.queries.organization(bob).name()).isEqualTo("Acme");
        c.app.queries.authorizeSubscription(bob, true, c.app.repository.formerOrCurrent(bob).orgId(), bob.userId());

        // nobody else's, whatever their role was
        String orgId = c.app.repository.formerOrCurrent(bob).orgId();
        assertThatThrownBy(() -> c.app.queries.balances(bob, c.ann.userId(), 2026, null))
                .isInstanceOf(Forbidden.class).hasMessageContaining("2026-05-31");
        assertThatThrownBy(() -> c.app.queries.leaveRequests(bob, c.ann.userId())).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> c.app.queries.authorizeSubscription(bob, false, orgId, null))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> c.app.repository.actor(bob)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> c.app.setup.createLeaveType(bob, "Sneaky", true, true, true))
                .isInstanceOf(Forbidden.class);
        // until their last day they were an admin like any other: undone, the company is theirs to read again
        c.app.administration.undoEndEmployment(c.admin, bob.userId());
        assertThat(c.app.queries.balances(bob, c.ann.userId(), 2026, null)).isNotEmpty();
    }
}
