package org.leavetracker.domain.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.leavetracker.domain.model.Days;

/** Events of a person's employment: where and in which team they work from a date, their working week,
        and when it ends. */
public sealed interface EmploymentEvent extends EmployeeEvent {

    /** The person takes one of their location's optional holidays: a holiday for them alone. */
    record OptionalHolidayChosen(LocalDate date) implements EmploymentEvent {
        public static final String TYPE = "OptionalHolidayChosen";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** The person gives a chosen optional holiday back: a working day again. */
    record OptionalHolidayGivenBack(LocalDate date) implements EmploymentEvent {
        public static final String TYPE = "OptionalHolidayGivenBack";

        @Override
        public String type() {
            return TYPE;
        }
    }

    record UserMovedToLocation(String locationId, LocalDate effectiveDate) implements EmploymentEvent {
        public static final String TYPE = "UserMovedToLocation";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * @param hoursPerDay hours of each working day (null: 8, as for events written before hourly leave)
     * @param hoursByDay  working days with other hours (null: none, as for events written before them)
     */
    record WorkingWeekSet(List<DayOfWeek> workingDays, LocalDate effectiveDate, Days hoursPerDay,
                          Map<DayOfWeek, Days> hoursByDay) implements EmploymentEvent {
        public static final String TYPE = "WorkingWeekSet";

        public WorkingWeekSet(List<DayOfWeek> workingDays, LocalDate effectiveDate) {
            this(workingDays, effectiveDate, null, null);
        }

        public WorkingWeekSet(List<DayOfWeek> workingDays, LocalDate effectiveDate, Days hoursPerDay) {
            this(workingDays, effectiveDate, hoursPerDay, null);
        }

        public WorkingWeekSet {
            workingDays = List.copyOf(workingDays);
            hoursByDay = hoursByDay == null || hoursByDay.isEmpty() ? null
                    : Collections.unmodifiableMap(new EnumMap<>(hoursByDay)); // Monday first, in the log too
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** The person is in a team from a date on (teamId null: in no team from then on); the same date replaces it. */
    record UserMovedToTeam(String teamId, LocalDate effectiveDate) implements EmploymentEvent {
        public static final String TYPE = "UserMovedToTeam";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** The person leaves the company after {@code lastDay}: no leave after it, allowance prorated to it. */
    record EmploymentEnded(LocalDate lastDay) implements EmploymentEvent {
        public static final String TYPE = "EmploymentEnded";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** An admin takes back an ended employment (a mistake): the person is employed after that day again. */
    record EmploymentEndUndone(LocalDate lastDay) implements EmploymentEvent {
        public static final String TYPE = "EmploymentEndUndone";

        @Override
        public String type() {
            return TYPE;
        }
    }
}
