package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** publicHolidays: what a holiday calendar will not count, for an admin choosing a location's calendar. */
class PublicHolidaysIT extends AgainstTarget {

    private static final String HOLIDAYS = "query($c: String!, $y: Int!) { publicHolidays(holidayCalendar: $c, year: $y) { date name } }";

    @Test
    void a_calendar_s_holidays_of_a_year_in_date_order_and_an_unknown_calendar_refused() {
        Api.Person admin = newCompany("Holidays", "holidays.test");
        List<Map<String, Object>> bavaria = admin.ok(HOLIDAYS, vars("c", "DE-BY", "y", 2027));
        assertThat(bavaria).extracting(h -> h.get("date")).contains("2027-01-01", "2027-01-06", "2027-05-27",
                "2027-12-25").isSorted();
        List<Map<String, Object>> berlin = admin.ok(HOLIDAYS, vars("c", "DE-BE", "y", 2027));
        assertThat(berlin).extracting(h -> h.get("date")).doesNotContain("2027-01-06").contains("2027-03-08");
        assertThat((List<?>) admin.ok(HOLIDAYS, vars("c", "NONE", "y", 2027))).isEmpty();
        assertThat(admin.refused(HOLIDAYS, vars("c", "XX", "y", 2027))).isEqualTo("VALIDATION_ERROR");
        assertThat(admin.refused(HOLIDAYS, vars("c", "DE", "y", 1200))).isEqualTo("VALIDATION_ERROR");
        // signed in, but in no organization yet: refused like every other query
        assertThat(api.signIn("nobody." + System.nanoTime() + "@holidays.test").refused(HOLIDAYS,
                vars("c", "DE", "y", 2027))).isEqualTo("UNAUTHENTICATED");
    }
}
