package org.leavetracker.domain.port;

import java.time.LocalDate;
import java.util.Map;

/** Public holidays by calendar code: ISO 3166-1 country, optional ISO 3166-2 subdivision ({@code DE-BY}), or NONE. */
public interface HolidayCalendar {

    String NONE = "NONE";

    boolean supports(String calendarCode);

    /** The public holidays of one year, by date, with their names. */
    Map<LocalDate, String> holidays(String calendarCode, int year);

    /**
     * Every calendar code offered, with its name in English ("Germany", "Germany – Bavaria"), by code: what an admin
     * searches by name when choosing a location's holidays.
     */
    java.util.SortedMap<String, String> names();

    default boolean isHoliday(String calendarCode, LocalDate date) {
        return holidays(calendarCode, date.getYear()).containsKey(date);
    }
}
