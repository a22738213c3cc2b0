package org.leavetracker.domain.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.leavetracker.domain.error.ValidationError;

/**
 * The days of the week someone works, and the hours of each working day (what a whole day of hourly leave counts).
 * Never empty: a person with no working day could take no leave.
 *
 * @param hoursPerDay hours in half-hour units (the {@link Days} arithmetic), 0.5 to 24; 8 unless set
 * @param hoursByDay  working days whose hours differ from {@code hoursPerDay} (Friday 4 of a part-time week);
 *                    entries equal to {@code hoursPerDay} are dropped, so one week has one form
 */
public record WorkingWeek(Set<DayOfWeek> days, Days hoursPerDay, Map<DayOfWeek, Days> hoursByDay) {

    public static final Days DEFAULT_HOURS = Days.of(8);

    public static final WorkingWeek MONDAY_TO_FRIDAY = of(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));

    public WorkingWeek {
        if (days == null || days.isEmpty()) {
            throw ValidationError.at("workingDays", "workingDays must name at least one day of the week");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
        hoursPerDay = hoursPerDay == null ? DEFAULT_HOURS : hoursPerDay;
        requireDayLength(hoursPerDay, "hoursPerDay");
        Map<DayOfWeek, Days> differing = new EnumMap<>(DayOfWeek.class);
        for (Map.Entry<DayOfWeek, Days> day : (hoursByDay == null ? Map.<DayOfWeek, Days>of() : hoursByDay)
                .entrySet()) {
            if (!days.contains(day.getKey())) {
                throw new ValidationError("hoursByDay names " + day.getKey() + ", which is not a working day");
            }
            requireDayLength(day.getValue(), "the hours of " + day.getKey());
            if (!day.getValue().equals(hoursPerDay)) {
                differing.put(day.getKey(), day.getValue());
            }
        }
        hoursByDay = Collections.unmodifiableMap(differing);
    }

    public WorkingWeek(Set<DayOfWeek> days) {
        this(days, DEFAULT_HOURS, Map.of());
    }

    public static WorkingWeek of(Collection<DayOfWeek> days) {
        return of(days, null);
    }

    /** @param hoursPerDay null: 8 hours */
    public static WorkingWeek of(Collection<DayOfWeek> days, Days hoursPerDay) {
        return of(days, hoursPerDay, null);
    }

    /** @param hoursByDay null or empty: every working day has {@code hoursPerDay} */
    public static WorkingWeek of(Collection<DayOfWeek> days, Days hoursPerDay, Map<DayOfWeek, Days> hoursByDay) {
        if (days == null || days.isEmpty()) {
            throw ValidationError.at("workingDays", "workingDays must name at least one day of the week");
        }
        return new WorkingWeek(EnumSet.copyOf(days), hoursPerDay, hoursByDay);
    }

    private static void requireDayLength(Days hours, String what) {
        if (hours == null || !hours.isGreaterThan(Days.ZERO) || hours.isGreaterThan(Days.of(24))) {
            throw new ValidationError(what + " is 0.5 to 24, not " + hours);
        }
    }

    public boolean isWorkingDay(LocalDate date) {
        return days.contains(date.getDayOfWeek());
    }

    /** The working hours of a date's weekday (whether or not it is a working day). */
    public Days hoursOn(LocalDate date) {
        return hoursByDay.getOrDefault(date.getDayOfWeek(), hoursPerDay);
    }

    /** Each working day with its hours, Monday first. */
    public Map<DayOfWeek, Days> workingHours() {
        Map<DayOfWeek, Days> hours = new EnumMap<>(DayOfWeek.class);
        days.forEach(day -> hours.put(day, hoursByDay.getOrDefault(day, hoursPerDay)));
        return Collections.unmodifiableMap(hours);
    }

    /** The days in calendar order, Monday first. */
    public List<DayOfWeek> ordered() {
        return List.copyOf(EnumSet.copyOf(days));
    }
}
