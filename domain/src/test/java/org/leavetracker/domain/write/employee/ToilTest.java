package org.leavetracker.domain.write.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.error.Forbidden;
import org.leavetracker.domain.error.InsufficientBalance;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.write.Caller;

/** SPEC §3.7 TOIL: overtime recorded by approvers becomes time off, spent first and expiring as configured. */
class ToilTest {

    private final DomainFixture app = new DomainFixture(LocalDate.of(2026, 6, 15));
    private final Caller admin = app.newOrganization("Acme", "admin@acme.test");
    private final String berlin = app.location(admin, "Berlin", "DE");
    private final String toil = app.setup.createLeaveType(admin, "Time off in lieu", true, false, true).id();
    private final String vacation = app.vacation(admin);
    private final Caller boss = app.addUser(admin, "boss@acme.test", Role.APPROVER);
    private final Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);

    {
        app.upfrontPolicy(admin, berlin, vacation, LocalDate.of(2020, 1, 1), 25);
        app.administration.moveUserToLocation(admin, ann.userId(), berlin, LocalDate.of(2026, 1, 1));
        app.administration.assignApprover(admin, ann.userId(), boss.userId());
    }

    private Balance record(Caller who, String date, double days) {
        return app.administration.recordOvertime(who, ann.userId(), LocalDate.parse(date), Days.ofDecimal(days, "days"), null,
                null);
    }

    private Balance toilBalance(String asOf) {
        return app.queries.balances(ann, null, 2026, LocalDate.parse(asOf)).stream()
                .filter(b -> b.leaveTypeId().equals(toil)).findFirst().orElseThrow();
    }

    @Test
    void overtime_adds_to_the_toil_balance_and_leave_spends_it() {
        app.setup.setToil(admin, toil, null);
        assertThat(record(boss, "2026-03-07", 1).overtime().toDouble()).isEqualTo(1.0);
        record(admin, "2026-03-14", 0.5);
        app.workflow.requestLeave(ann, toil, LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 10), HalfDay.NONE,
                null, null);
        Balance b = toilBalance("2026-06-15");
        assertThat(b.overtime().toDouble()).isEqualTo(1.5);
        assertThat(b.used().toDouble()).isEqualTo(1.0);
        assertThat(b.remaining().toDouble()).isEqualTo(0.5);
        assertThat(toilBalance("2026-03-10").overtime().toDouble()).as("earned on its date").isEqualTo(1.0);
        assertThat(app.queries.balances(ann, null, 2026, null).stream().filter(x -> x.leaveTypeId().equals(vacation))
                .findFirst().orElseThrow().remaining().toDouble()).as("vacation untouched").isEqualTo(25.0);
        assertThatThrownBy(() -> app.workflow.requestLeave(ann, toil, LocalDate.of(2026, 7, 6),
                LocalDate.of(2026, 7, 6), HalfDay.NONE, null, null)).as("only half a day left")
                .isInstanceOf(InsufficientBalance.class);
    }

    @Test
    void unspent_overtime_expires_after_the_configured_months_spent_first() {
        app.setup.setToil(admin, toil, 2);
        record(boss, "2026-01-05", 1);   // expires 2026-03-05
        record(boss, "2026-02-07", 1);   // expires 2026-04-07
        app.workflow.addPastLeave(admin, ann.userId(), toil, LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 10),
                HalfDay.MORNING, null);
        assertThat(toilBalance("2026-03-05").expired().toDouble()).as("not before the day after").isZero();
        Balance afterFirst = toilBalance("2026-03-06");
        assertThat(afterFirst.expired().toDouble()).as("the half day spent the earlier credit").isEqualTo(0.5);
        assertThat(afterFirst.remaining().toDouble()).isEqualTo(1.0);
        Balance afterBoth = toilBalance("2026-04-08");
        assertThat(afterBoth.expired().toDouble()).isEqualTo(1.5);
        assertThat(afterBoth.remaining().toDouble()).isZero();
    }

    @Test
    void only_approvers_of_the_person_and_admins_record_past_overtime_on_a_toil_type() {
        assertThatThrownBy(() -> record(boss, "2026-03-07", 1)).as("no TOIL type yet")
                .isInstanceOf(ValidationError.class);
        app.setup.setToil(admin, toil, 6);
        Caller other = app.addUser(admin, "other@acme.test", Role.APPROVER);
        assertThatThrownBy(() -> record(other, "2026-03-07", 1)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> record(ann, "2026-03-07", 1)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> record(boss, "2026-06-16", 1)).as("tomorrow").isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> record(boss, "2026-03-07", 1.5)).isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> record(boss, "2026-03-07", 0)).isInstanceOf(ValidationError.class);
        record(boss, "2026-03-07", 0.5);
        assertThatThrownBy(() -> record(boss, "2026-03-07", 1)).as("a date gives one day")
                .isInstanceOf(ValidationError.class);
        assertThat(record(boss, "2026-03-07", 0.5).overtime().toDouble()).isEqualTo(1.0);
        assertThatThrownBy(() -> app.administration.recordOvertime(boss, ann.userId(), LocalDate.of(2026, 3, 8), Days.ONE,
                vacation, null)).as("not a TOIL type").isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> app.setup.setToil(admin, toil, 25)).isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> app.setup.setToil(boss, toil, 3)).isInstanceOf(Forbidden.class);
        String training = app.setup.createLeaveType(admin, "Training", false, false, true).id();
        assertThatThrownBy(() -> app.setup.setToil(admin, training, null)).as("no balance")
                .isInstanceOf(ValidationError.class);
    }
}
