package org.leavetracker.domain.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.leavetracker.domain.error.ValidationError;

/**
 * The days of the week someone works, and the hours of each working day (what a whole day of hourly leave counts).
 * Never empty: a person with no working day could take no leave.
 *
 * @param hoursPerDay hours in half-hour units (the {@link Days} arithmetic), 0.5 to 24; 8 unless set
 */
public record WorkingWeek(Set<DayOfWeek> days, Days hoursPerDay) {

    public static final Days DEFAULT_HOURS = Days.of(8);

    public static final WorkingWeek MONDAY_TO_FRIDAY = of(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));

    public WorkingWeek {
        if (days == null || days.isEmpty()) {
            throw new ValidationError("workingDays must name at least one day of the week");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
        hoursPerDay = hoursPerDay == null ? DEFAULT_HOURS : hoursPerDay;
        if (!hoursPerDay.isGreaterThan(Days.ZERO) || hoursPerDay.isGreaterThan(Days.of(24))) {
            throw new ValidationError("hoursPerDay is 0.5 to 24, not " + hoursPerDay);
        }
    }

    public WorkingWeek(Set<DayOfWeek> days) {
        this(days, DEFAULT_HOURS);
    }

    public static WorkingWeek of(Collection<DayOfWeek> days) {
        return of(days, null);
    }

    /** @param hoursPerDay null: 8 hours */
    public static WorkingWeek of(Collection<DayOfWeek> days, Days hoursPerDay) {
        if (days == null || days.isEmpty()) {
            throw new ValidationError("workingDays must name at least one day of the week");
        }
        return new WorkingWeek(EnumSet.copyOf(days), hoursPerDay);
    }

    public boolean isWorkingDay(LocalDate date) {
        return days.contains(date.getDayOfWeek());
    }

    /** The days in calendar order, Monday first. */
    public List<DayOfWeek> ordered() {
        return List.copyOf(EnumSet.copyOf(days));
    }
}
