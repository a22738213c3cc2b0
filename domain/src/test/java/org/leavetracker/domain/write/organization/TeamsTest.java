package org.leavetracker.domain.write.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.error.Forbidden;
import org.leavetracker.domain.error.NotFound;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.model.Team;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.write.Caller;

/** SPEC §3.8 teams: dated membership; managers approve their members' leave besides the members' approvers. */
class TeamsTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private final DomainFixture app = new DomainFixture(d("2026-06-15"));
    private final Caller admin = app.newOrganization("Acme", "admin@acme.test");
    private final String berlin = app.location(admin, "Berlin", "DE");
    private final String vacation = app.vacation(admin);
    private final Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);
    private final Caller mia = app.addUser(admin, "mia@acme.test", Role.APPROVER);
    private final Caller bob = app.addUser(admin, "bob@acme.test", Role.APPROVER);

    {
        app.upfrontPolicy(admin, berlin, vacation, d("2020-01-01"), 25);
        for (Caller person : List.of(ann, mia, bob)) {
            app.administration.moveUserToLocation(admin, person.userId(), berlin, d("2026-01-01"));
        }
    }

    private LeaveRequestView request(Caller who, String from) {
        return app.workflow.requestLeave(who, vacation, d(from), d(from), HalfDay.NONE, null, null);
    }

    @Test
    void a_teams_manager_approves_its_members_leave_from_the_day_they_are_in_it() {
        Team web = app.deciders.createTeam(admin, "Web");
        assertThat(app.deciders.createTeam(admin, " web ")).as("the same name answers the team made").isEqualTo(web);
        app.deciders.setTeamManagers(admin, web.id(), List.of(mia.userId()));
        app.administration.moveUserToTeam(admin, ann.userId(), web.id(), d("2026-07-01"));
        app.administration.moveUserToTeam(admin, mia.userId(), web.id(), d("2026-01-01"));

        LeaveRequestView june = request(ann, "2026-06-22");
        LeaveRequestView july = request(ann, "2026-07-06");
        assertThatThrownBy(() -> app.workflow.approveLeave(mia, june.id(), null))
                .as("Ann is not in the team yet on that day").isInstanceOf(Forbidden.class);
        assertThat(app.workflow.approveLeave(mia, july.id(), null).status()).isEqualTo(LeaveStatus.APPROVED);
        assertThat(app.queries.balances(mia, ann.userId(), 2026, null)).as("a manager reads the member's balance")
                .isNotEmpty();
        assertThatThrownBy(() -> app.workflow.approveLeave(bob, june.id(), null)).isInstanceOf(Forbidden.class);

        LeaveRequestView own = request(mia, "2026-07-13");
        assertThatThrownBy(() -> app.workflow.approveLeave(mia, own.id(), null)).isInstanceOf(Forbidden.class);

        app.administration.moveUserToTeam(admin, ann.userId(), null, d("2026-08-01"));
        assertThat(app.queries.me(ann).teamId()).as("today, 15 June, she is in no team yet").isNull();
        LeaveRequestView august = request(ann, "2026-08-10");
        assertThatThrownBy(() -> app.workflow.approveLeave(mia, august.id(), null)).isInstanceOf(Forbidden.class);
    }

    @Test
    void teams_are_renamed_and_managed_by_admins_with_approvers_only() {
        Team web = app.deciders.createTeam(admin, "Web");
        assertThat(app.deciders.renameTeam(admin, web.id(), "Web platform").name()).isEqualTo("Web platform");
        assertThatThrownBy(() -> app.deciders.setTeamManagers(admin, web.id(), List.of(ann.userId())))
                .isInstanceOf(ValidationError.class).hasMessageContaining("approvers or admins");
        assertThatThrownBy(() -> app.deciders.createTeam(ann, "Mine")).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> app.administration.moveUserToTeam(admin, ann.userId(), "nope", d("2026-07-01")))
                .isInstanceOf(NotFound.class);
        int events = app.store.eventCount();
        app.administration.moveUserToTeam(admin, ann.userId(), null, d("2026-07-01"));
        assertThat(app.store.eventCount()).as("leaving no team changes nothing").isEqualTo(events);
    }

    @Test
    void a_team_managers_level_of_a_chain_waits_for_the_requesters_team_managers() {
        Team web = app.deciders.createTeam(admin, "Web");
        app.deciders.setTeamManagers(admin, web.id(), List.of(mia.userId()));
        app.administration.moveUserToTeam(admin, ann.userId(), web.id(), d("2026-01-01"));
        app.setup.setApprovalChain(admin, vacation, List.of(
                new org.leavetracker.domain.model.ApprovalLevel(org.leavetracker.domain.model.ApprovalLevel.Kind.TEAM_MANAGERS, null),
                new org.leavetracker.domain.model.ApprovalLevel(org.leavetracker.domain.model.ApprovalLevel.Kind.ADMINS, null)));

        LeaveRequestView request = request(ann, "2026-07-06");
        assertThatThrownBy(() -> app.workflow.approveLeave(bob, request.id(), null)).isInstanceOf(Forbidden.class)
                .hasMessageContaining("team");
        assertThat(app.workflow.approveLeave(mia, request.id(), null).status()).as("the managers' level passed")
                .isEqualTo(LeaveStatus.PENDING);
        assertThat(app.workflow.approveLeave(admin, request.id(), null).status()).isEqualTo(LeaveStatus.APPROVED);

        // someone in no team: the admins decide the managers' level
        LeaveRequestView bobs = request(bob, "2026-07-13");
        assertThatThrownBy(() -> app.workflow.approveLeave(mia, bobs.id(), null)).isInstanceOf(Forbidden.class)
                .hasMessageContaining("admin");
        assertThat(app.workflow.approveLeave(admin, bobs.id(), null).status()).isEqualTo(LeaveStatus.PENDING);
    }
}
