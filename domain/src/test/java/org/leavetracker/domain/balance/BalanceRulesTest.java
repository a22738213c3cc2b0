package org.leavetracker.domain.balance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.write.Caller;

/** SPEC §3.3, one worked example per rule. Vacation is Monday to Friday; Berlin uses the "DE" test calendar. */
class BalanceRulesTest {

    private final DomainFixture app = new DomainFixture(LocalDate.of(2026, 6, 15));
    private final Caller admin = app.newOrganization("Acme", "admin@acme.test");
    private final String berlin = app.location(admin, "Berlin", "DE");
    private final String munich = app.location(admin, "Munich", "DE");
    private final String vacation = app.vacation(admin);
    private final Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private void policy(String location, String from, double days, Accrual accrual, Double rolloverMax,
                        Integer expiryMonths) {
        app.setup.setLeavePolicy(admin, location, vacation, d(from), Days.ofDecimal(days, "days"), accrual,
                rolloverMax == null ? null : Days.ofDecimal(rolloverMax, "max"), expiryMonths, null);
    }

    private void joins(Caller who, String location, String from) {
        app.administration.moveUserToLocation(admin, who.userId(), location, d(from));
    }

    private Balance balance(int year, String asOf) {
        return app.queries.balances(admin, ann.userId(), year, d(asOf)).stream()
                .filter(b -> b.leaveTypeId().equals(vacation)).findFirst().orElseThrow();
    }

    private void pastLeave(String from, String to) {
        app.workflow.addPastLeave(admin, ann.userId(), vacation, d(from), d(to), HalfDay.NONE, null);
    }

    @Test
    void a_person_joining_on_1_april_gets_the_allowance_prorated_by_the_days_they_are_a_member() {
        policy(berlin, "2020-01-01", 20, Accrual.UPFRONT, null, null);
        joins(ann, berlin, "2025-04-01");

        Balance b = balance(2025, "2025-04-01");

        assertThat(b.allowance()).hasToString("15"); // 20 × 275/365 = 15.07
        assertThat(b.accrued()).hasToString("15");
        assertThat(b.remaining()).hasToString("15");
    }

    @Test
    void a_transfer_to_a_location_with_a_bigger_policy_prorates_both_policies() {
        policy(berlin, "2020-01-01", 20, Accrual.UPFRONT, null, null);
        policy(munich, "2020-01-01", 25, Accrual.UPFRONT, null, null);
        joins(ann, berlin, "2024-01-01");
        joins(ann, munich, "2026-10-01");

        // 20 × 273/365 + 25 × 92/365 = 14.96 + 6.30 = 21.26 → 21.5
        assertThat(balance(2026, "2026-01-15").allowance()).hasToString("21.5");
        assertThat(balance(2027, "2027-01-15").allowance()).hasToString("25");
    }

    @Test
    void a_new_policy_mid_year_at_the_same_location_splits_the_year_into_segments() {
        policy(berlin, "2020-01-01", 20, Accrual.UPFRONT, null, null);
        policy(berlin, "2026-07-01", 30, Accrual.UPFRONT, null, null);
        joins(ann, berlin, "2020-01-01");

        // 20 × 181/365 + 30 × 184/365 = 9.92 + 15.12 = 25.04 → 25
        assertThat(balance(2026, "2026-02-01").allowance()).hasToString("25");
    }

    @Test
    void monthly_accrual_credits_a_twelfth_on_each_first_of_month_the_person_is_a_member() {
        policy(berlin, "2020-01-01", 24, Accrual.MONTHLY, null, null);
        joins(ann, berlin, "2026-03-15");

        assertThat(balance(2026, "2026-06-01").accrued()).hasToString("6"); // April, May, June
        assertThat(balance(2026, "2026-05-31").accrued()).hasToString("4");
        assertThat(balance(2026, "2026-03-31").accrued()).hasToString("0");
        assertThat(balance(2026, "2026-12-31").accrued()).hasToString("18");
        assertThat(balance(2026, "2026-06-01").allowance()).hasToString("19"); // 24 × 292/365 = 19.2
    }

    @Test
    void monthly_accrual_of_a_non_multiple_of_twelve_rounds_once_on_the_sum() {
        policy(berlin, "2020-01-01", 25, Accrual.MONTHLY, null, null);
        joins(ann, berlin, "2020-01-01");

        // 25/12 × 5 = 10.42 → 10.5 (rounding each month first would give 5 × 2 = 10)
        assertThat(balance(2026, "2026-05-01").accrued()).hasToString("10.5");
    }

    @Test
    void carry_over_is_capped_and_expires_after_the_month_the_policy_names() {
        policy(berlin, "2020-01-01", 20, Accrual.UPFRONT, 5.0, 3);
        joins(ann, berlin, "2025-01-01");
        pastLeave("2025-03-03", "2025-03-18"); // 12 working days: 8 remain at the end of 2025
        pastLeave("2026-02-02", "2026-02-03"); // 2 days used before the expiry date

        Balance lastDay = balance(2026, "2026-03-31");
        assertThat(lastDay.carriedOver()).hasToString("5");
        assertThat(lastDay.carriedOverExpiresOn()).isEqualTo(d("2026-03-31"));
        assertThat(lastDay.expired()).hasToString("0");
        assertThat(lastDay.remaining()).hasToString("23"); // 5 + 20 − 2

        Balance dayAfter = balance(2026, "2026-04-01");
        assertThat(dayAfter.expired()).hasToString("3"); // 5 carried − 2 used by 31 March
        assertThat(dayAfter.remaining()).hasToString("20");
    }

    @Test
    void days_used_after_the_expiry_date_do_not_save_carried_over_days() {
        policy(berlin, "2020-01-01", 20, Accrual.UPFRONT, 5.0, 3);
        joins(ann, berlin, "2025-01-01");
        pastLeave("2025-03-03", "2025-03-18");
        pastLeave("2026-04-13", "2026-04-17"); // 5 days in April, after the expiry

        Balance b = balance(2026, "2026-06-01");
        assertThat(b.expired()).hasToString("5");
        assertThat(b.used()).hasToString("5");
        assertThat(b.remaining()).hasToString("15"); // 5 − 5 + 20 − 5
    }

    @Test
    void the_policy_in_force_on_the_last_day_of_the_previous_year_sets_the_cap_and_the_expiry() {
        policy(berlin, "2020-01-01", 20, Accrual.UPFRONT, 10.0, 2);
        policy(berlin, "2027-01-01", 20, Accrual.UPFRONT, 2.0, 6);
        joins(ann, berlin, "2026-01-01");

        Balance b = balance(2027, "2027-01-10");
        assertThat(b.carriedOver()).hasToString("10");
        assertThat(b.carriedOverExpiresOn()).isEqualTo(d("2027-02-28"));
    }

    @Test
    void no_rollover_cap_carries_everything_and_zero_carries_nothing() {
        policy(berlin, "2020-01-01", 20, Accrual.UPFRONT, null, null);
        joins(ann, berlin, "2025-01-01");
        assertThat(balance(2026, "2026-01-10").carriedOver()).hasToString("20");
        assertThat(balance(2026, "2026-01-10").carriedOverExpiresOn()).isNull();
        assertThat(balance(2027, "2027-01-10").carriedOver()).hasToString("40");

        policy(berlin, "2020-01-01", 20, Accrual.UPFRONT, 0.0, null);
        assertThat(balance(2026, "2026-01-10").carriedOver()).hasToString("0");
    }

    @Test
    void a_past_leave_added_later_lowers_the_next_years_carry_over() {
        policy(berlin, "2020-01-01", 20, Accrual.UPFRONT, null, null);
        joins(ann, berlin, "2025-01-01");
        assertThat(balance(2026, "2026-06-01").carriedOver()).hasToString("20");

        pastLeave("2025-11-03", "2025-11-07");

        assertThat(balance(2026, "2026-06-01").carriedOver()).hasToString("15");
        assertThat(balance(2026, "2026-06-01").remaining()).hasToString("35");
    }

    @Test
    void a_negative_remainder_is_not_carried_over() {
        policy(berlin, "2020-01-01", 5, Accrual.UPFRONT, null, null);
        joins(ann, berlin, "2025-01-01");
        pastLeave("2025-03-03", "2025-03-14"); // 10 working days against 5

        assertThat(balance(2025, "2025-12-31").remaining()).hasToString("-5");
        assertThat(balance(2026, "2026-01-05").carriedOver()).hasToString("0");
    }

    @Test
    void adjustments_count_in_their_year_and_flow_into_carry_over() {
        policy(berlin, "2020-01-01", 20, Accrual.UPFRONT, null, null);
        joins(ann, berlin, "2025-01-01");

        Balance afterAdjusting = app.administration.adjustBalance(admin, ann.userId(), vacation, 2025, Days.ofDecimal(2.5, "d"),
                "overtime in December");

        assertThat(afterAdjusting.adjustments()).hasToString("2.5");
        assertThat(afterAdjusting.year()).isEqualTo(2025);
        assertThat(balance(2025, "2025-12-31").remaining()).hasToString("22.5");
        assertThat(balance(2026, "2026-01-05").carriedOver()).hasToString("22.5");
    }

    @Test
    void pending_leave_lowers_available_but_not_remaining() {
        policy(berlin, "2020-01-01", 20, Accrual.UPFRONT, null, null);
        joins(ann, berlin, "2025-01-01");
        app.workflow.requestLeave(ann, vacation, d("2026-08-03"), d("2026-08-07"), HalfDay.NONE, null, null);

        Balance b = balance(2026, "2026-06-15");
        assertThat(b.pending()).hasToString("5");
        assertThat(b.used()).hasToString("0");
        assertThat(b.remaining()).hasToString("40");
        assertThat(b.available()).hasToString("35");
    }

    @Test
    void a_request_spanning_new_year_counts_its_days_in_each_year() {
        policy(berlin, "2020-01-01", 20, Accrual.UPFRONT, null, null);
        joins(ann, berlin, "2025-01-01");
        // Mon 28 Dec 2026 .. Tue 5 Jan 2027; 1 Jan 2027 is a holiday, 2–3 Jan a weekend
        pastLeave("2026-12-28", "2027-01-05");

        assertThat(balance(2026, "2026-12-31").used()).hasToString("4");
        assertThat(balance(2027, "2027-01-31").used()).hasToString("2");
    }

    @Test
    void before_joining_nothing_accrues_and_no_policy_means_no_allowance() {
        policy(berlin, "2020-01-01", 20, Accrual.UPFRONT, null, null);
        Balance b = balance(2026, "2026-06-01");
        assertThat(b.allowance()).isEqualTo(Days.ZERO);
        assertThat(b.remaining()).isEqualTo(Days.ZERO);

        joins(ann, munich, "2026-01-01"); // Munich has no policy
        assertThat(balance(2026, "2026-06-01").allowance()).isEqualTo(Days.ZERO);
    }

    @Test
    void remaining_is_carried_minus_expired_plus_accrued_plus_adjustments_minus_used() {
        policy(berlin, "2020-01-01", 24, Accrual.MONTHLY, 6.0, 4);
        joins(ann, berlin, "2025-06-10");
        pastLeave("2025-08-04", "2025-08-06");
        pastLeave("2026-05-04", "2026-05-05");
        app.administration.adjustBalance(admin, ann.userId(), vacation, 2026, Days.ofDecimal(-1.5, "d"), "correction");

        Balance b = balance(2026, "2026-06-01");
        assertThat(b.remaining()).isEqualTo(b.carriedOver().minus(b.expired()).plus(b.accrued())
                .plus(b.adjustments()).minus(b.used()));
        assertThat(b.carriedOver()).hasToString("6"); // 2025: 12 accrued (Jul..Dec) − 3 used = 9, capped at 6
        assertThat(b.expired()).hasToString("6"); // expired after 30 April; the May leave came too late to save any
        assertThat(b.remaining()).hasToString("8.5"); // 6 − 6 + 12 − 1.5 − 2
        assertThat(b.available()).isEqualTo(b.remaining().minus(b.pending()));
    }
}
