package org.leavetracker.domain.write.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.error.PolicyViolation;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveTypeRules;
import org.leavetracker.domain.model.LeaveUnit;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.write.Caller;

/** A leave type's rules beyond the balance (SPEC §3.9): calendar days, notice, waiting period, consecutive days. */
class LeaveTypeRulesTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** Today is Monday 15 June 2026; Ann joined Berlin on 1 May 2026, Ada long before. */
    private final DomainFixture app = new DomainFixture(d("2026-06-15"));
    private final Caller admin = app.newOrganization("Acme", "admin@acme.test");
    private final String berlin = app.location(admin, "Berlin", "DE");
    private final Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);
    private final Caller ada = app.addUser(admin, "ada@acme.test", Role.MEMBER);

    {
        app.administration.moveUserToLocation(admin, ann.userId(), berlin, d("2026-05-01"));
        app.administration.moveUserToLocation(admin, ada.userId(), berlin, d("2020-01-01"));
        app.administration.moveUserToLocation(admin, admin.userId(), berlin, d("2020-01-01"));
    }

    private String type(String name, LeaveTypeRules rules) {
        String id = app.setup.createLeaveType(admin, name, true, false, true, null, rules).id();
        app.upfrontPolicy(admin, berlin, id, d("2020-01-01"), 200);
        return id;
    }

    private LeaveRequestView request(Caller who, String type, String from, String to) {
        return app.workflow.requestLeave(who, type, d(from), d(to), HalfDay.NONE, null, null);
    }

    private static void refused(Runnable command, String rule, Map<String, Object> figures) {
        assertThatThrownBy(command::run).isInstanceOfSatisfying(PolicyViolation.class, e -> {
            assertThat(e.errorType()).isEqualTo("POLICY_VIOLATION");
            assertThat(e.getMessage()).contains(rule.equals("minNoticeDays") ? "minimum notice"
                    : rule.equals("waitingPeriodDays") ? "waiting period" : "consecutive days");
            assertThat(e.details()).containsEntry("rule", rule).containsAllEntriesOf(figures);
        });
    }

    @Test
    void a_type_that_counts_calendar_days_counts_weekends_and_holidays() {
        String parental = type("Parental", new LeaveTypeRules(true, null, null, null, null));
        String vacation = type("Vacation", LeaveTypeRules.NONE);

        assertThat(request(ada, parental, "2026-07-03", "2026-07-06").days()).as("Fri–Mon").isEqualTo(Days.of(4));
        assertThat(request(ada, parental, "2026-12-24", "2026-12-27").days()).as("Christmas Day too")
                .isEqualTo(Days.of(4));
        assertThat(request(ada, vacation, "2026-07-10", "2026-07-13").days()).as("working days only")
                .isEqualTo(Days.of(2));
        assertThat(request(ada, parental, "2026-07-18", "2026-07-19").days()).as("a weekend alone")
                .isEqualTo(Days.of(2));
    }

    @Test
    void minimum_notice_counts_from_today_and_spares_admins_and_leave_already_taken() {
        String vacation = type("Vacation", new LeaveTypeRules(false, null, 14, null, null));

        refused(() -> request(ada, vacation, "2026-06-26", "2026-06-26"), "minNoticeDays",
                Map.of("field", "startDate", "limit", 14, "earliestStartDate", "2026-06-29"));
        assertThat(request(ada, vacation, "2026-06-29", "2026-06-29").days()).isEqualTo(Days.ONE);
        assertThat(request(admin, vacation, "2026-06-16", "2026-06-16").days()).as("an admin's own")
                .isEqualTo(Days.ONE);
        assertThat(app.workflow.addPastLeave(admin, ada.userId(), vacation, d("2026-06-10"), d("2026-06-10"),
                HalfDay.NONE, null).days()).as("taken already").isEqualTo(Days.ONE);
    }

    @Test
    void no_leave_of_a_type_inside_its_waiting_period_after_joining() {
        String vacation = type("Vacation", new LeaveTypeRules(false, null, null, 90, null));

        refused(() -> request(ann, vacation, "2026-07-29", "2026-07-31"), "waitingPeriodDays",
                Map.of("field", "startDate", "limit", 90, "employmentStart", "2026-05-01",
                        "earliestStartDate", "2026-07-30"));
        refused(() -> app.workflow.addPastLeave(admin, ann.userId(), vacation, d("2026-06-01"), d("2026-06-01"),
                HalfDay.NONE, null), "waitingPeriodDays", Map.of("limit", 90));
        assertThat(request(ann, vacation, "2026-07-30", "2026-07-31").days()).isEqualTo(Days.of(2));
        assertThat(request(ada, vacation, "2026-06-22", "2026-06-22").days()).as("joined long ago")
                .isEqualTo(Days.ONE);
    }

    @Test
    void consecutive_days_count_adjoining_leave_of_the_type_as_one_stretch() {
        String sabbatical = type("Study leave", new LeaveTypeRules(false, 10, null, null, null));
        String vacation = type("Vacation", LeaveTypeRules.NONE);

        refused(() -> request(ada, sabbatical, "2026-07-06", "2026-07-20"), "maxConsecutiveDays",
                Map.of("field", "dates", "limit", 10, "days", 11.0));
        request(ada, sabbatical, "2026-07-06", "2026-07-10");
        request(ada, sabbatical, "2026-07-13", "2026-07-17");
        refused(() -> request(ada, sabbatical, "2026-07-20", "2026-07-20"), "maxConsecutiveDays",
                Map.of("days", 11.0, "from", "2026-07-06", "to", "2026-07-20"));
        refused(() -> request(ada, sabbatical, "2026-07-03", "2026-07-03"), "maxConsecutiveDays",
                Map.of("days", 11.0, "from", "2026-07-03", "to", "2026-07-17"));
        // another type in between does not join them; a working day off does not either
        request(ada, vacation, "2026-07-20", "2026-07-20");
        assertThat(request(ada, sabbatical, "2026-07-21", "2026-07-24").days()).isEqualTo(Days.of(4));
        assertThat(request(ada, sabbatical, "2026-07-02", "2026-07-02").days()).as("Friday 3 July is a working"
                + " day between").isEqualTo(Days.ONE);
    }

    @Test
    void rules_are_corrected_and_removed_and_bad_ones_refused_at_their_field() {
        String vacation = type("Vacation", new LeaveTypeRules(false, 5, 30, null, null));

        var corrected = app.setup.updateLeaveType(admin, vacation, null, null, null,
                rules -> rules.with(null, 0, 7, null, null));
        assertThat(corrected.rules()).isEqualTo(new LeaveTypeRules(false, null, 7, null, null));
        assertThat(request(ada, vacation, "2026-06-22", "2026-07-03").days()).as("no limit now").isEqualTo(Days.of(10));
        assertThatThrownBy(() -> new LeaveTypeRules(false, -1, null, null, null))
                .isInstanceOfSatisfying(ValidationError.class,
                        e -> assertThat(e.details()).containsEntry("field", "maxConsecutiveDays"));
        assertThatThrownBy(() -> app.setup.createLeaveType(admin, "Doctor", true, false, false, LeaveUnit.HOURS,
                new LeaveTypeRules(true, null, null, null, null))).isInstanceOfSatisfying(ValidationError.class,
                e -> assertThat(e.details()).containsEntry("field", "countsCalendarDays"));
        assertThatThrownBy(() -> app.setup.createLeaveType(admin, "Sick", false, false, true, null,
                new LeaveTypeRules(false, null, null, null, Days.of(5)))).isInstanceOfSatisfying(
                ValidationError.class, e -> assertThat(e.details()).containsEntry("field", "maxBalanceDays"));
        int events = app.store.eventCount();
        app.setup.updateLeaveType(admin, vacation, null, null, null, rules -> rules.with(null, null, 7, null, null));
        assertThat(app.store.eventCount()).as("the same rules again change nothing").isEqualTo(events);
    }
}
