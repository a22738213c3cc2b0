package org.leavetracker.domain.balance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HalfDayRoundingTest {

    @ParameterizedTest(name = "{0} days round to {1}")
    @CsvSource({
            "22.25, 22.5",
            "22.75, 23",
            "22.74, 22.5",
            "22.24, 22",
            "22.26, 22.5",
            "15.07, 15",
            "21.26, 21.5",
            "0, 0",
            "0.25, 0.5",
            "0.24, 0"})
    void rounds_to_the_nearest_half_day_with_halves_rounding_up(String exact, String expected) {
        // exact = hundredths / 100 days = (2 × hundredths) / 100 halves
        long hundredths = new java.math.BigDecimal(exact).movePointRight(2).longValueExact();
        assertThat(HalfDayRounding.round(2 * hundredths, 100).toString()).isEqualTo(expected);
    }
}
