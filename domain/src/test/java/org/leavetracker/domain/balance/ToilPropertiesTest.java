package org.leavetracker.domain.balance;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.write.Caller;

/** Properties of TOIL over random overtime, leave and expiry settings. */
class ToilPropertiesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    /**
     * Overtime: {dayOffset, halves}; leave: {dayOffset, length, toil?}. TOIL leave falls in the first months and
     * vacation after them, so the two never compete for the same dates.
     */
    record History(Integer expiryMonths, int carryMax, List<int[]> overtime, List<int[]> leave) {
    }

    record World(DomainFixture app, Caller admin, Caller person, String vacation, String toil) {
        Balance balance(String typeId, int year, LocalDate asOf) {
            return app.queries.balances(admin, person.userId(), year, asOf).stream()
                    .filter(b -> b.leaveTypeId().equals(typeId)).findFirst().orElseThrow();
        }
    }

    @Provide
    Arbitrary<History> histories() {
        Arbitrary<int[]> overtime = Combinators.combine(Arbitraries.integers().between(0, 530),
                Arbitraries.integers().between(1, 2)).as((day, halves) -> new int[] {day, halves});
        Arbitrary<int[]> leave = Combinators.combine(Arbitraries.integers().between(0, 340),
                Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 1))
                .as((day, length, toil) -> new int[] {toil == 1 ? day : 360 + day, length, toil});
        return Combinators.combine(Arbitraries.integers().between(1, 6).injectNull(0.3),
                Arbitraries.integers().between(0, 10), overtime.list().ofMaxSize(15), leave.list().ofMaxSize(10))
                .as(History::new);
    }

    private static World build(History h, boolean withToil) {
        DomainFixture app = new DomainFixture(TODAY);
        Caller admin = app.newOrganization("Acme", "admin@acme.test");
        String berlin = app.location(admin, "Berlin", "DE");
        String vacation = app.vacation(admin);
        String toil = app.setup.createLeaveType(admin, "TOIL", true, false, true).id();
        app.setup.setToil(admin, toil, h.expiryMonths());
        for (String type : List.of(vacation, toil)) {
            app.setup.setLeavePolicy(admin, berlin, type, START, Days.of(type.equals(vacation) ? 20 : 0),
                    Accrual.UPFRONT, Days.of(h.carryMax()), 3, null);
        }
        Caller person = app.addUser(admin, "p@acme.test", Role.MEMBER);
        app.administration.moveUserToLocation(admin, person.userId(), berlin, START);
        if (withToil) {
            for (int[] o : h.overtime()) {
                try {
                    app.administration.recordOvertime(admin, person.userId(), START.plusDays(o[0]), Days.ofHalves(o[1]),
                            toil, null);
                } catch (DomainError moreThanADay) {
                    // a date gives at most one day: the history stays valid without it
                }
            }
        }
        for (int[] l : h.leave()) {
            boolean toilLeave = l[2] == 1;
            if (toilLeave && !withToil) {
                continue;
            }
            LocalDate from = START.plusDays(l[0]);
            try {
                app.workflow.addPastLeave(admin, person.userId(), toilLeave ? toil : vacation, from,
                        from.plusDays(l[1]), HalfDay.NONE, null);
            } catch (DomainError overlapping) {
                // overlapping leave is refused
            }
        }
        return new World(app, admin, person, vacation, toil);
    }

    @Property(tries = 40)
    void toil_never_changes_another_leave_types_balance(@ForAll("histories") History h,
            @ForAll @IntRange(min = 2025, max = 2026) int year, @ForAll @IntRange(min = 0, max = 364) int day) {
        LocalDate asOf = LocalDate.of(year, 1, 1).plusDays(day);
        World with = build(h, true);
        World without = build(h, false);
        assertThat(with.balance(with.vacation(), year, asOf))
                .isEqualTo(without.balance(without.vacation(), year, asOf));
    }

    @Property(tries = 60)
    void the_toil_balance_adds_up_and_expiry_takes_only_what_was_credited(@ForAll("histories") History h,
            @ForAll @IntRange(min = 2025, max = 2026) int year, @ForAll @IntRange(min = 0, max = 364) int day) {
        World w = build(h, true);
        LocalDate asOf = LocalDate.of(year, 1, 1).plusDays(day);
        Balance b = w.balance(w.toil(), year, asOf);
        assertThat(b.remaining()).isEqualTo(b.carriedOver().minus(b.expired()).plus(b.accrued())
                .plus(b.adjustments()).plus(b.overtime()).minus(b.used()));
        assertThat(b.expired().isNegative()).isFalse();
        assertThat(b.expired()).isLessThanOrEqualTo(b.carriedOver().plus(b.overtime()));
        Days credited = w.app().repository.employee(w.person().userId()).credits().overtime().stream()
                .filter(c -> c.date().getYear() == year && !c.date().isAfter(asOf))
                .map(c -> c.days()).reduce(Days.ZERO, Days::plus);
        assertThat(b.overtime()).isEqualTo(credited);
        if (h.expiryMonths() == null) {
            assertThat(b.expired()).as("credits that never expire: only carried-over days can")
                    .isLessThanOrEqualTo(b.carriedOver());
        }
    }

    @Property(tries = 40)
    void one_more_never_expiring_credit_raises_remaining_by_exactly_its_days(@ForAll("histories") History h,
            @ForAll @IntRange(min = 0, max = 165) int day) {
        History noExpiry = new History(null, h.carryMax(), h.overtime(), h.leave());
        World w = build(noExpiry, true);
        LocalDate date = LocalDate.of(2026, 1, 1).plusDays(day);
        Balance before = w.balance(w.toil(), 2026, TODAY);
        try {
            w.app().administration.recordOvertime(w.admin(), w.person().userId(), date, Days.HALF, w.toil(), null);
        } catch (DomainError dateFull) {
            return;
        }
        Balance after = w.balance(w.toil(), 2026, TODAY);
        assertThat(after.remaining()).isEqualTo(before.remaining().plus(Days.HALF));
        assertThat(after.expired()).isEqualTo(before.expired());
    }
}
