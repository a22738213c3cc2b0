package org.leavetracker.domain.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.leavetracker.domain.error.ValidationError;

/** The days of the week someone works. Never empty: a person with no working day could take no leave. */
public record WorkingWeek(Set<DayOfWeek> days) {

    public static final WorkingWeek MONDAY_TO_FRIDAY = of(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));

    public WorkingWeek {
        if (days == null || days.isEmpty()) {
            throw new ValidationError("workingDays must name at least one day of the week");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    public static WorkingWeek of(Collection<DayOfWeek> days) {
        if (days == null || days.isEmpty()) {
            throw new ValidationError("workingDays must name at least one day of the week");
        }
        return new WorkingWeek(EnumSet.copyOf(days));
    }

    public boolean isWorkingDay(LocalDate date) {
        return days.contains(date.getDayOfWeek());
    }

    /** The days in calendar order, Monday first. */
    public List<DayOfWeek> ordered() {
        return List.copyOf(EnumSet.copyOf(days));
    }
}
