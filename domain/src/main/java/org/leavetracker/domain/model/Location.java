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
 * @param optionalHolidays floating holidays: each person chooses up to {@code optionalHolidaysPerYear} of them a
 *                         year, and a chosen one is a holiday for them alone (SPEC §3.9)
 */
public record Location(String id, String name, ZoneId timeZone, String holidayCalendar, WorkingWeek workingWeek,
                       NavigableMap<LocalDate, String> customHolidays,
                       NavigableMap<LocalDate, WorkingWeek> workingWeekChanges, boolean archived,
                       NavigableMap<LocalDate, String> optionalHolidays, int optionalHolidaysPerYear)
        implements Named {

    public Location {
        customHolidays = Collections.unmodifiableNavigableMap(new TreeMap<>(customHolidays));
        workingWeekChanges = Collections.unmodifiableNavigableMap(
                workingWeekChanges == null ? new TreeMap<>() : new TreeMap<>(workingWeekChanges));
        optionalHolidays = Collections.unmodifiableNavigableMap(
                optionalHolidays == null ? new TreeMap<>() : new TreeMap<>(optionalHolidays));
    }

    public Location(String id, String name, ZoneId timeZone, String holidayCalendar, WorkingWeek workingWeek,
                    NavigableMap<LocalDate, String> customHolidays,
                    NavigableMap<LocalDate, WorkingWeek> workingWeekChanges, boolean archived) {
        this(id, name, timeZone, holidayCalendar, workingWeek, customHolidays, workingWeekChanges, archived, null, 0);
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

    /** Without the custom or optional holiday of that date. */
    public Location withoutHoliday(LocalDate date) {
        TreeMap<LocalDate, String> holidays = new TreeMap<>(customHolidays);
        holidays.remove(date);
        TreeMap<LocalDate, String> optional = new TreeMap<>(optionalHolidays);
        optional.remove(date);
        return new Location(id, name, timeZone, holidayCalendar, workingWeek, holidays, workingWeekChanges, archived,
                optional, optionalHolidaysPerYear);
    }

    public Location withHoliday(LocalDate date, String holidayName) {
        TreeMap<LocalDate, String> holidays = new TreeMap<>(customHolidays);
        holidays.put(date, holidayName);
        return new Location(id, name, timeZone, holidayCalendar, workingWeek, holidays, workingWeekChanges, archived,
                optionalHolidays, optionalHolidaysPerYear);
    }

    public Location withOptionalHoliday(LocalDate date, String holidayName) {
        TreeMap<LocalDate, String> optional = new TreeMap<>(optionalHolidays);
        optional.put(date, holidayName);
        return new Location(id, name, timeZone, holidayCalendar, workingWeek, customHolidays, workingWeekChanges,
                archived, optional, optionalHolidaysPerYear);
    }

    public Location withOptionalHolidaysPerYear(int perYear) {
        return new Location(id, name, timeZone, holidayCalendar, workingWeek, customHolidays, workingWeekChanges,
                archived, optionalHolidays, perYear);
    }

    public Location withSettings(String newName, ZoneId newZone, String newCalendar) {
        return new Location(id, newName, newZone, newCalendar, workingWeek, customHolidays, workingWeekChanges,
                archived, optionalHolidays, optionalHolidaysPerYear);
    }

    public Location withWorkingWeek(LocalDate effectiveDate, WorkingWeek week) {
        TreeMap<LocalDate, WorkingWeek> changes = new TreeMap<>(workingWeekChanges);
        changes.put(effectiveDate, week);
        return new Location(id, name, timeZone, holidayCalendar, workingWeek, customHolidays, changes, archived,
                optionalHolidays, optionalHolidaysPerYear);
    }

    public Location asArchived() {
        return new Location(id, name, timeZone, holidayCalendar, workingWeek, customHolidays, workingWeekChanges,
                true, optionalHolidays, optionalHolidaysPerYear);
    }
}
