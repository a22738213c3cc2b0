package org.leavetracker.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.leavetracker.domain.error.ValidationError;

/** One limit for every range a caller names: requests, blackouts, substitutions, team calendars, reports. */
class DateRangeTest {

    @Property(tries = 300)
    void a_named_range_is_accepted_exactly_when_it_spans_at_most_366_days(
            @ForAll @IntRange(min = 0, max = 3_000) int startOffset, @ForAll @IntRange(min = 1, max = 800) int days) {
        LocalDate from = LocalDate.of(2024, 1, 1).plusDays(startOffset);
        LocalDate to = from.plusDays(days - 1);
        if (days <= 366) {
            assertThat(DateRange.bounded(from, to, "x").lengthInDays()).isEqualTo(days);
        } else {
            assertThatThrownBy(() -> DateRange.bounded(from, to, "teamCalendar"))
                    .isInstanceOf(ValidationError.class)
                    .hasMessageContaining("teamCalendar spans at most 366 days (got " + days + ")");
        }
    }

    @Test
    void a_whole_leap_year_fits_and_one_day_more_does_not() {
        assertThat(DateRange.bounded(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31), "a report"))
                .isEqualTo(DateRange.year(2028));
        assertThatThrownBy(() -> DateRange.bounded(LocalDate.of(2028, 1, 1), LocalDate.of(2029, 1, 1), "a report"))
                .isInstanceOf(ValidationError.class);
    }

    @Test
    void missing_or_reversed_ends_are_refused_naming_what_was_asked() {
        LocalDate day = LocalDate.of(2026, 5, 4);
        assertThatThrownBy(() -> DateRange.bounded(null, day, "a blackout period"))
                .isInstanceOf(ValidationError.class).hasMessageStartingWith("a blackout period needs from <= to");
        assertThatThrownBy(() -> DateRange.bounded(day, null, "a substitution"))
                .isInstanceOf(ValidationError.class).hasMessageStartingWith("a substitution needs from <= to");
        assertThatThrownBy(() -> DateRange.bounded(day, day.minusDays(1), "teamCalendar"))
                .isInstanceOf(ValidationError.class).hasMessageContaining(day + " .. " + day.minusDays(1));
        assertThat(DateRange.bounded(day, day, "teamCalendar").isSingleDay()).isTrue();
    }
}
