package org.leavetracker.domain.port;

import java.time.LocalDate;
import java.util.Map;

import org.leavetracker.domain.model.Language;

/** Public holidays by calendar code: ISO 3166-1 country, optional ISO 3166-2 subdivision ({@code DE-BY}), or NONE. */
public interface HolidayCalendar {

    String NONE = "NONE";

    boolean supports(String calendarCode);

    /** The public holidays of one year, by date, with their names. */
    Map<LocalDate, String> holidays(String calendarCode, int year);

    /** The same holidays named in a language, where the calendar knows their names in it (else as above). */
    default Map<LocalDate, String> holidays(String calendarCode, int year, Language language) {
        return holidays(calendarCode, year);
    }

    /** {@link #names()} in a language, where the calendar knows the names in it. */
    default java.util.SortedMap<String, String> names(Language language) {
        return names();
    }

    /**
     * Every calendar code offered, with its name in English ("Germany", "Germany – Bavaria"), by code: what an admin
     * searches by name when choosing a location's holidays.
     */
    java.util.SortedMap<String, String> names();

    default boolean isHoliday(String calendarCode, LocalDate date) {
        return holidays(calendarCode, date.getYear()).containsKey(date);
    }
}
