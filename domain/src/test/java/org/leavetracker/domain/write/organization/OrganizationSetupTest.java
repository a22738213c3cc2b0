package org.leavetracker.domain.write.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.error.Conflict;
import org.leavetracker.domain.error.NotFound;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.Email;
import org.leavetracker.domain.model.LeavePolicy;
import org.leavetracker.domain.model.Location;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.read.OrganizationView;
import org.leavetracker.domain.read.UserProfile;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.employee.Identity;

class OrganizationSetupTest {

    private final DomainFixture app = new DomainFixture(LocalDate.of(2026, 6, 15));
    private final Caller admin = app.newOrganization("Acme", "Admin@Acme.test");

    @Test
    void the_creator_of_an_organization_becomes_its_admin() {
        UserProfile me = app.queries.me(admin);
        assertThat(me.role()).isEqualTo(Role.ADMIN);
        assertThat(me.email()).isEqualTo("admin@acme.test");
        assertThat(me.locationId()).isNull();
        assertThat(me.workingDays()).isEmpty();
    }

    @Test
    void creating_the_same_organization_again_returns_it_and_another_is_a_conflict() {
        Identity identity = new Identity("sub", Email.of("ADMIN@acme.test"), null);
        OrganizationView again = app.setup.createOrganization(identity, "Acme", null);
        assertThat(again.id()).isEqualTo(app.queries.me(admin).orgId());
        assertThatThrownBy(() -> app.setup.createOrganization(identity, "Other", null)).isInstanceOf(Conflict.class);
    }

    @Test
    void an_email_is_unique_across_the_installation_whatever_its_case() {
        app.addUser(admin, "ann@acme.test", Role.MEMBER);
        assertThatThrownBy(() -> app.setup.addUser(admin, "ANN@acme.test", "Someone else", Role.MEMBER))
                .isInstanceOf(Conflict.class);

        Caller rival = app.newOrganization("Rival", "boss@rival.test");
        assertThatThrownBy(() -> app.setup.addUser(rival, "Ann@Acme.Test", "ann", Role.MEMBER))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void adding_the_same_user_twice_is_a_harmless_retry() {
        UserProfile first = app.setup.addUser(admin, "ann@acme.test", "Ann", Role.MEMBER);
        int events = app.store.eventCount();
        assertThat(app.setup.addUser(admin, "ann@acme.test", "Ann", Role.MEMBER)).isEqualTo(first);
        assertThat(app.store.eventCount()).isEqualTo(events);
    }

    @Test
    void emails_and_names_are_checked() {
        assertThatThrownBy(() -> app.setup.addUser(admin, "not-an-email", "X", Role.MEMBER))
                .isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> app.setup.addUser(admin, "x@acme.test", " ", Role.MEMBER))
                .isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> app.setup.addUser(admin, "x@acme.test", "x".repeat(201), Role.MEMBER))
                .isInstanceOf(ValidationError.class).hasMessageContaining("too long");
    }

    @Test
    void a_location_needs_an_iana_time_zone_a_known_calendar_and_a_working_day() {
        List<DayOfWeek> week = DomainFixture.MON_FRI;
        assertThatThrownBy(() -> app.setup.createLocation(admin, "X", "Mars/Olympus", "DE", week))
                .isInstanceOf(ValidationError.class).hasMessageContaining("IANA");
        assertThatThrownBy(() -> app.setup.createLocation(admin, "X", "CET", "DE", week))
                .isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> app.setup.createLocation(admin, "X", "Europe/Berlin", "XX-YY", week))
                .isInstanceOf(ValidationError.class).hasMessageContaining("holidayCalendar");
        assertThatThrownBy(() -> app.setup.createLocation(admin, "X", "Europe/Berlin", "DE", List.of()))
                .isInstanceOf(ValidationError.class);
        assertThat(app.setup.createLocation(admin, "Remote", "UTC", "NONE", week).holidayCalendar()).isEqualTo("NONE");
    }

    @Test
    void creating_the_same_location_again_returns_it_and_a_different_one_with_that_name_is_a_conflict() {
        Location berlin = app.setup.createLocation(admin, "Berlin", "Europe/Berlin", "de", DomainFixture.MON_FRI);
        assertThat(berlin.holidayCalendar()).isEqualTo("DE");
        assertThat(app.setup.createLocation(admin, "berlin", "Europe/Berlin", "DE", DomainFixture.MON_FRI))
                .isEqualTo(berlin);
        assertThatThrownBy(() -> app.setup.createLocation(admin, "Berlin", "Europe/Paris", "DE",
                DomainFixture.MON_FRI)).isInstanceOf(Conflict.class);
    }

    @Test
    void custom_holidays_are_listed_on_their_location() {
        String berlin = app.location(admin, "Berlin", "DE");
        Location after = app.setup.addHoliday(admin, berlin, LocalDate.of(2026, 12, 24), "Christmas Eve");
        assertThat(after.customHolidays()).containsEntry(LocalDate.of(2026, 12, 24), "Christmas Eve");
        assertThatThrownBy(() -> app.setup.addHoliday(admin, "nowhere", LocalDate.of(2026, 12, 24), "x"))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void a_policy_is_checked_and_setting_it_again_on_the_same_date_replaces_it_under_the_same_id() {
        String berlin = app.location(admin, "Berlin", "DE");
        String vacation = app.vacation(admin);
        LocalDate from = LocalDate.of(2026, 1, 1);
        LeavePolicy first = app.setup.setLeavePolicy(admin, berlin, vacation, from, Days.of(20), Accrual.UPFRONT,
                null, null, null);
        assertThat(first.negativeBalanceAllowed()).isEqualTo(Days.ZERO);
        LeavePolicy replaced = app.setup.setLeavePolicy(admin, berlin, vacation, from, Days.of(22), Accrual.MONTHLY,
                Days.of(5), 3, Days.ONE);
        assertThat(replaced.id()).isEqualTo(first.id());
        assertThat(replaced.annualAllowance()).isEqualTo(Days.of(22));

        assertThatThrownBy(() -> Days.ofDecimal(20.25, "annualAllowanceDays")).isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> app.setup.setLeavePolicy(admin, berlin, vacation, from, Days.of(20),
                Accrual.UPFRONT, null, 13, null)).isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> app.setup.setLeavePolicy(admin, berlin, vacation, from, Days.of(-1),
                Accrual.UPFRONT, null, null, null)).isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> app.setup.setLeavePolicy(admin, berlin, "nope", from, Days.of(20),
                Accrual.UPFRONT, null, null, null)).isInstanceOf(NotFound.class);
    }

    @Test
    void an_approver_must_hold_an_approving_role_and_cannot_approve_themself() {
        Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);
        Caller bob = app.addUser(admin, "bob@acme.test", Role.MEMBER);
        assertThatThrownBy(() -> app.administration.assignApprover(admin, ann.userId(), bob.userId()))
                .isInstanceOf(ValidationError.class).hasMessageContaining("APPROVER");
        assertThatThrownBy(() -> app.administration.assignApprover(admin, admin.userId(), admin.userId()))
                .isInstanceOf(ValidationError.class);
        assertThat(app.administration.assignApprover(admin, ann.userId(), admin.userId()).approverIds())
                .containsExactly(admin.userId());
    }

    @Test
    void a_users_location_and_working_week_are_those_in_force_today() {
        String berlin = app.location(admin, "Berlin", "DE");
        String paris = app.setup.createLocation(admin, "Paris", "Europe/Paris", "FR",
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY)).id();
        Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);
        app.administration.moveUserToLocation(admin, ann.userId(), berlin, LocalDate.of(2026, 1, 1));
        UserProfile planned = app.administration.moveUserToLocation(admin, ann.userId(), paris, LocalDate.of(2026, 9, 1));

        assertThat(planned.locationId()).isEqualTo(berlin);
        assertThat(planned.workingDays()).hasSize(5);
        assertThat(planned.hoursPerDay()).as("the location's default").isEqualTo(Days.of(8));

        app.clock.set(LocalDate.of(2026, 9, 1));
        UserProfile moved = app.queries.me(ann);
        assertThat(moved.locationId()).isEqualTo(paris);
        assertThat(moved.workingDays()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);

        UserProfile partTime = app.administration.setWorkingWeek(admin, ann.userId(), List.of(DayOfWeek.WEDNESDAY),
                LocalDate.of(2026, 10, 1), Days.ofDecimal(5.5, "hours"));
        assertThat(partTime.hoursPerDay()).as("not in force yet").isEqualTo(Days.of(8));
        app.clock.set(LocalDate.of(2026, 10, 1));
        assertThat(app.queries.me(ann)).satisfies(me -> {
            assertThat(me.workingDays()).containsExactly(DayOfWeek.WEDNESDAY);
            assertThat(me.hoursPerDay()).isEqualTo(Days.ofDecimal(5.5, "hours"));
        });
        assertThat(app.queries.me(admin).hoursPerDay()).as("no location, no week").isNull();
    }
}
