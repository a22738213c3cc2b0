package org.leavetracker.domain.write.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.error.OverlappingLeave;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.EndHalves;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveUnit;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.write.Caller;

/** Half days at the ends of a longer request (SPEC §3.9): from noon on the first date, until noon on the last. */
class HalfDaysAtTheEndsTest {

    private static final EndHalves FROM_NOON = new EndHalves(HalfDay.AFTERNOON, HalfDay.NONE);
    private static final EndHalves UNTIL_NOON = new EndHalves(HalfDay.NONE, HalfDay.MORNING);
    private static final EndHalves BOTH = new EndHalves(HalfDay.AFTERNOON, HalfDay.MORNING);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private final DomainFixture app = new DomainFixture(d("2026-06-15"));
    private final Caller admin = app.newOrganization("Acme", "admin@acme.test");
    private final String berlin = app.location(admin, "Berlin", "DE");
    private final String vacation = app.vacation(admin);
    private final String training = app.setup.createLeaveType(admin, "Training", false, false, false).id();
    private final String hours = app.setup.createLeaveType(admin, "Appointments", true, false, false,
            LeaveUnit.HOURS).id();
    private final Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);

    {
        app.upfrontPolicy(admin, berlin, vacation, d("2020-01-01"), 25);
        app.upfrontPolicy(admin, berlin, hours, d("2020-01-01"), 40);
        app.administration.moveUserToLocation(admin, ann.userId(), berlin, d("2025-01-01"));
    }

    private LeaveRequestView request(String type, String from, String to, EndHalves ends) {
        return app.workflow.requestLeave(ann, new RequestLeave(type, d(from), d(to), null, null, null, null, ends));
    }

    @Test
    void wednesday_afternoon_to_friday_counts_two_and_a_half_days() {
        LeaveRequestView leave = request(vacation, "2026-06-17", "2026-06-19", FROM_NOON);

        assertThat(leave.days()).isEqualTo(Days.ofDecimal(2.5, "d"));
        assertThat(leave.startHalf()).isEqualTo(HalfDay.AFTERNOON);
        assertThat(leave.endHalf()).isEqualTo(HalfDay.NONE);
        assertThat(app.queries.balances(ann, ann.userId(), 2026, d("2026-12-31")).getFirst().pending())
                .isEqualTo(Days.ofDecimal(2.5, "d"));
    }

    @Test
    void monday_to_wednesday_morning_and_wednesday_afternoon_to_next_tuesday_morning() {
        assertThat(request(vacation, "2026-06-22", "2026-06-24", UNTIL_NOON).days())
                .isEqualTo(Days.ofDecimal(2.5, "d"));
        assertThat(request(vacation, "2026-06-24", "2026-06-30", BOTH).days())
                .as("Wednesday ½, Thursday, Friday, Monday, Tuesday ½").isEqualTo(Days.of(4));
    }

    @Test
    void a_half_end_on_a_day_that_does_not_count_takes_nothing_off() {
        // Good Friday (3 April) is a holiday in Berlin, and Saturday 4 April no working day
        assertThat(request(vacation, "2026-04-03", "2026-04-08", FROM_NOON).days()).as("Tue, Wed").isEqualTo(Days.of(2));
        assertThat(request(vacation, "2026-04-09", "2026-04-11", UNTIL_NOON).days()).as("Thu, Fri")
                .isEqualTo(Days.of(2));
    }

    @Test
    void leave_ending_at_noon_and_leave_starting_then_share_the_date_without_overlapping() {
        request(vacation, "2026-07-06", "2026-07-08", UNTIL_NOON);
        LeaveRequestView afternoon = request(vacation, "2026-07-08", "2026-07-10", FROM_NOON);

        assertThat(afternoon.days()).isEqualTo(Days.ofDecimal(2.5, "d"));
        assertThatThrownBy(() -> app.workflow.requestLeave(ann, vacation, d("2026-07-08"), d("2026-07-08"),
                HalfDay.AFTERNOON, null, null)).as("the afternoon is taken").isInstanceOf(OverlappingLeave.class);
        assertThatThrownBy(() -> app.workflow.requestLeave(ann, vacation, d("2026-07-08"), d("2026-07-08"),
                HalfDay.MORNING, null, null)).as("so is the morning").isInstanceOf(OverlappingLeave.class);
        assertThatThrownBy(() -> request(vacation, "2026-07-10", "2026-07-13", FROM_NOON))
                .as("Friday's afternoon is taken").isInstanceOf(OverlappingLeave.class);
    }

    @Test
    void a_single_date_morning_and_leave_starting_that_afternoon_do_not_overlap() {
        app.workflow.requestLeave(ann, vacation, d("2026-07-15"), d("2026-07-15"), HalfDay.MORNING, null, null);

        assertThat(request(vacation, "2026-07-15", "2026-07-16", FROM_NOON).days())
                .isEqualTo(Days.ofDecimal(1.5, "d"));
    }

    @Test
    void ends_are_refused_at_their_field_when_they_do_not_fit() {
        assertRefusedAt("startHalf", () -> request(vacation, "2026-07-20", "2026-07-22",
                new EndHalves(HalfDay.MORNING, HalfDay.NONE)));
        assertRefusedAt("endHalf", () -> request(vacation, "2026-07-20", "2026-07-22",
                new EndHalves(HalfDay.NONE, HalfDay.AFTERNOON)));
        assertRefusedAt("endHalf", () -> request(vacation, "2026-07-20", "2026-07-20", UNTIL_NOON));
        assertRefusedAt("startHalf", () -> request(training, "2026-07-20", "2026-07-22", FROM_NOON));
        assertRefusedAt("startHalf", () -> request(hours, "2026-07-20", "2026-07-22", FROM_NOON));
        assertThat(app.queries.leaveRequests(ann, null).stream().filter(r -> r.startDate().equals(d("2026-07-20"))))
                .as("nothing was written").isEmpty();
    }

    @Test
    void past_leave_and_the_preview_count_the_ends_the_same_way() {
        LeaveRequestView past = app.workflow.addPastLeave(admin, new AddPastLeave(ann.userId(), vacation,
                d("2026-03-04"), d("2026-03-06"), null, null, FROM_NOON));
        LeavePreview preview = app.workflow.previewLeave(ann, new RequestLeave(vacation, d("2026-08-05"),
                d("2026-08-07"), null, null, null, null, BOTH));

        assertThat(past.days()).isEqualTo(Days.ofDecimal(2.5, "d"));
        assertThat(past.startHalf()).isEqualTo(HalfDay.AFTERNOON);
        assertThat(preview.amount()).isEqualTo(Days.of(2));
        assertThat(preview.refusal()).isNull();
    }

    private static void assertRefusedAt(String field, Runnable command) {
        assertThatThrownBy(command::run).isInstanceOfSatisfying(ValidationError.class,
                e -> assertThat(e.details()).containsEntry("field", field));
    }
}
