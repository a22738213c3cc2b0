package org.leavetracker.domain.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.leavetracker.domain.model.Days;

/** Events of a location: its time zone, holiday calendar, custom holidays and working week. */
public sealed interface LocationEvent extends OrganizationEvent {

    /** The location the event is about. */
    String locationId();

    /** @param hoursPerDay hours of each working day (null: 8, as for events written before hourly leave) */
    record LocationCreated(String locationId, String name, String timeZone, String holidayCalendar,
                           List<DayOfWeek> workingDays, Days hoursPerDay) implements LocationEvent {
        public static final String TYPE = "LocationCreated";

        public LocationCreated {
            workingDays = List.copyOf(workingDays);
        }

        public LocationCreated(String locationId, String name, String timeZone, String holidayCalendar,
                               List<DayOfWeek> workingDays) {
            this(locationId, name, timeZone, holidayCalendar, workingDays, null);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    record HolidayAdded(String locationId, LocalDate date, String name) implements LocationEvent {
        public static final String TYPE = "HolidayAdded";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A custom holiday taken back: every figure is recomputed as if it had never been added. */
    /** A floating holiday of a location: each person there may choose it as one of their optional holidays. */
    record OptionalHolidayAdded(String locationId, LocalDate date, String name) implements LocationEvent {
        public static final String TYPE = "OptionalHolidayAdded";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** How many of a location's optional holidays each person may choose a year. */
    record OptionalHolidaysPerYearSet(String locationId, int perYear) implements LocationEvent {
        public static final String TYPE = "OptionalHolidaysPerYearSet";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A custom or optional holiday taken back. */
    record HolidayRemoved(String locationId, LocalDate date) implements LocationEvent {
        public static final String TYPE = "HolidayRemoved";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A location's name, time zone and holiday calendar as corrected (each as it is after the change). */
    record LocationUpdated(String locationId, String name, String timeZone, String holidayCalendar)
            implements LocationEvent {
        public static final String TYPE = "LocationUpdated";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A location's working week from a date on; one set again on the same date replaces it. */
    record LocationWorkingWeekSet(String locationId, List<DayOfWeek> workingDays, LocalDate effectiveDate,
                                  Days hoursPerDay, Map<DayOfWeek, Days> hoursByDay) implements LocationEvent {
        public static final String TYPE = "LocationWorkingWeekSet";

        public LocationWorkingWeekSet {
            workingDays = List.copyOf(workingDays);
            hoursByDay = hoursByDay == null ? Map.of() : Map.copyOf(hoursByDay);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** No one moves into the location from now on; its people keep their history. */
    record LocationArchived(String locationId) implements LocationEvent {
        public static final String TYPE = "LocationArchived";

        @Override
        public String type() {
            return TYPE;
        }
    }
}
