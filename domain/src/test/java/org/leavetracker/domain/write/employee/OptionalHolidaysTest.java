package org.leavetracker.domain.write.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.error.NotFound;
import org.leavetracker.domain.error.PolicyViolation;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.read.OptionalHolidaysView;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.write.Caller;

/** Optional (floating) holidays (SPEC §3.9): a location lists them, each person chooses some a year. */
class OptionalHolidaysTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private final DomainFixture app = new DomainFixture(d("2026-06-15"));
    private final Caller admin = app.newOrganization("Acme", "admin@acme.test");
    private final String berlin = app.location(admin, "Berlin", "DE");
    private final String vacation = app.vacation(admin);
    private final Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);
    private final Caller bob = app.addUser(admin, "bob@acme.test", Role.MEMBER);

    {
        app.upfrontPolicy(admin, berlin, vacation, d("2020-01-01"), 25);
        for (Caller person : new Caller[] {ann, bob}) {
            app.administration.moveUserToLocation(admin, person.userId(), berlin, d("2025-01-01"));
        }
        app.setup.addHoliday(admin, berlin, d("2026-07-10"), "Summer day", true);
        app.setup.addHoliday(admin, berlin, d("2026-07-17"), "Second summer day", true);
        app.setup.updateLocation(admin, berlin, null, null, null, 1);
    }

    private Days days(Caller who, String requestId) {
        return app.queries.leaveRequests(who, null).stream().filter(r -> r.id().equals(requestId)).findFirst()
                .orElseThrow().days();
    }

    @Test
    void a_chosen_optional_holiday_is_a_holiday_for_the_person_alone() {
        LeaveRequestView annsWeek = app.workflow.requestLeave(ann, vacation, d("2026-07-06"), d("2026-07-10"),
                HalfDay.NONE, null, null);
        LeaveRequestView bobsWeek = app.workflow.requestLeave(bob, vacation, d("2026-07-06"), d("2026-07-10"),
                HalfDay.NONE, null, null);
        assertThat(annsWeek.days()).isEqualTo(Days.of(5));

        assertThat(app.workflow.chooseOptionalHoliday(ann, d("2026-07-10")).holidays())
                .filteredOn(OptionalHolidaysView.Choice::chosen).extracting(OptionalHolidaysView.Choice::date)
                .containsExactly(d("2026-07-10"));

        assertThat(days(ann, annsWeek.id())).as("the request over it counts one day less").isEqualTo(Days.of(4));
        assertThat(days(bob, bobsWeek.id())).as("Bob did not choose it").isEqualTo(Days.of(5));
        assertThat(app.queries.balances(ann, ann.userId(), 2026, d("2026-12-31")).getFirst().pending())
                .isEqualTo(Days.of(4));
    }

    @Test
    void a_person_chooses_as_many_a_year_as_the_location_gives_and_may_give_one_back() {
        app.workflow.chooseOptionalHoliday(ann, d("2026-07-10"));

        assertThatThrownBy(() -> app.workflow.chooseOptionalHoliday(ann, d("2026-07-17")))
                .isInstanceOfSatisfying(PolicyViolation.class, e -> assertThat(e.details())
                        .containsEntry("rule", "optionalHolidaysPerYear").containsEntry("limit", 1)
                        .containsEntry("field", "date"));
        app.workflow.unchooseOptionalHoliday(ann, d("2026-07-10"));
        OptionalHolidaysView year = app.workflow.chooseOptionalHoliday(ann, d("2026-07-17"));
        assertThat(year.perYear()).isEqualTo(1);
        assertThat(year.holidays()).extracting(OptionalHolidaysView.Choice::date, OptionalHolidaysView.Choice::chosen)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(d("2026-07-10"), false),
                        org.assertj.core.groups.Tuple.tuple(d("2026-07-17"), true));
        assertThatThrownBy(() -> app.workflow.unchooseOptionalHoliday(ann, d("2026-07-10")))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void only_an_optional_holiday_of_the_persons_location_can_be_chosen() {
        assertThatThrownBy(() -> app.workflow.chooseOptionalHoliday(ann, d("2026-07-13")))
                .isInstanceOfSatisfying(ValidationError.class, e -> assertThat(e.details())
                        .containsEntry("field", "date"));
        assertThatThrownBy(() -> app.setup.addHoliday(admin, berlin, d("2026-07-10"), "Plain holiday", false))
                .as("a date is an optional holiday or a holiday, not both").isInstanceOf(ValidationError.class);
    }

    @Test
    void an_optional_holiday_taken_back_no_longer_counts_for_those_who_chose_it() {
        LeaveRequestView week = app.workflow.requestLeave(ann, vacation, d("2026-07-13"), d("2026-07-17"),
                HalfDay.NONE, null, null);
        app.workflow.chooseOptionalHoliday(ann, d("2026-07-17"));
        assertThat(days(ann, week.id())).isEqualTo(Days.of(4));

        app.setup.removeHoliday(admin, berlin, d("2026-07-17"));

        assertThat(days(ann, week.id())).isEqualTo(Days.of(5));
        assertThat(app.workflow.chooseOptionalHoliday(ann, d("2026-07-10")).chosen())
                .as("the one taken back no longer uses up the year's one").isEqualTo(1);
        assertThat(app.queries.optionalHolidays(ann, 2026).holidays()).extracting(OptionalHolidaysView.Choice::date)
                .containsExactly(d("2026-07-10"));
    }
}
