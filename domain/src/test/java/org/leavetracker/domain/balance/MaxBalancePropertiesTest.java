package org.leavetracker.domain.balance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.leavetracker.domain.error.DomainError;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveTypeRules;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.write.Caller;

/** A leave type's maximum balance (SPEC §3.9): accrual pauses at it, carry-over is capped by it. */
class MaxBalancePropertiesTest {

    private record World(DomainFixture app, Caller admin, Caller ann, String type) {
        Balance balance(int year, LocalDate asOf) {
            return app.queries.balances(admin, ann.userId(), year, asOf).stream()
                    .filter(b -> b.leaveTypeId().equals(type)).findFirst().orElseThrow();
        }
    }

    private static World world(int allowance, Accrual accrual, Integer cap) {
        DomainFixture app = new DomainFixture(LocalDate.of(2026, 6, 15));
        Caller admin = app.newOrganization("Acme", "admin@acme.test");
        String berlin = app.location(admin, "Berlin", "DE");
        String type = app.setup.createLeaveType(admin, "Vacation", true, false, true, null,
                new LeaveTypeRules(false, null, null, null, cap == null ? null : Days.of(cap))).id();
        Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);
        app.setup.setLeavePolicy(admin, berlin, type, LocalDate.of(2024, 1, 1), Days.of(allowance), accrual, null,
                null, null);
        app.administration.moveUserToLocation(admin, ann.userId(), berlin, LocalDate.of(2024, 1, 1));
        return new World(app, admin, ann, type);
    }

    @Test
    void monthly_accrual_pauses_at_the_cap_and_resumes_as_leave_is_taken() {
        World w = world(24, Accrual.MONTHLY, 10);

        Balance june2024 = w.balance(2024, LocalDate.of(2024, 6, 1));
        assertThat(june2024.accrued()).as("12 would have accrued by June").isEqualTo(Days.of(10));
        assertThat(june2024.available()).isEqualTo(Days.of(10));
        w.app().workflow.requestLeave(w.ann(), w.type(), LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 10),
                HalfDay.NONE, null, null);
        Balance after = w.balance(2024, LocalDate.of(2024, 6, 1));
        assertThat(after.accrued()).as("the 5 days taken make room for accrual").isEqualTo(Days.of(12));
        assertThat(after.available()).isEqualTo(Days.of(7));
        Balance next = w.balance(2025, LocalDate.of(2025, 1, 1));
        assertThat(next.carriedOver()).as("24 − 5 = 19 left, carried up to the cap").isEqualTo(Days.of(10));
        assertThat(next.available()).as("and January's 2 wait").isEqualTo(Days.of(10));
    }

    @Test
    void an_upfront_allowance_above_the_cap_is_granted_up_to_it() {
        World w = world(30, Accrual.UPFRONT, 25);

        Balance first = w.balance(2024, LocalDate.of(2024, 3, 1));
        assertThat(first.allowance()).isEqualTo(Days.of(30));
        assertThat(first.accrued()).isEqualTo(Days.of(25));
        assertThat(first.available()).isEqualTo(Days.of(25));
        Balance later = w.balance(2026, LocalDate.of(2026, 3, 1));
        assertThat(later.carriedOver()).as("25 unspent, carried up to the cap").isEqualTo(Days.of(25));
        assertThat(later.accrued()).as("nothing more fits").isEqualTo(Days.ZERO);
        assertThat(later.available()).isEqualTo(Days.of(25));
    }

    @Provide
    Arbitrary<List<int[]>> leave() {
        return Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 9),
                Arbitraries.of(0, 1)).as((offset, length, past) -> new int[] {offset, length, past}).list()
                .ofMaxSize(8);
    }

    /** Without adjustments or overtime, nothing but accrual and carry-over adds to a balance: both stop at the cap. */
    @Property(tries = 60, edgeCases = EdgeCasesMode.MIXIN)
    void available_never_exceeds_the_cap(@ForAll @IntRange(min = 0, max = 40) int allowance,
                                         @ForAll @IntRange(min = 1, max = 30) int cap,
                                         @ForAll("leave") List<int[]> leave, @ForAll boolean monthly,
                                         @ForAll @IntRange(min = 0, max = 1095) int asOfOffset) {
        World w = world(allowance, monthly ? Accrual.MONTHLY : Accrual.UPFRONT, cap);
        World uncapped = world(allowance, monthly ? Accrual.MONTHLY : Accrual.UPFRONT, null);
        for (World each : List.of(w, uncapped)) {
            for (int[] l : leave) {
                LocalDate start = LocalDate.of(2024, 1, 1).plusDays(l[0]);
                try {
                    if (l[2] == 1) {
                        each.app().workflow.addPastLeave(each.admin(), each.ann().userId(), each.type(), start,
                                start.plusDays(l[1]), HalfDay.NONE, null);
                    } else {
                        each.app().workflow.requestLeave(each.ann(), each.type(), start, start.plusDays(l[1]),
                                HalfDay.NONE, null, null);
                    }
                } catch (DomainError refused) {
                    // leave that does not fit stays out of the history
                }
            }
        }
        LocalDate asOf = LocalDate.of(2024, 1, 1).plusDays(asOfOffset);
        Balance capped = w.balance(asOf.getYear(), asOf);
        Balance free = uncapped.balance(asOf.getYear(), asOf);

        assertThat(capped.available()).isLessThanOrEqualTo(Days.of(cap));
        assertThat(capped.carriedOver()).isLessThanOrEqualTo(Days.of(cap));
        assertThat(capped.accrued()).isLessThanOrEqualTo(free.accrued());
        if (free.carriedOver().isZero() && !free.available().isGreaterThan(Days.of(cap))
                && capped.used().equals(free.used()) && capped.pending().equals(free.pending())) {
            assertThat(capped.available()).as("a cap never reached changes nothing").isEqualTo(free.available());
        }
    }
}
