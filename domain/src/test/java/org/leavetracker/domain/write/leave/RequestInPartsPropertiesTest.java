package org.leavetracker.domain.write.leave;

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
import net.jqwik.api.statistics.Statistics;
import org.leavetracker.domain.error.DomainError;
import org.leavetracker.domain.error.InsufficientBalance;
import org.leavetracker.domain.error.NoWorkingDays;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.write.Caller;

/**
 * A request is accepted whole exactly when its parts would be accepted one after the other (SPEC §3.9): the
 * balance check counts a request's own days as it counts pending ones, carried-over days spent first.
 */
class RequestInPartsPropertiesTest {

    /**
     * A policy, earlier leave, other requests in January, and a request split after its {@code split}-th day, whose
     * first part is approved before the second is sent, or still pending.
     */
    record Case(int allowance, Accrual accrual, Integer rolloverMax, Integer expiryMonth, int overdraft,
                List<int[]> earlier, List<int[]> january, int startOffset, int length, int split,
                boolean firstApproved) {
    }

    @Provide
    Arbitrary<Case> cases(Accrual accrual) {
        Arbitrary<int[]> earlier = Combinators.combine(Arbitraries.integers().between(0, 360),
                Arbitraries.integers().between(0, 9)).as((offset, length) -> new int[] {offset, length});
        Arbitrary<int[]> january = Combinators.combine(Arbitraries.integers().between(0, 25),
                Arbitraries.integers().between(0, 5), Arbitraries.of(0, 1))
                .as((offset, length, approved) -> new int[] {offset, length, approved});
        return Combinators.combine(List.of(
                        Arbitraries.integers().between(5, 30).map(Integer.class::cast),
                        Arbitraries.integers().between(0, 15).injectNull(0.3).map(Integer.class::cast),
                        Arbitraries.integers().between(1, 6).injectNull(0.2).map(Integer.class::cast),
                        Arbitraries.integers().between(0, 3).map(Integer.class::cast),
                        earlier.list().ofMaxSize(4).map(Object.class::cast),
                        january.list().ofMaxSize(3).map(Object.class::cast),
                        Arbitraries.integers().between(0, 200).map(Integer.class::cast),
                        Arbitraries.integers().between(2, 70).map(Integer.class::cast),
                        Arbitraries.integers().between(1, 69).map(Integer.class::cast),
                        Arbitraries.of(true, false).map(Object.class::cast)))
                .as(values -> caseOf(accrual, values));
    }

    @SuppressWarnings("unchecked")
    private static Case caseOf(Accrual accrual, List<Object> v) {
        int length = (Integer) v.get(7);
        return new Case((Integer) v.get(0), accrual, (Integer) v.get(1), (Integer) v.get(2), (Integer) v.get(3),
                (List<int[]>) v.get(4), (List<int[]>) v.get(5), (Integer) v.get(6), length,
                Math.min((Integer) v.get(8), length - 1), (Boolean) v.get(9));
    }

    @Provide
    Arbitrary<Case> upfront() {
        return cases(Accrual.UPFRONT);
    }

    @Provide
    Arbitrary<Case> monthly() {
        return cases(Accrual.MONTHLY);
    }

    @Property(tries = 250, edgeCases = EdgeCasesMode.NONE)
    void with_an_upfront_allowance_a_request_is_accepted_whole_exactly_when_its_parts_are(
            @ForAll("upfront") Case c) {
        boolean whole = acceptedWhole(c);
        Statistics.label("accepted whole").collect(whole);
        assertThat(whole).isEqualTo(acceptedInParts(c));
    }

    /**
     * With monthly accrual a request is checked against what has accrued by its last day, so a first part ending
     * earlier may be refused where the whole is not (docs/RULES.md); the parts accepted still mean the whole is.
     */
    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void with_monthly_accrual_parts_accepted_one_after_the_other_mean_the_whole_is_accepted(
            @ForAll("monthly") Case c) {
        if (acceptedInParts(c)) {
            assertThat(acceptedWhole(c)).isTrue();
        }
    }

    private record World(DomainFixture app, Caller admin, Caller ann, String vacation) {
        /** Accepted, or refused for the balance; a part without working days asks for nothing and counts as accepted. */
        boolean asks(LocalDate from, LocalDate to, boolean approve) {
            try {
                LeaveRequestView request = app.workflow.requestLeave(ann, vacation, from, to, HalfDay.NONE, null,
                        null);
                if (approve) {
                    app.workflow.approveLeave(admin, request.id(), null);
                }
                return true;
            } catch (NoWorkingDays nothingToCount) {
                return true;
            } catch (InsufficientBalance refused) {
                return false;
            }
        }
    }

    private static final LocalDate YEAR = LocalDate.of(2026, 1, 1);

    private static World world(Case c) {
        DomainFixture app = new DomainFixture(LocalDate.of(2026, 1, 15));
        Caller admin = app.newOrganization("Acme", "admin@acme.test");
        String berlin = app.location(admin, "Berlin", "DE");
        String vacation = app.vacation(admin);
        Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);
        app.setup.setLeavePolicy(admin, berlin, vacation, LocalDate.of(2025, 1, 1), Days.of(c.allowance()),
                c.accrual(), c.rolloverMax() == null ? null : Days.of(c.rolloverMax()), c.expiryMonth(),
                Days.of(c.overdraft()));
        app.administration.moveUserToLocation(admin, ann.userId(), berlin, LocalDate.of(2025, 1, 1));
        for (int[] e : c.earlier()) {
            LocalDate start = LocalDate.of(2025, 1, 1).plusDays(e[0]);
            tolerate(() -> app.workflow.addPastLeave(admin, ann.userId(), vacation, start,
                    min(start.plusDays(e[1]), LocalDate.of(2025, 12, 31)), HalfDay.NONE, null));
        }
        for (int[] j : c.january()) {
            LocalDate start = YEAR.plusDays(j[0]);
            tolerate(() -> {
                var r = app.workflow.requestLeave(ann, vacation, start, start.plusDays(j[1]), HalfDay.NONE, null,
                        null);
                if (j[2] == 1) {
                    app.workflow.approveLeave(admin, r.id(), null);
                }
            });
        }
        return new World(app, admin, ann, vacation);
    }

    /** Earlier leave that overlaps, counts nothing or does not fit is simply not part of the history. */
    private static void tolerate(Runnable command) {
        try {
            command.run();
        } catch (DomainError refused) {
            // the history stays valid without it
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate start(Case c) {
        return YEAR.plusDays(31 + c.startOffset());
    }

    private static boolean acceptedWhole(Case c) {
        LocalDate start = start(c);
        return world(c).asks(start, start.plusDays(c.length() - 1), false);
    }

    private static boolean acceptedInParts(Case c) {
        LocalDate start = start(c);
        World world = world(c);
        return world.asks(start, start.plusDays(c.split() - 1), c.firstApproved())
                && world.asks(start.plusDays(c.split()), start.plusDays(c.length() - 1), false);
    }
}
