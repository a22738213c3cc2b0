package org.leavetracker.domain.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A place people work from: its time zone, public-holiday calendar, working week and custom holidays.
 *
 * @param workingWeek     the week it was created with, in force until the first of {@code workingWeekChanges}
 * @param workingWeekChanges later weeks from their effective dates (an admin's dated change, like a person's)
 * @param archived        no one moves into it any more; people already there keep their history
 */
public record Location(String id, String name, ZoneId timeZone, String holidayCalendar, WorkingWeek workingWeek,
                       NavigableMap<LocalDate, String> customHolidays,
                       NavigableMap<LocalDate, WorkingWeek> workingWeekChanges, boolean archived) implements Named {

    public Location {
        customHolidays = Collections.unmodifiableNavigableMap(new TreeMap<>(customHolidays));
        workingWeekChanges = Collections.unmodifiableNavigableMap(
                workingWeekChanges == null ? new TreeMap<>() : new TreeMap<>(workingWeekChanges));
    }

    public Location(String id, String name, ZoneId timeZone, String holidayCalendar, WorkingWeek workingWeek,
                    NavigableMap<LocalDate, String> customHolidays) {
        this(id, name, timeZone, holidayCalendar, workingWeek, customHolidays, null, false);
    }

    /** The week in force on a date. */
    public WorkingWeek workingWeekOn(LocalDate date) {
        Map.Entry<LocalDate, WorkingWeek> change = workingWeekChanges.floorEntry(date);
        return change == null ? workingWeek : change.getValue();
    }

    public Location withoutHoliday(LocalDate date) {
        TreeMap<LocalDate, String> holidays = new TreeMap<>(customHolidays);
        holidays.remove(date);
        return new Location(id, name, timeZone, holidayCalendar, workingWeek, holidays, workingWeekChanges, archived);
    }

    public Location withHoliday(LocalDate date, String holidayName) {
        TreeMap<LocalDate, String> holidays = new TreeMap<>(customHolidays);
        holidays.put(date, holidayName);
        return new Location(id, name, timeZone, holidayCalendar, workingWeek, holidays, workingWeekChanges, archived);
    }

    public Location withSettings(String newName, ZoneId newZone, String newCalendar) {
        return new Location(id, newName, newZone, newCalendar, workingWeek, customHolidays, workingWeekChanges,
                archived);
    }

    public Location withWorkingWeek(LocalDate effectiveDate, WorkingWeek week) {
        TreeMap<LocalDate, WorkingWeek> changes = new TreeMap<>(workingWeekChanges);
        changes.put(effectiveDate, week);
        return new Location(id, name, timeZone, holidayCalendar, workingWeek, customHolidays, changes, archived);
    }

    public Location asArchived() {
        return new Location(id, name, timeZone, holidayCalendar, workingWeek, customHolidays, workingWeekChanges,
                true);
    }
}
