package org.leavetracker.domain.write.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.error.BlackoutPeriodRefused;
import org.leavetracker.domain.error.Forbidden;
import org.leavetracker.domain.error.NotFound;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.model.BlackoutMode;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.write.Caller;

/** SPEC §3.7 blackout periods: refused with BLACKOUT_PERIOD, or only an admin may decide. */
class BlackoutPeriodsTest {

    private final DomainFixture app = new DomainFixture(LocalDate.of(2026, 6, 15));
    private final Caller admin = app.newOrganization("Acme", "admin@acme.test");
    private final String berlin = app.location(admin, "Berlin", "DE");
    private final String paris = app.location(admin, "Paris", "FR");
    private final String vacation = app.vacation(admin);
    private final String sick = app.setup.createLeaveType(admin, "Sick", false, false, true).id();
    private final Caller boss = app.addUser(admin, "boss@acme.test", Role.APPROVER);
    private final Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);
    private final Caller bob = app.addUser(admin, "bob@acme.test", Role.MEMBER);

    {
        app.upfrontPolicy(admin, berlin, vacation, LocalDate.of(2020, 1, 1), 25);
        app.upfrontPolicy(admin, paris, vacation, LocalDate.of(2020, 1, 1), 25);
        app.administration.moveUserToLocation(admin, ann.userId(), berlin, LocalDate.of(2025, 1, 1));
        app.administration.moveUserToLocation(admin, bob.userId(), paris, LocalDate.of(2025, 1, 1));
        app.administration.assignApprover(admin, ann.userId(), boss.userId());
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private LeaveRequestView request(Caller who, String type, String from, String to) {
        return app.workflow.requestLeave(who, type, d(from), d(to), HalfDay.NONE, null, null);
    }

    @Test
    void a_request_touching_a_refusing_blackout_of_its_location_and_type_is_refused_and_writes_nothing() {
        app.setup.addBlackoutPeriod(admin, berlin, d("2026-12-14"), d("2026-12-18"), List.of(vacation),
                BlackoutMode.REFUSE);
        int events = app.store.eventCount();
        assertThatThrownBy(() -> request(ann, vacation, "2026-12-10", "2026-12-14"))
                .isInstanceOf(BlackoutPeriodRefused.class).hasMessageContaining("2026-12-14 to 2026-12-18")
                .satisfies(e -> assertThat(((BlackoutPeriodRefused) e).errorType()).isEqualTo("BLACKOUT_PERIOD"));
        assertThat(app.store.eventCount()).isEqualTo(events);

        assertThat(request(ann, vacation, "2026-12-07", "2026-12-11").status()).as("the week before")
                .isEqualTo(LeaveStatus.PENDING);
        assertThat(request(ann, sick, "2026-12-15", "2026-12-15").status()).as("another type")
                .isEqualTo(LeaveStatus.APPROVED);
        assertThat(request(bob, vacation, "2026-12-15", "2026-12-16").status()).as("another location")
                .isEqualTo(LeaveStatus.PENDING);
    }

    @Test
    void an_organization_wide_blackout_for_every_type_applies_to_everyone() {
        app.setup.addBlackoutPeriod(admin, null, d("2026-09-01"), d("2026-09-01"), List.of(), BlackoutMode.REFUSE);
        assertThatThrownBy(() -> request(bob, sick, "2026-08-31", "2026-09-02"))
                .isInstanceOf(BlackoutPeriodRefused.class);
        assertThatThrownBy(() -> request(ann, vacation, "2026-09-01", "2026-09-01"))
                .isInstanceOf(BlackoutPeriodRefused.class);
        assertThat(app.settings.blackoutPeriods(ann)).hasSize(1);
    }

    @Test
    void a_require_admin_blackout_keeps_even_an_approval_free_type_pending_for_an_admin_only() {
        app.setup.addBlackoutPeriod(admin, berlin, d("2026-12-14"), d("2026-12-18"), List.of(),
                BlackoutMode.REQUIRE_ADMIN);
        LeaveRequestView vacationRequest = request(ann, vacation, "2026-12-14", "2026-12-15");
        LeaveRequestView sickDay = request(ann, sick, "2026-12-16", "2026-12-16");
        assertThat(sickDay.status()).isEqualTo(LeaveStatus.PENDING);

        assertThatThrownBy(() -> app.workflow.approveLeave(boss, vacationRequest.id(), null))
                .isInstanceOf(Forbidden.class).hasMessageContaining("only an admin");
        assertThatThrownBy(() -> app.workflow.denyLeave(boss, vacationRequest.id(), null))
                .isInstanceOf(Forbidden.class);
        assertThat(app.workflow.approveLeave(admin, vacationRequest.id(), null).status())
                .isEqualTo(LeaveStatus.APPROVED);
        assertThat(app.workflow.denyLeave(admin, sickDay.id(), "handover week").status())
                .isEqualTo(LeaveStatus.DENIED);
        assertThat(app.repository.employee(ann.userId()).leave().get(vacationRequest.id()).decidedBy())
                .isEqualTo(admin.userId());
    }

    @Test
    void only_admins_add_blackouts_and_nonsense_is_refused() {
        assertThatThrownBy(() -> app.setup.addBlackoutPeriod(boss, null, d("2026-12-01"), d("2026-12-02"), List.of(),
                BlackoutMode.REFUSE)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> app.setup.addBlackoutPeriod(admin, null, d("2026-12-02"), d("2026-12-01"),
                List.of(), BlackoutMode.REFUSE)).isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> app.setup.addBlackoutPeriod(admin, "nowhere", d("2026-12-01"), d("2026-12-02"),
                List.of(), BlackoutMode.REFUSE)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> app.setup.addBlackoutPeriod(admin, null, d("2026-12-01"), d("2026-12-02"),
                List.of("no-type"), BlackoutMode.REFUSE)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> app.setup.addBlackoutPeriod(admin, null, d("2028-01-01"), d("2029-01-01"),
                List.of(), BlackoutMode.REFUSE)).isInstanceOf(ValidationError.class).hasMessageContaining("367");
        assertThatThrownBy(() -> app.setup.addBlackoutPeriod(admin, null, d("2026-12-01"), d("2026-12-02"),
                List.of(), null)).isInstanceOf(ValidationError.class);
        assertThat(app.settings.blackoutPeriods(admin)).isEmpty();
    }

    @Test
    void past_leave_recorded_by_an_admin_is_not_subject_to_blackouts() {
        app.setup.addBlackoutPeriod(admin, null, d("2026-03-02"), d("2026-03-06"), List.of(), BlackoutMode.REFUSE);
        assertThat(app.workflow.addPastLeave(admin, ann.userId(), vacation, d("2026-03-02"), d("2026-03-03"),
                HalfDay.NONE, null).status()).isEqualTo(LeaveStatus.APPROVED);
    }
}
