package org.leavetracker.domain.read.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.model.Substitution;
import org.leavetracker.domain.model.WorkingWeek;

/**
 * A user as the read side keeps them: dated histories rather than "current" values, because a move or a new working
 * week dated in the future takes effect without any new event. The query computes what is in force today.
 *
 * @param version     the version of the user's aggregate this record reflects
 * @param hoursPerDay the working hours per day of each own working week, dated as {@code workingWeeks}
 * @param hoursByDay  the days of those weeks with other hours, likewise dated
 * @param employmentEndsOn the last day of employment, if it ended (SPEC §3.8)
 * @param teams       team memberships from their effective dates ("" = no team from then on)
 * @param language    the language the person chose (a BCP 47 tag), or null: the organization's default speaks to them
 * @param calendarOptOuts what the person opted out of (SPEC §8): {@code CALENDAR_EVENTS}, {@code OUT_OF_OFFICE_REPLY}
 * @param erased      whether their personal data was erased (SPEC §3.10): they show as "Erased person"
 */
public record UserRecord(String id, String orgId, String name, String email, Role role, List<String> approverIds,
                         NavigableMap<LocalDate, String> locations,
                         NavigableMap<LocalDate, List<DayOfWeek>> workingWeeks, long version,
                         List<Substitution> substitutions, NavigableMap<LocalDate, Days> hoursPerDay,
                         NavigableMap<LocalDate, Map<DayOfWeek, Days>> hoursByDay, LocalDate employmentEndsOn,
                         NavigableMap<LocalDate, String> teams, String language,
                         List<String> calendarOptOuts, boolean erased) {

    /** A person whose data was never erased (items written before erasure read as this). */
    public UserRecord(String id, String orgId, String name, String email, Role role, List<String> approverIds,
                      NavigableMap<LocalDate, String> locations, NavigableMap<LocalDate, List<DayOfWeek>> workingWeeks,
                      long version, List<Substitution> substitutions, NavigableMap<LocalDate, Days> hoursPerDay,
                      NavigableMap<LocalDate, Map<DayOfWeek, Days>> hoursByDay, LocalDate employmentEndsOn,
                      NavigableMap<LocalDate, String> teams, String language, List<String> calendarOptOuts) {
        this(id, orgId, name, email, role, approverIds, locations, workingWeeks, version, substitutions, hoursPerDay,
                hoursByDay, employmentEndsOn, teams, language, calendarOptOuts, false);
    }

    public static final String NO_CALENDAR_EVENTS = "CALENDAR_EVENTS";
    public static final String NO_OUT_OF_OFFICE_REPLY = "OUT_OF_OFFICE_REPLY";

    /** Whether the person's employment ended before {@code today} (as the person's aggregate says it). */
    public boolean leftBefore(LocalDate today) {
        return employmentEndsOn != null && today.isAfter(employmentEndsOn);
    }

    /** The team the person is in on a date, or null. */
    public String teamOn(LocalDate date) {
        Map.Entry<LocalDate, String> entry = teams.floorEntry(date);
        return entry == null || entry.getValue().isEmpty() ? null : entry.getValue();
    }

    /** Where the person stands in the directory's pages: by name, then id (unique). */
    public String sortKey() {
        return name.toLowerCase(java.util.Locale.ROOT) + "#" + id;
    }


    public UserRecord {
        hoursPerDay = hoursPerDay == null ? new TreeMap<>() : new TreeMap<>(hoursPerDay); // items before hours
        hoursByDay = hoursByDay == null ? new TreeMap<>() : new TreeMap<>(hoursByDay);
        approverIds = List.copyOf(approverIds);
        calendarOptOuts = calendarOptOuts == null ? List.of() : List.copyOf(calendarOptOuts); // items before opt-outs
        substitutions = substitutions == null ? List.of() : List.copyOf(substitutions); // items before substitutes
        teams = teams == null ? new TreeMap<>() : new TreeMap<>(teams); // items before teams
        locations = new TreeMap<>(locations);
        workingWeeks = new TreeMap<>(workingWeeks);
    }

    /** Whom this approver's substitute on that day is, if anyone (the latest named wins, as in the aggregate). */
    public Optional<String> substituteOn(LocalDate day) {
        return Substitution.substituteOn(substitutions, day);
    }

    public String locationOn(LocalDate date) {
        Map.Entry<LocalDate, String> entry = locations.floorEntry(date);
        return entry == null ? null : entry.getValue();
    }

    /**
     * The own working week in force on a date, if any (else the location's default applies); its hours are 8 a
     * day in items written before hours.
     */
    public WorkingWeek ownWorkingWeekOn(LocalDate date) {
        Map.Entry<LocalDate, List<DayOfWeek>> entry = workingWeeks.floorEntry(date);
        return entry == null ? null : WorkingWeek.of(entry.getValue(), hoursPerDay.get(entry.getKey()),
                hoursByDay.get(entry.getKey()));
    }
}
