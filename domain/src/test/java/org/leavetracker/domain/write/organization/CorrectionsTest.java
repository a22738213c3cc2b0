package org.leavetracker.domain.write.organization;

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
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.CommandRetry;
import org.leavetracker.domain.write.employee.CallerResolver;
import org.leavetracker.domain.write.employee.Identity;

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
            app.administration.moveUserToLocation(admin, ann.userId(), berlin, d("2026-01-01"));
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
        assertThat(corrected.app.repository.history(corrected.app.repository.employee(corrected.admin.userId())
                .orgId()))
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
        int events = c.app.store.eventCount();
        assertThat(c.app.setup.removeHoliday(c.admin, c.berlin, d("2026-06-19")).customHolidays()).isEmpty();
        assertThat(c.app.store.eventCount()).as("a repeated removal writes nothing").isEqualTo(events);
    }

    @Test
    void a_removed_blackout_refuses_nothing_from_then_on() {
        Company c = new Company();
        var blackout = c.app.setup.addBlackoutPeriod(c.admin, c.berlin, d("2026-12-14"), d("2026-12-18"),
                List.of(c.vacation), BlackoutMode.REFUSE);
        assertThatThrownBy(() -> c.request("2026-12-15", "2026-12-15")).isInstanceOf(BlackoutPeriodRefused.class);
        assertThatThrownBy(() -> c.app.setup.removeBlackoutPeriod(c.ann, blackout.id())).isInstanceOf(Forbidden.class);

        assertThat(c.app.setup.removeBlackoutPeriod(c.admin, blackout.id())).isEqualTo(blackout);
        assertThat(c.app.settings.blackoutPeriods(c.admin)).isEmpty();
        assertThat(c.request("2026-12-15", "2026-12-15").status()).isEqualTo(LeaveStatus.PENDING);
        int events = c.app.store.eventCount();
        assertThat(c.app.setup.removeBlackoutPeriod(c.admin, blackout.id())).isEqualTo(blackout);
        assertThat(c.app.store.eventCount()).as("a repeated removal writes nothing").isEqualTo(events);
        assertThatThrownBy(() -> c.app.setup.removeBlackoutPeriod(c.admin, "never")).isInstanceOf(NotFound.class);
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
        c.app.administration.assignApprover(c.admin, c.ann.userId(), bob.userId());
        LeaveRequestView pending = c.request("2026-07-06", "2026-07-07");

        assertThat(c.app.administration.removeApprover(c.admin, c.ann.userId(), bob.userId()).approverIds()).isEmpty();
        assertThatThrownBy(() -> c.app.workflow.approveLeave(bob, pending.id(), null)).isInstanceOf(Forbidden.class);
        assertThat(c.app.workflow.approveLeave(c.admin, pending.id(), null).status()).isEqualTo(LeaveStatus.APPROVED);
        int events = c.app.store.eventCount();
        assertThat(c.app.administration.removeApprover(c.admin, c.ann.userId(), bob.userId()).approverIds()).isEmpty();
        assertThat(c.app.store.eventCount()).as("a repeated removal writes nothing").isEqualTo(events);
        assertThatThrownBy(() -> c.app.administration.removeApprover(c.admin, c.ann.userId(), c.admin.userId()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> c.app.administration.removeApprover(c.ann, c.ann.userId(), bob.userId()))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void a_location_is_corrected_and_a_new_calendar_recounts_its_days() {
        Company c = new Company();
        LeaveRequestView request = c.request("2026-10-02", "2026-10-05"); // Fri .. Mon around 3 Oct (a Saturday)
        assertThat(request.days()).hasToString("2");
        var renamed = c.app.setup.updateLocation(c.admin, c.berlin, "Berlin HQ", "Europe/Paris", null);
        assertThat(renamed.name()).isEqualTo("Berlin HQ");
        assertThat(renamed.timeZone().getId()).isEqualTo("Europe/Paris");
        assertThat(renamed.holidayCalendar()).isEqualTo("DE");
        int events = c.app.store.eventCount();
        c.app.setup.updateLocation(c.admin, c.berlin, "Berlin HQ", null, null);
        assertThat(c.app.store.eventCount()).as("the same values again change nothing").isEqualTo(events);
        String munich = c.app.location(c.admin, "Munich", "DE");
        assertThatThrownBy(() -> c.app.setup.updateLocation(c.admin, munich, "berlin hq", null, null))
                .isInstanceOf(org.leavetracker.domain.error.Conflict.class);
        assertThatThrownBy(() -> c.app.setup.updateLocation(c.admin, c.berlin, null, "Mars/Base", null))
                .isInstanceOf(org.leavetracker.domain.error.ValidationError.class);
        assertThatThrownBy(() -> c.app.setup.updateLocation(c.admin, c.berlin, null, null, "XX-NOPE"))
                .isInstanceOf(org.leavetracker.domain.error.ValidationError.class);
        assertThatThrownBy(() -> c.app.setup.updateLocation(c.ann, c.berlin, "Mine", null, null))
                .isInstanceOf(Forbidden.class);

        // Easter Monday 6 April 2026 is a holiday in DE; with NONE it counts
        LeaveRequestView whit = c.request("2026-04-06", "2026-04-07");
        assertThat(whit.days()).hasToString("1");
        c.app.setup.updateLocation(c.admin, c.berlin, null, null, "NONE");
        assertThat(c.app.queries.leaveRequests(c.ann, null)).filteredOn(r -> r.id().equals(whit.id())).singleElement()
                .satisfies(r -> assertThat(r.days()).hasToString("2"));
    }

    @Test
    void a_location_working_week_is_dated_and_a_persons_own_week_still_wins() {
        Company c = new Company();
        LeaveRequestView july = c.request("2026-07-06", "2026-07-10");
        assertThat(july.days()).hasToString("5");
        var location = c.app.setup.setLocationWorkingWeek(c.admin, c.berlin,
                List.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.WEDNESDAY,
                        java.time.DayOfWeek.THURSDAY), d("2026-07-01"), null, null);
        assertThat(location.workingWeekOn(d("2026-06-30")).days()).hasSize(5);
        assertThat(location.workingWeekOn(d("2026-07-01")).days()).hasSize(4);
        assertThat(c.app.queries.leaveRequests(c.ann, null)).singleElement()
                .satisfies(r -> assertThat(r.days()).hasToString("4"));
        c.app.administration.setWorkingWeek(c.admin, c.ann.userId(), List.of(java.time.DayOfWeek.MONDAY),
                d("2026-01-01"));
        assertThat(c.app.queries.leaveRequests(c.ann, null)).singleElement()
                .satisfies(r -> assertThat(r.days()).hasToString("1"));
        assertThatThrownBy(() -> c.app.setup.setLocationWorkingWeek(c.admin, c.berlin, List.of(), d("2026-07-01"),
                null, null)).isInstanceOf(org.leavetracker.domain.error.ValidationError.class);
    }

    @Test
    void an_archived_location_takes_no_one_new_and_keeps_its_people() {
        Company c = new Company();
        c.request("2026-07-06", "2026-07-07");
        Object before = c.figures();
        assertThat(c.app.setup.archiveLocation(c.admin, c.berlin).archived()).isTrue();
        assertThat(c.figures()).isEqualTo(before);
        Caller bob = c.app.addUser(c.admin, "bob@acme.test", Role.MEMBER);
        assertThatThrownBy(() -> c.app.administration.moveUserToLocation(c.admin, bob.userId(), c.berlin,
                d("2026-07-01")))
                .isInstanceOf(org.leavetracker.domain.error.ValidationError.class).hasMessageContaining("archived");
        int events = c.app.store.eventCount();
        c.app.setup.archiveLocation(c.admin, c.berlin);
        assertThat(c.app.store.eventCount()).as("archiving twice writes nothing new").isEqualTo(events);
        assertThat(c.request("2026-08-03", "2026-08-03").status()).isEqualTo(LeaveStatus.PENDING);
    }

    @Test
    void a_leave_type_is_renamed_for_new_requests_and_an_archived_one_takes_none() {
        Company c = new Company();
        c.request("2026-07-06", "2026-07-07");
        Object before = c.figures();
        var type = c.app.setup.updateLeaveType(c.admin, c.vacation, "Annual leave", false, null);
        assertThat(type.name()).isEqualTo("Annual leave");
        assertThat(type.requiresApproval()).isFalse();
        assertThat(type.allowHalfDays()).as("unchanged when not given").isTrue();
        assertThat(c.figures()).isEqualTo(before);
        assertThat(c.request("2026-08-03", "2026-08-03").status()).as("no approval from now on")
                .isEqualTo(LeaveStatus.APPROVED);

        Object beforeArchive = c.figures();
        assertThat(c.app.setup.archiveLeaveType(c.admin, c.vacation).archived()).isTrue();
        assertThat(c.figures()).isEqualTo(beforeArchive);
        assertThatThrownBy(() -> c.request("2026-09-07", "2026-09-07"))
                .isInstanceOf(org.leavetracker.domain.error.ValidationError.class).hasMessageContaining("archived");
        assertThatThrownBy(() -> c.app.setup.updateLeaveType(c.ann, c.vacation, "Mine", null, null))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void a_removed_policy_recomputes_as_if_never_set_and_a_repeat_writes_nothing() {
        Company corrected = new Company();
        Company untouched = new Company();
        corrected.request("2026-07-06", "2026-07-07");
        untouched.request("2026-07-06", "2026-07-07");
        var set = corrected.app.setup.setLeavePolicy(corrected.admin, corrected.berlin, corrected.vacation,
                d("2026-04-01"), org.leavetracker.domain.model.Days.of(30),
                        org.leavetracker.domain.model.Accrual.UPFRONT,
                null, null, null);
        assertThat(corrected.figures()).isNotEqualTo(untouched.figures());
        assertThat(corrected.app.setup.removeLeavePolicy(corrected.admin, corrected.berlin, corrected.vacation,
                d("2026-04-01"))).isEqualTo(set);
        assertThat(corrected.figures()).isEqualTo(untouched.figures());
        int events = corrected.app.store.eventCount();
        assertThat(corrected.app.setup.removeLeavePolicy(corrected.admin, corrected.berlin, corrected.vacation,
                d("2026-04-01"))).isEqualTo(set);
        assertThat(corrected.app.store.eventCount()).isEqualTo(events);
        assertThatThrownBy(() -> corrected.app.setup.removeLeavePolicy(corrected.admin, corrected.berlin,
                corrected.vacation, d("2026-04-02"))).isInstanceOf(NotFound.class);
    }

    @Test
    void a_persons_name_and_email_are_corrected_and_the_old_address_no_longer_signs_in() {
        Company c = new Company();
        var updated = c.app.administration.updateUser(c.admin, c.ann.userId(), "Ann Smith", "ann.smith@acme.test");
        assertThat(updated.name()).isEqualTo("Ann Smith");
        assertThat(updated.email()).isEqualTo("ann.smith@acme.test");
        CallerResolver resolver = new CallerResolver(c.app.repository, new CommandRetry(3, 1));
        assertThat(resolver.resolve(new Identity("sub-old", org.leavetracker.domain.model.Email.of("ann@acme.test"),
                "Ann"), null)).as("the old address is nobody's now").isEmpty();
        assertThat(resolver.resolve(new Identity("sub-new", org.leavetracker.domain.model.Email.of(
                "ANN.SMITH@acme.test"), "Ann"), null)).hasValueSatisfying(caller ->
                assertThat(caller.userId()).isEqualTo(c.ann.userId()));
        Caller bob = c.app.addUser(c.admin, "bob@acme.test", Role.MEMBER);
        assertThatThrownBy(() -> c.app.administration.updateUser(c.admin, bob.userId(), null, "ann.smith@acme.test"))
                .isInstanceOf(org.leavetracker.domain.error.Conflict.class);
        assertThatThrownBy(() -> c.app.administration.updateUser(c.admin, bob.userId(), null, "ann@acme.test"))
                .as("an address once held stays with its person")
                        .isInstanceOf(org.leavetracker.domain.error.Conflict.class);
        assertThat(c.app.administration.updateUser(c.admin, c.ann.userId(), null, "ann@acme.test").email())
                .as("the person may have their old address back").isEqualTo("ann@acme.test");
        // Ann is bound to sub-new now: a changed address does not hand her account to anyone else
        c.app.administration.updateUser(c.admin, c.ann.userId(), null, "someone.else@acme.test");
        assertThat(resolver.resolve(new Identity("sub-new", org.leavetracker.domain.model.Email.of("ann@acme.test"),
                "Ann"), null)).hasValueSatisfying(caller -> assertThat(caller.userId()).isEqualTo(c.ann.userId()));
        assertThat(resolver.resolve(new Identity("sub-other", org.leavetracker.domain.model.Email.of(
                "someone.else@acme.test"), "Eve"), null)).isEmpty();
        assertThatThrownBy(() -> c.app.administration.updateUser(c.ann, c.ann.userId(), "Me", null))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void an_approver_takes_back_a_substitution() {
        Company c = new Company();
        Caller bob = c.app.addUser(c.admin, "bob@acme.test", Role.APPROVER);
        Caller cy = c.app.addUser(c.admin, "cy@acme.test", Role.APPROVER);
        c.app.administration.assignApprover(c.admin, c.ann.userId(), bob.userId());
        c.app.workflow.setSubstitute(bob, cy.userId(), d("2026-06-01"), d("2026-06-30"));
        LeaveRequestView pending = c.request("2026-07-06", "2026-07-07");
        c.app.workflow.removeSubstitute(bob, d("2026-06-01"), null);
        assertThatThrownBy(() -> c.app.workflow.approveLeave(cy, pending.id(), null)).isInstanceOf(Forbidden.class);
        int events = c.app.store.eventCount();
        c.app.workflow.removeSubstitute(bob, d("2026-06-01"), null);
        assertThat(c.app.store.eventCount()).isEqualTo(events);
        assertThatThrownBy(() -> c.app.workflow.removeSubstitute(bob, d("2026-05-01"), null))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> c.app.workflow.removeSubstitute(cy, d("2026-06-01"), bob.userId()))
                .as("only an admin takes back someone else's").isInstanceOf(Forbidden.class);
        c.app.workflow.setSubstitute(bob, cy.userId(), d("2026-06-10"), d("2026-06-20"));
        c.app.workflow.removeSubstitute(c.admin, d("2026-06-10"), bob.userId());
        assertThat(c.app.repository.employee(bob.userId()).approvers().substitutions()).isEmpty();
    }

    @Test
    void an_approver_group_is_removed_only_when_no_chain_names_it() {
        Company c = new Company();
        Caller bob = c.app.addUser(c.admin, "bob@acme.test", Role.APPROVER);
        var hr = c.app.deciders.setApproverGroup(c.admin, "HR", List.of(bob.userId()));
        c.app.setup.setApprovalChain(c.admin, c.vacation, List.of(new org.leavetracker.domain.model.ApprovalLevel(
                org.leavetracker.domain.model.ApprovalLevel.Kind.GROUP, hr.id())));
        LeaveRequestView pending = c.request("2026-07-06", "2026-07-07");
        assertThatThrownBy(() -> c.app.deciders.removeApproverGroup(c.admin, hr.id()))
                .isInstanceOf(org.leavetracker.domain.error.ValidationError.class).hasMessageContaining("Vacation");
        c.app.setup.setApprovalChain(c.admin, c.vacation, List.of());
        assertThat(c.app.deciders.removeApproverGroup(c.admin, hr.id())).isEqualTo(hr);
        assertThat(c.app.settings.approverGroups(c.admin)).isEmpty();
        assertThat(c.app.deciders.removeApproverGroup(c.admin, hr.id())).as("a repeat answers the same").isEqualTo(hr);
        // the request made while the chain named HR is the admins' to decide now
        assertThatThrownBy(() -> c.app.workflow.approveLeave(bob, pending.id(), null))
                .isInstanceOf(Forbidden.class).hasMessageContaining("removed");
        assertThat(c.app.workflow.approveLeave(c.admin, pending.id(), null).status()).isEqualTo(LeaveStatus.APPROVED);
    }
}
