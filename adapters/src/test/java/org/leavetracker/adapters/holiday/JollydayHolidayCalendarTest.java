package org.leavetracker.adapters.holiday;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JollydayHolidayCalendarTest {

    private final JollydayHolidayCalendar calendar = new JollydayHolidayCalendar();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void holidays_and_calendars_are_named_in_the_readers_language() {
        assertThat(calendar.holidays("DE", 2026, Language.EN)).containsEntry(d("2026-01-01"), "New Year's Day");
        assertThat(calendar.holidays("DE", 2026, Language.DE)).containsEntry(d("2026-01-01"), "Neujahr");
        assertThat(calendar.holidays("FR", 2026, Language.FR).get(d("2026-07-14"))).isEqualTo("Fête Nationale");
        assertThat(calendar.holidays("ES", 2026, Language.ES).get(d("2026-01-06"))).isEqualTo("Epifanía del Señor");
        assertThat(calendar.names(Language.DE)).containsEntry("DE", "Deutschland").containsEntry("NONE",
                "Keine gesetzlichen Feiertage");
        assertThat(calendar.names(Language.FR).get("DE-BY")).startsWith("Allemagne – ");
        assertThat(calendar.names()).containsEntry("DE", "Germany");
        assertThat(calendar.names(Language.ES)).containsEntry("DE", "Alemania").containsEntry("ES", "España");
        assertThat(calendar.holidays("ES", 2026, Language.ES).get(d("2026-04-03"))).isEqualTo("Viernes Santo");
    }

    @Test
    void good_friday_and_easter_monday_2026_are_holidays_in_germany() {
        assertThat(calendar.isHoliday("DE", d("2026-04-03"))).isTrue();
        assertThat(calendar.isHoliday("DE", d("2026-04-06"))).isTrue();
        assertThat(calendar.isHoliday("DE", d("2026-04-07"))).isFalse();
    }

    @Test
    void whit_monday_and_14_july_are_holidays_in_france() {
        assertThat(calendar.isHoliday("FR", d("2026-05-25"))).isTrue();
        assertThat(calendar.isHoliday("FR", d("2026-07-14"))).isTrue();
    }

    @Test
    void corpus_christi_is_a_holiday_in_bavaria_but_not_in_berlin() {
        assertThat(calendar.isHoliday("DE-BY", d("2026-06-04"))).isTrue();
        assertThat(calendar.isHoliday("DE-BE", d("2026-06-04"))).isFalse();
        assertThat(calendar.isHoliday("DE-BE", d("2026-04-03"))).as("national holidays apply too").isTrue();
    }

    @Test
    void every_offered_calendar_has_a_name_and_is_supported() {
        assertThat(calendar.names()).containsEntry("DE", "Germany").containsEntry("DE-BE", "Germany – Berlin")
                .containsEntry("NONE", "No public holidays").hasSizeGreaterThan(100);
        assertThat(calendar.names().get("US-NY")).startsWith("United States").endsWith("New York");
        assertThat(calendar.names().keySet()).allMatch(calendar::supports);
    }

    @Test
    void england_and_new_york_have_their_own_holidays() {
        assertThat(calendar.isHoliday("GB-ENG", d("2026-12-25"))).isTrue();
        assertThat(calendar.isHoliday("US-NY", d("2026-07-03"))).as("4 July 2026 is a Saturday: observed Friday")
                .isTrue();
    }

    @Test
    void none_has_no_holidays() {
        assertThat(calendar.supports("NONE")).isTrue();
        assertThat(calendar.holidays("NONE", 2026)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE", "DE-BY", "FR", "GB-ENG", "US-NY", "NONE"})
    void the_spec_examples_are_supported(String code) {
        assertThat(calendar.supports(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "DE-ZZ", "de", "GERMANY", "", "DE-"})
    void unknown_or_malformed_codes_are_not_supported(String code) {
        assertThat(calendar.supports(code)).isFalse();
    }

    @Test
    void a_year_is_computed_once_and_then_served_from_the_cache() {
        assertThat(calendar.holidays("DE", 2026)).isSameAs(calendar.holidays("DE", 2026));
    }
}
