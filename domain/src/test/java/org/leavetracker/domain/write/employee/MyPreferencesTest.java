package org.leavetracker.domain.write.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.error.Forbidden;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.CommandRetry;

/** A person's own language, and the organization's for everyone who chose none (SPEC §3.11). */
class MyPreferencesTest {

    private final DomainFixture app = new DomainFixture(LocalDate.of(2026, 6, 15));
    private final MyPreferences preferences = new MyPreferences(app.repository, app.holidays, CommandRetry.standard());
    private final Caller admin = app.newOrganization("Acme", "admin@acme.test");
    private final Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);

    @Test
    void a_person_chooses_a_language_by_its_bcp47_tag_and_goes_back_to_the_defaults() {
        assertThat(preferences.update(ann, null, false).language()).as("none chosen yet").isNull();
        assertThat(preferences.update(ann, "de-CH", false).language()).as("German, whatever the region").isEqualTo("de");
        int events = app.store.allEvents().size();
        assertThat(preferences.update(ann, "DE", false).language()).isEqualTo("de");
        assertThat(app.store.allEvents()).as("the same choice again records nothing").hasSize(events);
        assertThat(preferences.update(ann, "fr", true).language()).as("clearLanguage wins").isNull();
        assertThat(app.repository.employee(ann.userId()).language()).isEmpty();
    }

    @Test
    void a_language_the_app_does_not_speak_is_refused_at_its_field_and_changes_nothing() {
        int events = app.store.allEvents().size();
        assertThatThrownBy(() -> preferences.update(ann, "pl", false)).isInstanceOfSatisfying(ValidationError.class,
                e -> {
                    assertThat(e.details()).containsEntry("field", "language");
                    assertThat(e.getMessage()).contains("en, de, fr, es");
                });
        assertThatThrownBy(() -> preferences.update(ann, "  ", false)).isInstanceOf(ValidationError.class);
        assertThat(app.store.allEvents()).hasSize(events);
    }

    @Test
    void only_an_admin_sets_the_organizations_default_language() {
        assertThat(app.setup.updateOrganization(admin, null, "es").defaultLanguage()).isEqualTo("es");
        assertThat(app.setup.updateOrganization(admin, "Acme GmbH", null)).satisfies(o -> {
            assertThat(o.name()).isEqualTo("Acme GmbH");
            assertThat(o.defaultLanguage()).as("unchanged when left out").isEqualTo("es");
        });
        assertThatThrownBy(() -> app.setup.updateOrganization(ann, null, "de")).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> app.setup.updateOrganization(admin, null, "xx"))
                .isInstanceOfSatisfying(ValidationError.class,
                        e -> assertThat(e.details()).containsEntry("field", "defaultLanguage"));
        assertThat(app.repository.organization(app.repository.employee(admin.userId()).orgId()).defaultLanguage()
                .tag()).isEqualTo("es");
    }
}
