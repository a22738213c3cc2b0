package org.leavetracker.domain.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.leavetracker.domain.model.Location;
import org.leavetracker.domain.write.employee.Employee;
import org.leavetracker.domain.write.organization.Organization;

/**
 * A person's optional holidays of a year (SPEC §3.9): those of the location they work at on each date, whether they
 * chose it, and how many they may choose.
 *
 * @param perYear how many they may choose in the year, as the location of its last optional holiday gives
 */
public record OptionalHolidaysView(int year, int perYear, List<Choice> holidays) {

    public record Choice(LocalDate date, String name, boolean chosen) {
    }

    public OptionalHolidaysView {
        holidays = List.copyOf(holidays);
    }

    public static OptionalHolidaysView of(Employee person, Organization organization, int year) {
        java.util.TreeMap<LocalDate, Location> where = new java.util.TreeMap<>();
        for (Location location : organization.locations().all()) {
            for (LocalDate date : location.optionalHolidays().keySet()) {
                if (date.getYear() == year && person.employment().employedOn(date)
                        && person.employment().locations().on(date).filter(location.id()::equals).isPresent()) {
                    where.put(date, location);
                }
            }
        }
        List<Choice> holidays = new ArrayList<>();
        where.forEach((date, location) -> holidays.add(new Choice(date, location.optionalHolidays().get(date),
                person.employment().hasChosen(date))));
        return new OptionalHolidaysView(year, where.isEmpty() ? 0 : where.lastEntry().getValue()
                .optionalHolidaysPerYear(), holidays);
    }

    public long chosen() {
        return holidays.stream().filter(Choice::chosen).count();
    }
}
