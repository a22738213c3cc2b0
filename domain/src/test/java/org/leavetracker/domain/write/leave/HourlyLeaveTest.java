package org.leavetracker.domain.write.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.error.InsufficientBalance;
import org.leavetracker.domain.error.NoWorkingDays;
import org.leavetracker.domain.error.OverlappingLeave;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveUnit;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.model.TimeRange;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.read.UserProfile;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.write.Caller;

/** SPEC §3.7 hourly leave: a type counted in hours, requests by times on one date or whole days of working hours. */
class HourlyLeaveTest {

    private final DomainFixture app = new DomainFixture(LocalDate.of(2026, 6, 15));
    private final Caller admin = app.newOrganization("Acme", "admin@acme.test");
    private final String berlin = app.location(admin, "Berlin", "DE");
    private final String hours = app.setup.createLeaveType(admin, "Appointments", true, false, false,
            LeaveUnit.HOURS).id();
    private final String vacation = app.vacation(admin);
    private final Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);

    {
        app.setup.setLeavePolicy(admin, berlin, hours, LocalDate.of(2020, 1, 1), Days.of(40), Accrual.UPFRONT,
                null, null, null);
        app.upfrontPolicy(admin, berlin, vacation, LocalDate.of(2020, 1, 1), 25);
        app.administration.moveUserToLocation(admin, ann.userId(), berlin, LocalDate.of(2026, 1, 1));
        app.administration.setWorkingWeek(admin, ann.userId(), DomainFixture.MON_FRI, LocalDate.of(2026, 1, 1),
                Days.ofDecimal(7.5, "hours"));
    }

    private LeaveRequestView request(String from, String to, String start, String end) {
        return app.workflow.requestLeave(ann, new RequestLeave(hours, LocalDate.parse(from), LocalDate.parse(to),
                HalfDay.NONE, null, null, start == null ? null : new TimeRange(LocalTime.parse(start),
                LocalTime.parse(end))));
    }

    private Balance hourly() {
        return app.queries.balances(ann, null, 2026, null).stream().filter(b -> b.leaveTypeId().equals(hours))
                .findFirst().orElseThrow();
    }

    @Test
    void times_on_a_date_count_their_hours_and_whole_days_their_working_hours() {
        LeaveRequestView dentist = request("2026-07-06", "2026-07-06", "09:00", "11:30");
        assertThat(dentist.days().toDouble()).isEqualTo(2.5);
        assertThat(dentist.unit()).isEqualTo(LeaveUnit.HOURS);
        assertThat(dentist.times()).isEqualTo(new TimeRange(LocalTime.of(9, 0), LocalTime.of(11, 30)));
        LeaveRequestView twoDays = request("2026-07-09", "2026-07-12", null, null); // Thu–Sun: two working days
        assertThat(twoDays.days().toDouble()).isEqualTo(15.0);
        Balance b = hourly();
        assertThat(b.unit()).isEqualTo(LeaveUnit.HOURS);
        assertThat(b.allowance().toDouble()).isEqualTo(40.0);
        assertThat(b.used().toDouble()).isEqualTo(17.5);
        assertThat(b.remaining().toDouble()).isEqualTo(22.5);
        assertThat(request("2026-07-07", "2026-07-07", "13:00", "13:30").days().toDouble()).isEqualTo(0.5);
        assertThat(app.queries.balances(ann, null, 2026, null).stream().filter(x -> x.leaveTypeId().equals(vacation))
                .findFirst().orElseThrow().unit()).isEqualTo(LeaveUnit.DAYS);
    }

    @Test
    void hourly_requests_are_checked_in_hours() {
        request("2026-07-06", "2026-07-06", "09:00", "12:00");
        assertThatThrownBy(() -> request("2026-07-06", "2026-07-06", "11:00", "13:00")).as("times meet")
                .isInstanceOf(OverlappingLeave.class);
        assertThat(request("2026-07-06", "2026-07-06", "13:00", "15:00").days().toDouble()).as("same date, later")
                .isEqualTo(2.0);
        assertThatThrownBy(() -> request("2026-07-07", "2026-07-07", "08:00", "17:00")).as("more than 7.5 h")
                .isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> request("2026-07-07", "2026-07-07", "09:15", "10:00")).as("half-hour steps")
                .isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> request("2026-07-07", "2026-07-08", "09:00", "10:00")).as("one date")
                .isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> request("2026-07-11", "2026-07-11", "09:00", "10:00")).as("a Saturday")
                .isInstanceOf(NoWorkingDays.class);
        assertThatThrownBy(() -> app.workflow.requestLeave(ann, hours, LocalDate.of(2026, 7, 8),
                LocalDate.of(2026, 7, 8), HalfDay.MORNING, null, null)).as("no half days")
                .isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> app.workflow.requestLeave(ann, new RequestLeave(vacation, LocalDate.of(2026, 7, 8),
                LocalDate.of(2026, 7, 8), HalfDay.NONE, null, null, new TimeRange(LocalTime.of(9, 0), LocalTime.of(10,
                0))))).as("times on a day type")
                .isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> request("2026-07-13", "2026-07-20", null, null)).as("45 h, 35 left")
                .isInstanceOf(InsufficientBalance.class).hasMessageContaining("needs 45 hours")
                .satisfies(refusal -> assertThat(((InsufficientBalance) refusal).details())
                        .containsEntry("unit", "HOURS").containsEntry("needed", 45.0)
                        .containsEntry("available", 35.0).containsEntry("field", "dates"));
        assertThatThrownBy(() -> app.setup.createLeaveType(admin, "Bad", true, false, true, LeaveUnit.HOURS))
                .isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> app.administration.setWorkingWeek(admin, ann.userId(), List.of(DayOfWeek.MONDAY),
                LocalDate.of(2026, 8, 1), Days.of(25))).isInstanceOf(ValidationError.class);
    }

    @Test
    void a_part_time_week_counts_each_days_own_hours() {
        // Monday to Thursday 8 hours, Friday 4 from August
        UserProfile partTime = app.administration.setWorkingWeek(admin, ann.userId(), DomainFixture.MON_FRI,
                LocalDate.of(2026, 8, 1), Days.of(8), Map.of(DayOfWeek.FRIDAY, Days.of(4),
                        DayOfWeek.MONDAY, Days.of(8)));
        app.clock.set(LocalDate.of(2026, 8, 3));
        UserProfile me = app.queries.me(ann);
        assertThat(me.hoursPerDay()).isEqualTo(Days.of(8));
        assertThat(me.workingHours()).containsExactly(Map.entry(DayOfWeek.MONDAY, Days.of(8)),
                Map.entry(DayOfWeek.TUESDAY, Days.of(8)), Map.entry(DayOfWeek.WEDNESDAY, Days.of(8)),
                Map.entry(DayOfWeek.THURSDAY, Days.of(8)), Map.entry(DayOfWeek.FRIDAY, Days.of(4)));
        assertThat(partTime.workingHours()).as("not in force on the day it was set")
                .containsEntry(DayOfWeek.FRIDAY, Days.ofDecimal(7.5, "hours"));

        assertThat(request("2026-08-06", "2026-08-07", null, null).days()).as("Thursday 8 + Friday 4")
                .isEqualTo(Days.of(12));
        assertThat(request("2026-08-14", "2026-08-14", "09:00", "13:00").days()).isEqualTo(Days.of(4));
        assertThatThrownBy(() -> request("2026-08-21", "2026-08-21", "09:00", "13:30")).as("Friday has 4 hours")
                .isInstanceOf(ValidationError.class).hasMessageContaining("more than the 4 working hours");
        assertThat(request("2026-08-20", "2026-08-20", "09:00", "16:30").days()).as("Thursday has 8")
                .isEqualTo(Days.ofDecimal(7.5, "hours"));
        assertThat(request("2026-07-31", "2026-07-31", null, null).days()).as("a Friday before the change")
                .isEqualTo(Days.ofDecimal(7.5, "hours"));
        // 7.5 on the Friday before August, then 12, 4 and 7.5
        assertThat(hourly().used()).isEqualTo(Days.of(31));

        assertThat(app.administration.setWorkingWeek(admin, ann.userId(), DomainFixture.MON_FRI, LocalDate.of(2026, 8,
                1),
                Days.of(8), Map.of(DayOfWeek.FRIDAY, Days.of(4))).workingHours())
                .as("the same week again changes nothing").isEqualTo(me.workingHours());
        assertThat(app.repository.history(ann.userId()).stream().filter(e -> e.type().equals("WorkingWeekSet")))
                .hasSize(2);
        assertThatThrownBy(() -> app.administration.setWorkingWeek(admin, ann.userId(), List.of(DayOfWeek.MONDAY),
                LocalDate.of(2026, 9, 1), Days.of(8), Map.of(DayOfWeek.FRIDAY, Days.of(4))))
                .isInstanceOf(ValidationError.class).hasMessageContaining("FRIDAY, which is not a working day");
        assertThatThrownBy(() -> app.administration.setWorkingWeek(admin, ann.userId(), List.of(DayOfWeek.MONDAY),
                LocalDate.of(2026, 9, 1), Days.of(8), Map.of(DayOfWeek.MONDAY, Days.of(25))))
                .isInstanceOf(ValidationError.class).hasMessageContaining("MONDAY is 0.5 to 24");
    }
}
