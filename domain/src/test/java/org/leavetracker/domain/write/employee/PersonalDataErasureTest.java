package org.leavetracker.domain.write.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.error.Forbidden;
import org.leavetracker.domain.error.InvalidStateTransition;
import org.leavetracker.domain.event.OrganizationEvent;
import org.leavetracker.domain.event.PersonEvent;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.ErasedPerson;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.port.PersonalDataKeys;
import org.leavetracker.domain.read.UserProfile;
import org.leavetracker.domain.read.projection.ReadModelProjector;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.testing.InMemoryReadModel;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.CommandRetry;

class PersonalDataErasureTest {

    private final DomainFixture app = new DomainFixture(LocalDate.of(2026, 6, 15));
    private final List<String> destroyed = new ArrayList<>();
    private final PersonalDataKeys keys = destroyed::add;
    private final PersonalDataErasure erasure = new PersonalDataErasure(app.repository, app.holidays, keys,
            Optional.empty(), CommandRetry.standard());
    private final InMemoryReadModel readModel = new InMemoryReadModel();
    private final RetentionPeriod retention = new RetentionPeriod(app.repository, readModel, erasure, keys,
            CommandRetry.standard());
    private final Caller admin = app.newOrganization("Acme", "admin@acme.test");
    private final String berlin = app.location(admin, "Berlin", "DE");
    private final String vacation = app.vacation(admin);
    private final Caller boss = app.addUser(admin, "boss@acme.test", Role.APPROVER);
    private final Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);

    {
        app.upfrontPolicy(admin, berlin, vacation, LocalDate.of(2020, 1, 1), 25);
        app.administration.moveUserToLocation(admin, ann.userId(), berlin, LocalDate.of(2025, 1, 1));
        app.administration.assignApprover(admin, ann.userId(), boss.userId());
    }

    private void annLeavesOn(LocalDate lastDay) {
        app.administration.endEmployment(admin, ann.userId(), lastDay);
    }

    private void project() {
        ReadModelProjector projector = new ReadModelProjector(app.repository, readModel, readModel, app.holidays);
        app.store.allEvents().forEach(projector::project);
    }

    @Test
    void a_leaver_is_erased_by_an_admin_their_key_destroyed_and_their_figures_kept() {
        String request = app.workflow.requestLeave(ann, vacation, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 8),
                HalfDay.NONE, "Knee surgery", null).id();
        app.workflow.approveLeave(boss, request, null);
        annLeavesOn(LocalDate.of(2026, 6, 1));
        List<Balance> before = app.queries.balances(admin, ann.userId(), 2026, LocalDate.of(2026, 6, 15));

        UserProfile erased = erasure.erase(admin, ann.userId());

        assertThat(destroyed).containsExactly(ann.userId());
        assertThat(erased.erased()).isTrue();
        assertThat(erased.name()).isEqualTo(ErasedPerson.NAME);
        assertThat(erased.email()).isEqualTo(ErasedPerson.email(ann.userId()));
        assertThat(app.queries.balances(admin, ann.userId(), 2026, LocalDate.of(2026, 6, 15))).isEqualTo(before);
        RecordedEvent last = app.store.load(ann.userId()).getLast();
        assertThat(last.payload()).isEqualTo(new PersonEvent.PersonalDataErased(false));
        assertThat(last.actorId()).isEqualTo(admin.userId());
    }

    @Test
    void the_address_is_free_for_someone_new_once_its_owner_is_erased() {
        annLeavesOn(LocalDate.of(2026, 6, 1));
        erasure.erase(admin, ann.userId());

        Caller newAnn = app.addUser(admin, "ann@acme.test", Role.MEMBER);

        assertThat(newAnn.userId()).isNotEqualTo(ann.userId());
    }

    @Test
    void someone_still_employed_or_leaving_later_is_refused_and_nothing_is_destroyed() {
        assertThatThrownBy(() -> erasure.erase(admin, ann.userId())).isInstanceOf(InvalidStateTransition.class)
                .hasMessageContaining("still employed");
        annLeavesOn(LocalDate.of(2026, 6, 30));
        assertThatThrownBy(() -> erasure.erase(admin, ann.userId())).isInstanceOf(InvalidStateTransition.class)
                .hasMessageContaining("2026-06-30");
        assertThat(destroyed).isEmpty();
    }

    @Test
    void someone_whose_employment_never_began_may_be_erased() {
        Caller candidate = app.addUser(admin, "cand@acme.test", Role.MEMBER);
        app.administration.moveUserToLocation(admin, candidate.userId(), berlin, LocalDate.of(2026, 9, 1));

        assertThat(erasure.erase(admin, candidate.userId()).erased()).isTrue();
    }

    @Test
    void only_an_admin_erases_and_erasing_again_records_nothing_but_destroys_the_key_again() {
        annLeavesOn(LocalDate.of(2026, 6, 1));
        assertThatThrownBy(() -> erasure.erase(boss, ann.userId())).isInstanceOf(Forbidden.class);
        erasure.erase(admin, ann.userId());
        long version = app.store.load(ann.userId()).size();

        erasure.erase(admin, ann.userId());

        assertThat(app.store.load(ann.userId())).hasSize((int) version);
        assertThat(destroyed).containsExactly(ann.userId(), ann.userId());
    }

    @Test
    void the_retention_period_erases_leavers_that_many_years_after_their_last_day_and_logs_the_run() {
        Caller carl = app.addUser(admin, "carl@acme.test", Role.MEMBER);
        Caller bob = app.addUser(admin, "bob@acme.test", Role.MEMBER);
        app.administration.moveUserToLocation(admin, carl.userId(), berlin, LocalDate.of(2020, 1, 1));
        app.administration.moveUserToLocation(admin, bob.userId(), berlin, LocalDate.of(2020, 1, 1));
        app.administration.endEmployment(admin, carl.userId(), LocalDate.of(2023, 6, 14));
        app.administration.endEmployment(admin, bob.userId(), LocalDate.of(2023, 6, 15));
        app.setup.setRetention(admin, 3);
        project();

        List<String> erased = retention.run(app.repository.employee(admin.userId()).orgId());

        assertThat(erased).as("Bob's third year ends today").containsExactly(carl.userId());
        assertThat(app.repository.employee(carl.userId()).personalData().erased()).isTrue();
        assertThat(app.repository.employee(bob.userId()).personalData().erased()).isFalse();
        RecordedEvent carlErased = app.store.load(carl.userId()).getLast();
        assertThat(carlErased.payload()).isEqualTo(new PersonEvent.PersonalDataErased(true));
        assertThat(carlErased.actorId()).isNull();
        String orgId = app.repository.employee(admin.userId()).orgId();
        assertThat(app.store.load(orgId).getLast().payload())
                .isEqualTo(new OrganizationEvent.LeaversErased(List.of(carl.userId()), 3));
        project();
        assertThat(retention.run(orgId)).as("erased once").isEmpty();
        assertThat(destroyed).containsExactly(carl.userId(), carl.userId()).as("and its key destroyed again");
    }

    @Test
    void without_a_retention_period_no_one_is_erased_and_a_period_out_of_range_is_refused() {
        Caller carl = app.addUser(admin, "carl@acme.test", Role.MEMBER);
        app.administration.moveUserToLocation(admin, carl.userId(), berlin, LocalDate.of(2000, 1, 1));
        app.administration.endEmployment(admin, carl.userId(), LocalDate.of(2001, 1, 1));
        project();
        String orgId = app.repository.employee(admin.userId()).orgId();

        assertThat(retention.run(orgId)).isEmpty();
        assertThatThrownBy(() -> app.setup.setRetention(admin, 0))
                .isInstanceOf(org.leavetracker.domain.error.ValidationError.class);
        assertThat(app.setup.setRetention(admin, null).retentionYears()).isNull();
    }
}
