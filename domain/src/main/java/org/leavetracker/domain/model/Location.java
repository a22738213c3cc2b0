package org.leavetracker.domain.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

/** A place people work from: its time zone, public-holiday calendar, default working week and custom holidays. */
public record Location(String id, String name, ZoneId timeZone, String holidayCalendar, WorkingWeek workingWeek,
                       NavigableMap<LocalDate, String> customHolidays) {

    public Location {
        customHolidays = Collections.unmodifiableNavigableMap(new TreeMap<>(customHolidays));
    }

    public Location withoutHoliday(LocalDate date) {
        TreeMap<LocalDate, String> holidays = new TreeMap<>(customHolidays);
        holidays.remove(date);
        return new Location(id, name, timeZone, holidayCalendar, workingWeek, holidays);
    }

    public Location withHoliday(LocalDate date, String holidayName) {
        TreeMap<LocalDate, String> holidays = new TreeMap<>(customHolidays);
        holidays.put(date, holidayName);
        return new Location(id, name, timeZone, holidayCalendar, workingWeek, holidays);
    }
}
