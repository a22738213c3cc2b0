package org.leavetracker.domain.readmodel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.leavetracker.domain.model.Role;

/**
 * A user as the read side keeps them: dated histories rather than "current" values, because a move or a new working
 * week dated in the future takes effect without any new event. The query computes what is in force today.
 *
 * @param version the version of the user's aggregate this record reflects
 */
public record UserRecord(String id, String orgId, String name, String email, Role role, List<String> approverIds,
                         NavigableMap<LocalDate, String> locations,
                         NavigableMap<LocalDate, List<DayOfWeek>> workingWeeks, long version) {

    public UserRecord {
        approverIds = List.copyOf(approverIds);
        locations = new TreeMap<>(locations);
        workingWeeks = new TreeMap<>(workingWeeks);
    }

    public String locationOn(LocalDate date) {
        Map.Entry<LocalDate, String> entry = locations.floorEntry(date);
        return entry == null ? null : entry.getValue();
    }

    /** The own working week in force on a date, if any (else the location's default applies). */
    public List<DayOfWeek> ownWorkingWeekOn(LocalDate date) {
        Map.Entry<LocalDate, List<DayOfWeek>> entry = workingWeeks.floorEntry(date);
        return entry == null ? null : entry.getValue();
    }
}
