package org.leavetracker.domain.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.error.Conflict;
import org.leavetracker.domain.error.Forbidden;
import org.leavetracker.domain.error.Unauthenticated;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.read.UserProfile;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.write.Caller;

class PeopleProvisioningTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private final DomainFixture app = new DomainFixture(TODAY);
    private final Caller admin = app.newOrganization("Acme", "admin@acme.test");
    private final String berlin = app.location(admin, "Berlin", "DE");
    private final String vacation = app.vacation(admin);

    {
        app.upfrontPolicy(admin, berlin, vacation, LocalDate.of(2020, 1, 1), 24);
        app.provisioning.setProvisioningSettings(admin, new ProvisioningSettings(berlin, null, null, true));
    }

    private Caller agent() {
        String credential = app.provisioning.createScimToken(admin, "Okta").credential();
        return app.provisioning.authenticate(credential, null).orElseThrow(); // a command id of its own for each command
    }

    private static ProvisionedPerson person(String email, String name) {
        return new ProvisionedPerson(email, name, true, AttributeChange.kept(), AttributeChange.kept(),
                AttributeChange.kept());
    }

    @Test
    void a_created_person_works_at_the_default_location_from_today_with_the_provider_as_actor() {
        Caller okta = agent();
        UserProfile ann = app.people.create(okta, person("ann@acme.test", "Ann Lee"));

        assertThat(ann.role()).isEqualTo(Role.MEMBER);
        assertThat(ann.locationId()).isEqualTo(berlin);
        assertThat(app.repository.history(ann.id())).extracting(RecordedEvent::actorId).containsOnly(okta.userId());
        // joined on 15 June: 24 × 200/365 days of the year, rounded once to the half day
        assertThat(app.queries.balances(admin, ann.id(), 2026, TODAY).getFirst().allowance())
                .isEqualTo(Days.ofDecimal(13, "d"));
    }

    @Test
    void an_email_already_in_the_organization_is_a_conflict_never_a_second_person() {
        String bob = app.addUser(admin, "bob@acme.test", Role.MEMBER).userId();
        Caller okta = agent();
        long events = app.store.eventCount();
        assertThatThrownBy(() -> app.people.create(okta, person("BOB@acme.test", "Bob"))).isInstanceOf(Conflict.class);
        assertThat(app.store.eventCount()).isEqualTo(events);
        assertThat(app.store.ownerOf("email#bob@acme.test")).contains(bob);
    }

    @Test
    void deactivation_ends_employment_today_and_prorates_as_end_employment_does_and_reactivation_undoes_it() {
        Caller okta = agent();
        String ann = app.people.create(okta, person("ann@acme.test", "Ann")).id();
        String bob = app.people.create(okta, person("bob@acme.test", "Bob")).id();
        LocalDate lastDay = LocalDate.of(2026, 9, 30);
        app.clock.set(lastDay);
        app.administration.endEmployment(admin, bob, lastDay);

        UserProfile ended = app.people.replace(okta, ann, new ProvisionedPerson(null, null, false,
                AttributeChange.kept(), AttributeChange.kept(), AttributeChange.kept()));
        assertThat(ended.employmentEndsOn()).as("today, where they work").isEqualTo(lastDay);
        Balance annsFinal = app.queries.balances(admin, ann, 2026, lastDay).getFirst();
        Balance bobsFinal = app.queries.balances(admin, bob, 2026, lastDay).getFirst();
        // 15 June to 30 September: 24 × 108/365 = 7.1, rounded once to 7
        assertThat(annsFinal.allowance()).isEqualTo(Days.of(7));
        assertThat(annsFinal).usingRecursiveComparison().ignoringFields("userId").isEqualTo(bobsFinal);

        UserProfile back = app.people.replace(okta, ann, person(null, null));
        assertThat(back.employmentEndsOn()).isNull();
        assertThat(app.people.replace(okta, ann, person(null, null))).as("a repeat changes nothing").isEqualTo(back);
    }

    @Test
    void department_becomes_the_team_and_manager_the_first_approver_promoted_to_approver() {
        Caller okta = agent();
        String mia = app.people.create(okta, person("mia@acme.test", "Mia")).id();
        String ann = app.people.create(okta, person("ann@acme.test", "Ann")).id();

        UserProfile placed = app.people.replace(okta, ann, new ProvisionedPerson(null, "Ann Lee", null,
                AttributeChange.of("Engineering"), AttributeChange.of(mia), AttributeChange.kept()));
        assertThat(placed.name()).isEqualTo("Ann Lee");
        assertThat(placed.approverIds()).containsExactly(mia);
        assertThat(app.repository.organization(app.repository.employee(ann).orgId()).teams().all()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("Engineering");
            assertThat(t.id()).isEqualTo(placed.teamId());
        });
        assertThat(app.repository.employee(mia).role()).isEqualTo(Role.APPROVER);

        UserProfile cleared = app.people.replace(okta, ann, new ProvisionedPerson(null, null, null,
                AttributeChange.cleared(), AttributeChange.cleared(), AttributeChange.kept()));
        assertThat(cleared.teamId()).isNull();
        assertThat(cleared.approverIds()).isEmpty();
    }

    @Test
    void without_a_default_the_only_location_places_a_new_person_and_with_two_nobody_is_created_unplaced() {
        app.provisioning.setProvisioningSettings(admin, new ProvisioningSettings(null, null, null, true));
        Caller okta = agent();
        assertThat(app.people.create(okta, person("ann@acme.test", "Ann")).locationId()).isEqualTo(berlin);

        app.location(admin, "Paris", "FR");
        assertThatThrownBy(() -> app.people.create(okta, person("bob@acme.test", "Bob")))
                .isInstanceOfSatisfying(ValidationError.class, e -> assertThat(e.details())
                        .containsEntry("field", "location"));
        assertThat(app.people.findByUserName(okta, "bob@acme.test")).isEmpty();
    }

    @Test
    void a_location_attribute_names_a_location_and_an_unknown_one_is_refused_at_the_field() {
        String paris = app.location(admin, "Paris", "FR");
        Caller okta = agent();
        UserProfile ann = app.people.create(okta, new ProvisionedPerson("ann@acme.test", "Ann", true,
                AttributeChange.kept(), AttributeChange.kept(), AttributeChange.of("paris")));
        assertThat(ann.locationId()).isEqualTo(paris);
        assertThatThrownBy(() -> app.people.replace(okta, ann.id(), new ProvisionedPerson(null, null, null,
                AttributeChange.kept(), AttributeChange.kept(), AttributeChange.of("Atlantis"))))
                .isInstanceOfSatisfying(ValidationError.class, e -> assertThat(e.details())
                        .containsEntry("field", "location"));
    }

    @Test
    void a_mapped_start_date_is_the_first_day_its_allowance_is_prorated_from_and_a_date_time_counts_by_its_date() {
        Caller okta = agent();
        UserProfile ann = app.people.create(okta, new ProvisionedPerson("ann@acme.test", "Ann", true,
                AttributeChange.kept(), AttributeChange.kept(), AttributeChange.kept(), "2026-09-01T00:00:00Z"));
        // pushed on 15 June ahead of a 1 September start: not yet anywhere, and the year counts from September
        assertThat(ann.locationId()).isNull();
        assertThat(app.repository.employee(ann.id()).employment().locations().on(LocalDate.of(2026, 9, 1)))
                .contains(berlin);
        // 24 × 122/365 days, rounded once to the half day
        assertThat(app.queries.balances(admin, ann.id(), 2026, TODAY).getFirst().allowance())
                .isEqualTo(Days.ofDecimal(8, "d"));

        UserProfile bob = app.people.create(okta, new ProvisionedPerson("bob@acme.test", "Bob", true,
                AttributeChange.kept(), AttributeChange.kept(), AttributeChange.kept(), "2026-03-02"));
        assertThat(bob.locationId()).isEqualTo(berlin);
        assertThatThrownBy(() -> app.people.create(okta, new ProvisionedPerson("cy@acme.test", "Cy", true,
                AttributeChange.kept(), AttributeChange.kept(), AttributeChange.kept(), "next Monday")))
                .isInstanceOfSatisfying(ValidationError.class, e -> assertThat(e.details())
                        .containsEntry("field", "startDate"));
        assertThat(app.repository.ownerOf("email#cy@acme.test")).isEmpty();
    }

    @Test
    void a_revoked_or_forged_token_reaches_nothing_and_a_token_only_its_own_organization() {
        String credential = app.provisioning.createScimToken(admin, "Okta").credential();
        Caller okta = app.provisioning.authenticate(credential, null).orElseThrow();
        Caller other = app.newOrganization("Globex", "admin@globex.test");
        String bobOfGlobex = app.addUser(other, "bob@globex.test", Role.MEMBER).userId();

        assertThatThrownBy(() -> app.people.replace(okta, bobOfGlobex, person(null, "Robert")))
                .hasMessageContaining("no user with id");
        assertThat(app.provisioning.authenticate(credential.substring(0, credential.length() - 1) + "x", "r")).isEmpty();
        assertThat(app.provisioning.authenticate("scim.nothing.at.all", "r")).isEmpty();
        assertThatThrownBy(() -> app.provisioning.createScimToken(okta, "mine")).isInstanceOf(Forbidden.class);

        app.provisioning.revokeScimToken(admin, app.provisioning.scimTokens(admin).getFirst().id());
        assertThat(app.provisioning.authenticate(credential, "r")).isEmpty();
        assertThatThrownBy(() -> app.people.create(okta, person("eve@acme.test", "Eve")))
                .isInstanceOf(Unauthenticated.class);
    }
}
