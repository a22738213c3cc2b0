package org.leavetracker.domain.balance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.leavetracker.domain.error.DomainError;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveUnit;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.model.TimeRange;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.leave.RequestLeave;

/** An hourly leave type's balance moves by exactly its requests' hours, whatever they are and the days' hours. */
class HourlyPropertiesTest {

    /** {dayOffset, startHalfHour (or -1 for whole days), lengthHalfHours, lengthDays}. */
    @Provide
    Arbitrary<List<int[]>> requests() {
        return Combinators.combine(Arbitraries.integers().between(0, 300), Arbitraries.integers().between(-1, 30),
                Arbitraries.integers().between(1, 16), Arbitraries.integers().between(0, 3))
                .as((day, start, length, days) -> new int[] {day, start, length, days}).list().ofMaxSize(12);
    }

    @Property(tries = 60)
    void an_hourly_balance_equals_the_allowance_minus_the_sum_of_its_request_hours(
            @ForAll("requests") List<int[]> wanted, @ForAll("hoursPerDay") int halfHoursPerDay,
            @ForAll("hoursPerDay") int halfHoursOnFriday) {
        DomainFixture app = new DomainFixture(LocalDate.of(2026, 6, 15));
        Caller admin = app.newOrganization("Acme", "admin@acme.test");
        String berlin = app.location(admin, "Berlin", "DE");
        String hours = app.setup.createLeaveType(admin, "Hours", true, false, false, LeaveUnit.HOURS).id();
        app.setup.setLeavePolicy(admin, berlin, hours, LocalDate.of(2020, 1, 1), Days.of(2000), Accrual.UPFRONT,
                null, null, null);
        Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);
        app.administration.moveUserToLocation(admin, ann.userId(), berlin, LocalDate.of(2026, 1, 1));
        app.administration.setWorkingWeek(admin, ann.userId(), DomainFixture.MON_FRI, LocalDate.of(2026, 1, 1),
                Days.ofHalves(halfHoursPerDay), Map.of(DayOfWeek.FRIDAY, Days.ofHalves(halfHoursOnFriday)));
        Days requested = Days.ZERO;
        for (int[] r : wanted) {
            LocalDate from = LocalDate.of(2026, 1, 1).plusDays(r[0]);
            TimeRange times = null;
            try {
                times = r[1] < 0 ? null : new TimeRange(LocalTime.of(8, 0).plusMinutes(30L * r[1]),
                        LocalTime.of(8, 0).plusMinutes(30L * (r[1] + r[2])));
                LeaveRequestView made = app.workflow.requestLeave(ann, new RequestLeave(hours, from,
                        times == null ? from.plusDays(r[3]) : from, HalfDay.NONE, null, null, times));
                requested = requested.plus(made.days());
                if (times != null) {
                    assertThat(made.days()).isEqualTo(Days.ofHalves(times.halfHours()));
                }
            } catch (DomainError refusedOrOverlapping) {
                // overlapping, longer than the day, past midnight or on a day off: not part of the history
            }
        }
        Balance balance = app.queries.balances(ann, null, 2026, LocalDate.of(2026, 12, 31)).getFirst();
        assertThat(balance.unit()).isEqualTo(LeaveUnit.HOURS);
        assertThat(balance.used()).isEqualTo(requested);
        assertThat(balance.remaining()).isEqualTo(Days.of(2000).minus(requested));
    }

    @Provide
    Arbitrary<Integer> hoursPerDay() {
        return Arbitraries.integers().between(1, 24);
    }
}
