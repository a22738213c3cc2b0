package org.leavetracker.domain.balance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.leavetracker.domain.error.DomainError;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.DateRange;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.employee.Employee;
import org.leavetracker.domain.write.organization.Organization;

/** Properties of the leave arithmetic over random histories (SPEC §3.2–§3.3). */
class BalancePropertiesTest {

    private static final LocalDate EPOCH = LocalDate.of(2024, 1, 1);

    /** One random person: a policy, a join date, a transfer, a working-week change, leave and adjustments. */
    record Policy(double allowance, Accrual accrual, Double rolloverMax, Integer expiryMonths) {
    }

    record History(Policy policy, int joinOffset, int moveOffset, int weekOffset, List<int[]> leaves,
                   List<int[]> adjustments) {
        double allowance() {
            return policy.allowance();
        }

        Accrual accrual() {
            return policy.accrual();
        }

        Double rolloverMax() {
            return policy.rolloverMax();
        }

        Integer expiryMonths() {
            return policy.expiryMonths();
        }
    }

    record World(DomainFixture app, Caller admin, Caller person, String vacation) {
        Employee employee() {
            return app.repository.employee(person.userId());
        }

        Organization organization() {
            return app.repository.organization(employee().orgId());
        }

        EmploymentTimeline timeline() {
            return new EmploymentTimeline(employee(), organization(), app.holidays);
        }
    }

    @Provide
    Arbitrary<History> histories() {
        Arbitrary<int[]> leave = Combinators.combine(Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 3))
                .as((offset, length, kind) -> new int[] {offset, length, kind});
        Arbitrary<int[]> adjustment = Combinators.combine(Arbitraries.integers().between(2024, 2026),
                Arbitraries.integers().between(-10, 10).filter(h -> h != 0))
                .as((year, halves) -> new int[] {year, halves});
        Arbitrary<Policy> policy = Combinators.combine(
                Arbitraries.integers().between(0, 60).map(h -> h / 2.0),
                Arbitraries.of(Accrual.class),
                Arbitraries.integers().between(0, 20).map(h -> h / 2.0).injectNull(0.3),
                Arbitraries.integers().between(1, 12).injectNull(0.4)).as(Policy::new);
        return Combinators.combine(
                policy,
                Arbitraries.integers().between(0, 700),
                Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, 1000),
                leave.list().ofMaxSize(12),
                adjustment.list().ofMaxSize(3)).as(History::new);
    }

    private static World build(History h) {
        DomainFixture app = new DomainFixture(LocalDate.of(2026, 6, 15));
        Caller admin = app.newOrganization("Acme", "admin@acme.test");
        String berlin = app.location(admin, "Berlin", "DE");
        String paris = app.setup.createLocation(admin, "Paris", "Europe/Paris", "FR", DomainFixture.MON_FRI).id();
        String vacation = app.vacation(admin);
        Caller person = app.addUser(admin, "p@acme.test", Role.MEMBER);
        app.setup.setLeavePolicy(admin, berlin, vacation, EPOCH, Days.ofDecimal(h.allowance(), "a"), h.accrual(),
                h.rolloverMax() == null ? null : Days.ofDecimal(h.rolloverMax(), "r"), h.expiryMonths(), Days.of(3));
        app.setup.setLeavePolicy(admin, paris, vacation, EPOCH.plusYears(1), Days.of(25), Accrual.UPFRONT, Days.of(5),
                3, null);
        app.administration.moveUserToLocation(admin, person.userId(), berlin, EPOCH.plusDays(h.joinOffset()));
        app.administration.moveUserToLocation(admin, person.userId(), paris, EPOCH.plusDays(h.moveOffset()));
        app.administration.setWorkingWeek(admin, person.userId(), List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.SATURDAY), EPOCH.plusDays(h.weekOffset()));
        for (int[] l : h.leaves()) {
            LocalDate start = EPOCH.plusDays(l[0]);
            HalfDay half = l[1] == 0 && l[2] == 3 ? HalfDay.AFTERNOON : HalfDay.NONE;
            try {
                if (l[2] == 0) {
                    app.workflow.requestLeave(person, vacation, start, start.plusDays(l[1]), half, null, null);
                } else {
                    app.workflow.addPastLeave(admin, person.userId(), vacation, start, start.plusDays(l[1]), half,
                            null);
                }
            } catch (DomainError refused) {
                // overlapping or empty leave is refused: the history stays valid without it
            }
        }
        for (int[] a : h.adjustments()) {
            app.administration.adjustBalance(admin, person.userId(), vacation, a[0], Days.ofHalves(a[1]), "random");
        }
        return new World(app, admin, person, vacation);
    }

    private static Balance balance(World w, int year, LocalDate asOf) {
        return w.app().queries.balances(w.admin(), w.person().userId(), year, asOf).getFirst();
    }

    @Property(tries = 60)
    void remaining_is_carried_minus_expired_plus_accrued_plus_adjustments_minus_used(
            @ForAll("histories") History h, @ForAll @IntRange(min = 2024, max = 2027) int year,
            @ForAll @IntRange(min = 0, max = 364) int dayOfYear) {
        World w = build(h);
        Balance b = balance(w, year, LocalDate.of(year, 1, 1).plusDays(dayOfYear));

        assertThat(b.remaining()).isEqualTo(b.carriedOver().minus(b.expired()).plus(b.accrued())
                .plus(b.adjustments()).minus(b.used()));
        // pending days on or before the carry-over expiry spend carried-over days that would otherwise expire
        assertThat(b.available()).isBetween(b.remaining().minus(b.pending()),
                b.remaining().minus(b.pending()).plus(b.expired()));
        if (b.expired().isZero()) {
            assertThat(b.available()).isEqualTo(b.remaining().minus(b.pending()));
        }
        assertThat(b.expired().isNegative()).isFalse();
        assertThat(b.expired()).isLessThanOrEqualTo(b.carriedOver());
        assertThat(b.carriedOver().isNegative()).isFalse();
        if (h.rolloverMax() != null && year > 2024) {
            assertThat(b.carriedOver().toDouble()).isLessThanOrEqualTo(Math.max(h.rolloverMax(), 5));
        }
    }

    @Property(tries = 40)
    void replaying_the_recorded_events_always_gives_the_same_balances(@ForAll("histories") History h) {
        World w = build(h);
        for (int year = 2024; year <= 2027; year++) {
            LocalDate asOf = LocalDate.of(year, 7, 1);
            assertThat(balance(w, year, asOf)).isEqualTo(balance(w, year, asOf));
            Employee replayed = Employee.replay(w.person().userId(), w.app().store.load(w.person().userId()))
                    .orElseThrow();
            LeaveBalanceCalculator fresh = new LeaveBalanceCalculator(replayed.orgId(), replayed.id(),
                    new EmploymentTimeline(replayed, w.organization(), w.app().holidays), replayed.leave().all(),
                    replayed.credits().adjustments());
            assertThat(fresh.balance(w.vacation(), year, asOf)).isEqualTo(balance(w, year, asOf));
        }
    }

    @Property(tries = 60)
    void splitting_a_range_at_any_date_never_changes_its_total_days(@ForAll("histories") History h,
            @ForAll @IntRange(min = 0, max = 1000) int startOffset, @ForAll @IntRange(min = 1, max = 60) int length,
            @ForAll @IntRange(min = 1, max = 60) int splitAt) {
        EmploymentTimeline timeline = build(h).timeline();
        LocalDate start = EPOCH.plusDays(startOffset);
        DateRange whole = DateRange.of(start, start.plusDays(length));
        LocalDate split = start.plusDays(Math.min(splitAt, length));

        Days parts = timeline.count(DateRange.of(start, split.minusDays(1)))
                .plus(timeline.count(DateRange.of(split, whole.end())));

        assertThat(parts).isEqualTo(timeline.count(whole));
    }

    @Property(tries = 40)
    void joining_earlier_never_lowers_the_allowance(@ForAll @IntRange(min = 0, max = 60) int allowanceHalves,
            @ForAll @IntRange(min = 0, max = 364) int laterJoin, @ForAll @IntRange(min = 0, max = 364) int earlierBy) {
        int earlierJoin = Math.max(0, laterJoin - earlierBy);
        assertThat(allowanceWhenJoining(allowanceHalves, earlierJoin))
                .isGreaterThanOrEqualTo(allowanceWhenJoining(allowanceHalves, laterJoin));
    }

    private static Days allowanceWhenJoining(int allowanceHalves, int dayOf2025) {
        History h = new History(new Policy(allowanceHalves / 2.0, Accrual.UPFRONT, null, null), 366 + dayOf2025,
                2000, 2000, List.of(), List.of());
        return balance(build(h), 2025, LocalDate.of(2025, 12, 31)).allowance();
    }

    @Property(tries = 40)
    void moving_a_weekdays_only_week_earlier_never_increases_the_days_of_a_weekend_request(
            @ForAll @IntRange(min = 0, max = 300) int changeOffset, @ForAll @IntRange(min = 1, max = 200) int earlierBy,
            @ForAll @IntRange(min = 0, max = 100) int weekendIndex) {
        LocalDate saturday = LocalDate.of(2025, 1, 4).plusWeeks(weekendIndex);
        DateRange weekend = DateRange.of(saturday, saturday.plusDays(1));
        assertThat(weekendDays(changeOffset - earlierBy, weekend))
                .isLessThanOrEqualTo(weekendDays(changeOffset, weekend));
    }

    /** A person whose location works all week switches to Monday–Friday on 2025-01-01 + offset. */
    private static Days weekendDays(int offsetOfWeekdaysOnly, DateRange weekend) {
        DomainFixture app = new DomainFixture(LocalDate.of(2026, 6, 15));
        Caller admin = app.newOrganization("Acme", "admin@acme.test");
        String shop = app.setup.createLocation(admin, "Shop", "Europe/Berlin", "NONE",
                List.of(DayOfWeek.values())).id();
        Caller person = app.addUser(admin, "p@acme.test", Role.MEMBER);
        app.administration.moveUserToLocation(admin, person.userId(), shop, LocalDate.of(2024, 1, 1));
        app.administration.setWorkingWeek(admin, person.userId(), DomainFixture.MON_FRI,
                LocalDate.of(2025, 1, 1).plusDays(offsetOfWeekdaysOnly));
        Employee employee = app.repository.employee(person.userId());
        return new EmploymentTimeline(employee, app.repository.organization(employee.orgId()), app.holidays)
                .count(weekend);
    }
}
