package org.leavetracker.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.error.ValidationError;

/**
 * The common refusals of an argument carry the rule they break and its figures (SPEC §3.11), so a client says them in
 * its reader's language instead of showing the English message.
 */
class ValidationRulesTest {

    @Test
    void an_empty_name_is_required() {
        assertThatThrownBy(() -> Text.requiredName("  ", "name")).isInstanceOfSatisfying(ValidationError.class,
                e -> assertThat(e.details()).containsEntry("field", "name").containsEntry("rule", "required"));
    }

    @Test
    void a_text_too_long_says_its_length_and_the_limit() {
        assertThatThrownBy(() -> Text.optionalNote("x".repeat(Text.NOTE_MAX + 1), "reason"))
                .isInstanceOfSatisfying(ValidationError.class, e -> assertThat(e.details())
                        .containsEntry("field", "reason").containsEntry("rule", "tooLong")
                        .containsEntry("length", Text.NOTE_MAX + 1).containsEntry("limit", Text.NOTE_MAX));
    }

    @Test
    void days_come_in_halves_and_dates_within_the_window() {
        assertThatThrownBy(() -> Days.ofDecimal(1.3, "days")).isInstanceOfSatisfying(ValidationError.class,
                e -> assertThat(e.details()).containsEntry("rule", "halfDays").containsEntry("field", "days"));
        assertThatThrownBy(() -> DateWindow.require(LocalDate.of(1800, 1, 1), "startDate"))
                .isInstanceOfSatisfying(ValidationError.class, e -> assertThat(e.details())
                        .containsEntry("rule", "dateWindow").containsEntry("earliest", DateWindow.EARLIEST.toString())
                        .containsEntry("latest", DateWindow.LATEST.toString()));
    }
}
