package org.leavetracker.domain.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.testing.DomainFixture;

/** A command retried with the same command id (an idempotency key) takes effect once. */
class CommandIdempotencyTest {

    private final DomainFixture app = new DomainFixture(LocalDate.of(2026, 6, 15));
    private final Caller admin = app.newOrganization("Acme", "admin@acme.test");
    private final String berlin = app.location(admin, "Berlin", "DE");
    private final String vacation = app.vacation(admin);
    private final Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);

    @Test
    void a_balance_adjustment_retried_with_the_same_command_id_is_applied_once() {
        app.setup.setLeavePolicy(admin, berlin, vacation, LocalDate.of(2026, 1, 1), Days.of(20), Accrual.UPFRONT,
                null, null, null);
        app.administration.moveUserToLocation(admin, ann.userId(), berlin, LocalDate.of(2026, 1, 1));
        Caller adminCommand = new Caller(admin.userId(), "idempotency-key-1");

        Balance first = app.administration.adjustBalance(adminCommand, ann.userId(), vacation, 2026, Days.of(2), "bonus");
        int events = app.store.eventCount();
        Balance retried = app.administration.adjustBalance(adminCommand, ann.userId(), vacation, 2026, Days.of(2), "bonus");

        assertThat(app.store.eventCount()).isEqualTo(events);
        assertThat(retried.adjustments()).isEqualTo(first.adjustments()).hasToString("2");
        assertThat(retried.remaining()).hasToString("22");
    }
}
