package org.leavetracker.domain.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.error.BlackoutPeriodRefused;
import org.leavetracker.domain.error.Forbidden;
import org.leavetracker.domain.error.NotFound;
import org.leavetracker.domain.model.BlackoutMode;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.testing.DomainFixture;

/** SPEC §4 "Corrections": a holiday or blackout added and then removed leaves every figure as if never added. */
class CorrectionsTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** Ann in Berlin with 20 days, and a request Thu 18 .. Fri 19 June 2026. */
    private static final class Company {
        final DomainFixture app = new DomainFixture(d("2026-06-15"));
        final Caller admin = app.newOrganization("Acme", "admin@acme.test");
        final String berlin = app.location(admin, "Berlin", "DE");
        final String vacation = app.vacation(admin);
        final Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);

        Company() {
            app.upfrontPolicy(admin, berlin, vacation, d("2020-01-01"), 20);
            app.admin.moveUserToLocation(admin, ann.userId(), berlin, d("2026-01-01"));
        }

        LeaveRequestView request(String from, String to) {
            return app.workflow.requestLeave(ann, vacation, d(from), d(to), HalfDay.NONE, null, null);
        }

        Object figures() {
            return List.of(app.queries.leaveRequests(ann, null).stream().map(r -> r.startDate() + ":" + r.days()
                    + ":" + r.status()).toList(), app.queries.balances(ann, null, 2026, d("2026-12-31")));
        }
    }

    @Test
    void a_custom_holiday_added_and_removed_leaves_every_figure_as_if_never_added() {
        Company corrected = new Company();
        Company untouched = new Company();
        corrected.app.setup.addHoliday(corrected.admin, corrected.berlin, d("2026-06-19"), "Summer party");
        corrected.request("2026-06-18", "2026-06-19");
        untouched.request("2026-06-18", "2026-06-19");
        assertThat(corrected.app.queries.leaveRequests(corrected.ann, null)).singleElement()
                .satisfies(r -> assertThat(r.days()).hasToString("1"));

        var location = corrected.app.setup.removeHoliday(corrected.admin, corrected.berlin, d("2026-06-19"));
        assertThat(location.customHolidays()).isEmpty();
        assertThat(corrected.app.queries.leaveRequests(corrected.ann, null)).singleElement()
                .satisfies(r -> assertThat(r.days()).hasToString("2"));
        assertThat(corrected.figures()).isEqualTo(untouched.figures());
        assertThat(corrected.app.repository.history(corrected.app.repository.employee(corrected.admin.userId()).orgId()))
                .extracting(e -> e.type()).containsSubsequence("HolidayAdded", "HolidayRemoved");
    }

    @Test
    void only_an_admin_removes_and_only_what_is_there() {
        Company c = new Company();
        c.app.setup.addHoliday(c.admin, c.berlin, d("2026-06-19"), "Summer party");
        assertThatThrownBy(() -> c.app.setup.removeHoliday(c.ann, c.berlin, d("2026-06-19")))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> c.app.setup.removeHoliday(c.admin, c.berlin, d("2026-10-03")))
                .isInstanceOf(NotFound.class).hasMessageContaining("public holidays come from its holiday calendar");
        assertThatThrownBy(() -> c.app.setup.removeHoliday(c.admin, "nowhere", d("2026-06-19")))
                .isInstanceOf(NotFound.class);
        c.app.setup.removeHoliday(c.admin, c.berlin, d("2026-06-19"));
        assertThatThrownBy(() -> c.app.setup.removeHoliday(c.admin, c.berlin, d("2026-06-19")))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void a_removed_blackout_refuses_nothing_from_then_on() {
        Company c = new Company();
        var blackout = c.app.setup.addBlackoutPeriod(c.admin, c.berlin, d("2026-12-14"), d("2026-12-18"),
                List.of(c.vacation), BlackoutMode.REFUSE);
        assertThatThrownBy(() -> c.request("2026-12-15", "2026-12-15")).isInstanceOf(BlackoutPeriodRefused.class);
        assertThatThrownBy(() -> c.app.setup.removeBlackoutPeriod(c.ann, blackout.id())).isInstanceOf(Forbidden.class);

        assertThat(c.app.setup.removeBlackoutPeriod(c.admin, blackout.id())).isEqualTo(blackout);
        assertThat(c.app.setup.blackoutPeriods(c.admin)).isEmpty();
        assertThat(c.request("2026-12-15", "2026-12-15").status()).isEqualTo(LeaveStatus.PENDING);
        assertThatThrownBy(() -> c.app.setup.removeBlackoutPeriod(c.admin, blackout.id()))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void an_organization_is_renamed_by_an_admin_only() {
        Company c = new Company();
        assertThat(c.app.setup.updateOrganization(c.admin, "  Acme GmbH ").name()).isEqualTo("Acme GmbH");
        assertThat(c.app.queries.organization(c.ann).name()).isEqualTo("Acme GmbH");
        int events = c.app.store.eventCount();
        c.app.setup.updateOrganization(c.admin, "Acme GmbH");
        assertThat(c.app.store.eventCount()).as("the same name again changes nothing").isEqualTo(events);
        assertThatThrownBy(() -> c.app.setup.updateOrganization(c.ann, "Ann Inc")).isInstanceOf(Forbidden.class);
    }

    @Test
    void a_removed_approver_no_longer_decides_and_the_admins_take_over() {
        Company c = new Company();
        Caller bob = c.app.addUser(c.admin, "bob@acme.test", Role.APPROVER);
        c.app.admin.assignApprover(c.admin, c.ann.userId(), bob.userId());
        LeaveRequestView pending = c.request("2026-07-06", "2026-07-07");

        assertThat(c.app.admin.removeApprover(c.admin, c.ann.userId(), bob.userId()).approverIds()).isEmpty();
        assertThatThrownBy(() -> c.app.workflow.approveLeave(bob, pending.id(), null)).isInstanceOf(Forbidden.class);
        assertThat(c.app.workflow.approveLeave(c.admin, pending.id(), null).status()).isEqualTo(LeaveStatus.APPROVED);
        assertThatThrownBy(() -> c.app.admin.removeApprover(c.admin, c.ann.userId(), bob.userId()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> c.app.admin.removeApprover(c.ann, c.ann.userId(), bob.userId()))
                .isInstanceOf(Forbidden.class);
    }
}
