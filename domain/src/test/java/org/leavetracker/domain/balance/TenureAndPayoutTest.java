package org.leavetracker.domain.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.model.TenureStep;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.organization.SetLeavePolicy;

/** Policy options (SPEC §3.9): extra days with tenure, and payout of what the rollover cap forfeits. */
class TenureAndPayoutTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private record World(DomainFixture app, Caller admin, Caller ann, String berlin, String vacation) {
        Balance balance(int year, String asOf) {
            return app.queries.balances(admin, ann.userId(), year, d(asOf)).getFirst();
        }
    }

    private static World world(String joined, List<TenureStep> steps, Accrual accrual, Integer rolloverMax,
                               Integer encashable) {
        DomainFixture app = new DomainFixture(d("2026-06-15"));
        Caller admin = app.newOrganization("Acme", "admin@acme.test");
        String berlin = app.location(admin, "Berlin", "DE");
        String vacation = app.vacation(admin);
        Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);
        app.setup.setLeavePolicy(admin, new SetLeavePolicy(berlin, vacation, d("2015-01-01"), Days.of(25), accrual,
                rolloverMax == null ? null : Days.of(rolloverMax), null, null, steps,
                encashable == null ? null : Days.of(encashable)));
        app.administration.moveUserToLocation(admin, ann.userId(), berlin, d(joined));
        return new World(app, admin, ann, berlin, vacation);
    }

    @Test
    void extra_days_from_an_anniversary_are_prorated_in_its_year_and_whole_after() {
        World w = world("2020-07-01", List.of(new TenureStep(5, Days.of(5)), new TenureStep(10, Days.of(3))),
                Accrual.UPFRONT, null, null);

        assertThat(w.balance(2024, "2024-12-31").allowance()).isEqualTo(Days.of(25));
        // 1 July 2025 is the 5th anniversary: 25 × 181/365 + 30 × 184/365 = 27.52, rounded once to 27.5
        assertThat(w.balance(2025, "2025-12-31").allowance()).isEqualTo(Days.ofDecimal(27.5, "d"));
        assertThat(w.balance(2026, "2026-12-31").allowance()).isEqualTo(Days.of(30));
    }

    @Test
    void monthly_accrual_grows_from_the_month_after_the_anniversary() {
        World w = world("2020-07-01", List.of(new TenureStep(5, Days.of(6))), Accrual.MONTHLY, null, null);

        // January–June 2025 at 25/12, July–December at 31/12: 6 × 25/12 + 6 × 31/12 = 28
        assertThat(w.balance(2025, "2025-12-31").accrued()).isEqualTo(Days.of(28));
    }

    @Test
    void what_the_rollover_cap_forfeits_is_paid_out_up_to_the_encashable_days() {
        World w = world("2025-01-01", List.of(), Accrual.UPFRONT, 5, 3);
        w.app().workflow.addPastLeave(w.admin(), w.ann().userId(), w.vacation(), d("2025-03-03"), d("2025-03-18"),
                HalfDay.NONE, null);

        Balance end2025 = w.balance(2025, "2025-12-31");
        Balance start2026 = w.balance(2026, "2026-01-01");
        assertThat(end2025.remaining()).as("25 − 12").isEqualTo(Days.of(13));
        assertThat(start2026.carriedOver()).isEqualTo(Days.of(5));
        assertThat(start2026.encashed()).as("8 forfeited by the cap, 3 of them paid out").isEqualTo(Days.of(3));
        assertThat(end2025.encashed()).isEqualTo(Days.ZERO);
    }

    @Test
    void bad_steps_and_payout_without_a_cap_are_refused_at_their_field() {
        World w = world("2025-01-01", List.of(), Accrual.UPFRONT, null, null);
        assertThatThrownBy(() -> w.app().setup.setLeavePolicy(w.admin(), new SetLeavePolicy(w.berlin(), w.vacation(),
                d("2026-01-01"), Days.of(25), Accrual.UPFRONT, null, null, null,
                List.of(new TenureStep(3, Days.ONE), new TenureStep(3, Days.of(2))), null)))
                .isInstanceOfSatisfying(ValidationError.class, e -> assertThat(e.details())
                        .containsEntry("field", "tenureSteps"));
        assertThatThrownBy(() -> new TenureStep(0, Days.ONE)).isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> w.app().setup.setLeavePolicy(w.admin(), new SetLeavePolicy(w.berlin(), w.vacation(),
                d("2026-01-01"), Days.of(25), Accrual.UPFRONT, null, null, null, List.of(), Days.of(3))))
                .isInstanceOfSatisfying(ValidationError.class, e -> assertThat(e.details())
                        .containsEntry("field", "encashableDays"));
    }

    /**
     * Years of service only ever add: the allowance lies between the policy's and the policy's plus every step, and
     * in a whole year after the last anniversary it is exactly that sum.
     */
    @Property(tries = 40)
    void tenure_adds_between_nothing_and_every_step(@ForAll @IntRange(min = 0, max = 3000) int joinOffset,
                                                    @ForAll @Size(max = 3) List<@IntRange(min = 1, max = 8) Integer> years,
                                                    @ForAll @IntRange(min = 2016, max = 2026) int year) {
        List<TenureStep> steps = new ArrayList<>();
        years.stream().distinct().forEach(y -> steps.add(new TenureStep(y, Days.of(y))));
        LocalDate joined = d("2015-01-01").plusDays(joinOffset);
        if (joined.getYear() > year) {
            return;
        }
        World with = world(joined.toString(), steps, Accrual.UPFRONT, null, null);
        World without = world(joined.toString(), List.of(), Accrual.UPFRONT, null, null);
        Days all = steps.stream().map(TenureStep::extraDays).reduce(Days.ZERO, Days::plus);

        Days base = without.balance(year, year + "-12-31").allowance();
        Days grown = with.balance(year, year + "-12-31").allowance();
        assertThat(grown).isBetween(base, base.plus(all));
        int lastStep = steps.stream().mapToInt(TenureStep::afterYears).max().orElse(0);
        if (!joined.plusYears(lastStep).isAfter(LocalDate.of(year, 1, 1)) && joined.getYear() < year) {
            assertThat(grown).isEqualTo(base.plus(all));
        }
    }
}
