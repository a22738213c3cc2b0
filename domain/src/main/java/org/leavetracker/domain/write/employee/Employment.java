package org.leavetracker.domain.write.employee;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.leavetracker.domain.error.Conflict;
import org.leavetracker.domain.error.NotFound;
import org.leavetracker.domain.error.PolicyViolation;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.event.EmploymentEvent.EmploymentEndUndone;
import org.leavetracker.domain.event.EmploymentEvent.EmploymentEnded;
import org.leavetracker.domain.event.EmploymentEvent.OptionalHolidayChosen;
import org.leavetracker.domain.event.EmploymentEvent.OptionalHolidayGivenBack;
import org.leavetracker.domain.event.EmploymentEvent.UserMovedToLocation;
import org.leavetracker.domain.event.EmploymentEvent.UserMovedToTeam;
import org.leavetracker.domain.event.EmploymentEvent.WorkingWeekSet;
import org.leavetracker.domain.event.EmploymentEvent;
import org.leavetracker.domain.model.DatedHistory;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.Location;
import org.leavetracker.domain.model.WorkingWeek;
import org.leavetracker.domain.write.Decision;
import org.leavetracker.domain.write.organization.Organization;

/**
 * Where, in which team and on which days a person works from each date on, and when their employment ended. A move
 * into a location after a last day re-hires them.
 */
public final class Employment {

    private final Employee person;
    private final DatedHistory<String> locations = new DatedHistory<>();
    private final DatedHistory<WorkingWeek> workingWeeks = new DatedHistory<>();
    /** Team memberships from their dates ("" = in no team from then on). */
    private final DatedHistory<String> teams = new DatedHistory<>();
    private final TreeSet<LocalDate> lastDays = new TreeSet<>();
    private final TreeSet<LocalDate> chosenHolidays = new TreeSet<>();

    Employment(Employee person) {
        this.person = person;
    }

    /**
     * The person takes an optional holiday of the location they work at on that date, within the number a year it
     * gives (SPEC §3.9): a holiday for them alone from then on.
     */
    public Decision chooseOptionalHoliday(LocalDate date, Organization organization) {
        Employee.requireDate(date, "date");
        Location location = locations.on(date).flatMap(organization.locations()::find)
                .filter(l -> employedOn(date) && l.optionalHolidays().containsKey(date))
                .orElseThrow(() -> ValidationError.at("date", date + " is not an optional holiday where you work"));
        if (chosenHolidays.contains(date)) {
            return Decision.nothingChanged(person.id());
        }
        long taken = chosenIn(date.getYear(), organization);
        if (taken >= location.optionalHolidaysPerYear()) {
            throw new PolicyViolation("You may choose " + location.optionalHolidaysPerYear() + " optional holidays in "
                    + date.getYear() + " in " + location.name() + " and have chosen " + taken
                    + "; give one back first", Map.of("field", "date", "rule", "optionalHolidaysPerYear",
                    "limit", location.optionalHolidaysPerYear(), "chosen", taken, "year", date.getYear()));
        }
        return Decision.of(person.id(), new OptionalHolidayChosen(date));
    }

    public Decision giveBackOptionalHoliday(LocalDate date) {
        Employee.requireDate(date, "date");
        if (!chosenHolidays.contains(date)) {
            throw new NotFound("you have not chosen " + date + " as an optional holiday");
        }
        return Decision.of(person.id(), new OptionalHolidayGivenBack(date));
    }

    /** Whether the person chose the date as one of their optional holidays (it counts only while it is one). */
    public boolean hasChosen(LocalDate date) {
        return chosenHolidays.contains(date);
    }

    /** The optional holidays chosen, in date order. */
    public List<LocalDate> chosenHolidays() {
        return List.copyOf(chosenHolidays);
    }

    /** Chosen in a year that are still optional holidays where the person works on them. */
    private long chosenIn(int year, Organization organization) {
        return chosenHolidays.stream().filter(d -> d.getYear() == year)
                .filter(d -> locations.on(d).flatMap(organization.locations()::find)
                        .map(l -> l.optionalHolidays().containsKey(d)).orElse(false))
                .count();
    }

    public Decision moveToLocation(String locationId, LocalDate effectiveDate) {
        Employee.requireDate(effectiveDate, "effectiveDate");
        if (locations.exactlyOn(effectiveDate).filter(locationId::equals).isPresent()) {
            return Decision.nothingChanged(person.id());
        }
        return Decision.of(person.id(), new UserMovedToLocation(locationId, effectiveDate));
    }

    /** The person is in a team from a date on (null: in none); the caller has checked the team exists. */
    public Decision moveToTeam(String teamId, LocalDate effectiveDate) {
        Employee.requireDate(effectiveDate, "effectiveDate");
        String team = teamId == null ? "" : teamId;
        if (teams.exactlyOn(effectiveDate).filter(team::equals).isPresent() || teams.isEmpty() && team.isEmpty()) {
            return Decision.nothingChanged(person.id());
        }
        return Decision.of(person.id(), new UserMovedToTeam(teamId, effectiveDate));
    }

    public Decision setWorkingWeek(Collection<DayOfWeek> days, LocalDate effectiveDate) {
        return setWorkingWeek(days, effectiveDate, null);
    }

    /** @param hoursPerDay hours of each working day (null: 8) */
    public Decision setWorkingWeek(Collection<DayOfWeek> days, LocalDate effectiveDate, Days hoursPerDay) {
        return setWorkingWeek(days, effectiveDate, hoursPerDay, null);
    }

    /** @param hoursByDay working days whose hours differ from {@code hoursPerDay} (null: none) */
    public Decision setWorkingWeek(Collection<DayOfWeek> days, LocalDate effectiveDate, Days hoursPerDay,
                                   Map<DayOfWeek, Days> hoursByDay) {
        Employee.requireDate(effectiveDate, "effectiveDate");
        WorkingWeek week = WorkingWeek.of(days, hoursPerDay, hoursByDay);
        if (workingWeeks.exactlyOn(effectiveDate).filter(week::equals).isPresent()) {
            return Decision.nothingChanged(person.id());
        }
        return Decision.of(person.id(), new WorkingWeekSet(week.ordered(), effectiveDate,
                hoursPerDay == null ? null : week.hoursPerDay(), week.hoursByDay()));
    }

    /**
     * Checks that the employment may end after {@code lastDay} (a date {@link Employee#endEmployment} has checked);
     * empty when it already ends then (a retry).
     */
    Optional<EmploymentEnded> end(LocalDate lastDay) {
        if (locations.isEmpty()) {
            throw new ValidationError(person.name()
                    + " was never assigned to a location, so was never employed; nothing to end");
        }
        if (locations.firstDate().get().isAfter(lastDay)) {
            throw new ValidationError("lastDay " + lastDay + " is before " + person.name() + " started on "
                    + locations.firstDate().get());
        }
        if (endsOn().filter(lastDay::equals).isPresent()) {
            return Optional.empty();
        }
        if (endsOn().isPresent()) {
            throw new Conflict(person.name() + "'s employment already ends on " + endsOn().get() + "; undo that first");
        }
        return Optional.of(new EmploymentEnded(lastDay));
    }

    /** Takes back the latest end of employment (requests it cancelled stay cancelled: ask again). */
    public Decision undoEnd() {
        Optional<LocalDate> end = endsOn();
        if (end.isEmpty()) {
            throw new ValidationError(person.name() + "'s employment has not ended; nothing to undo");
        }
        return Decision.of(person.id(), new EmploymentEndUndone(end.get()));
    }

    /** The last day of employment, if it ended and no later move re-hired the person. */
    public Optional<LocalDate> endsOn() {
        if (lastDays.isEmpty()) {
            return Optional.empty();
        }
        LocalDate last = lastDays.last();
        boolean rehired = !locations.entries().tailMap(last, false).isEmpty();
        return rehired ? Optional.empty() : Optional.of(last);
    }

    /** Whether the person's employment ended before {@code today}: then they read, and act and are asked nothing. */
    public boolean leftBefore(LocalDate today) {
        return endsOn().filter(today::isAfter).isPresent();
    }

    /** Whether the person works here on a date: assigned to a location, and not between a last day and a re-hire. */
    public boolean employedOn(LocalDate date) {
        if (locations.on(date).isEmpty()) {
            return false;
        }
        LocalDate lastBefore = lastDays.lower(date);
        return lastBefore == null || !locations.entries().subMap(lastBefore, false, date, true).isEmpty();
    }

    /** The last day of employment before a date, if any (whether or not a re-hire followed). */
    Optional<LocalDate> lastDayBefore(LocalDate date) {
        return Optional.ofNullable(lastDays.lower(date));
    }

    /** The days after each last day, in a window: where allowances stop (the timeline's policy changes). */
    public List<LocalDate> daysAfterLastDays() {
        return lastDays.stream().map(d -> d.plusDays(1)).toList();
    }

    /** The team the person is in on a date. */
    public Optional<String> teamOn(LocalDate date) {
        return teams.on(date).filter(team -> !team.isEmpty());
    }

    public DatedHistory<String> teams() {
        return teams;
    }

    public DatedHistory<String> locations() {
        return locations;
    }

    public DatedHistory<WorkingWeek> workingWeeks() {
        return workingWeeks;
    }

    void evolve(EmploymentEvent event) {
        switch (event) {
            case UserMovedToLocation e -> locations.set(e.effectiveDate(), e.locationId());
            case WorkingWeekSet e -> workingWeeks.set(e.effectiveDate(), WorkingWeek.of(e.workingDays(),
                    e.hoursPerDay(), e.hoursByDay()));
            case UserMovedToTeam e -> teams.set(e.effectiveDate(), e.teamId() == null ? "" : e.teamId());
            case EmploymentEnded e -> lastDays.add(e.lastDay());
            case EmploymentEndUndone e -> lastDays.remove(e.lastDay());
            case OptionalHolidayChosen e -> chosenHolidays.add(e.date());
            case OptionalHolidayGivenBack e -> chosenHolidays.remove(e.date());
        }
    }
}
