package org.leavetracker.domain.balance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.leavetracker.domain.model.DateRange;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.LeavePolicy;
import org.leavetracker.domain.model.LeaveRequest;
import org.leavetracker.domain.model.LeaveSpan;
import org.leavetracker.domain.model.Location;
import org.leavetracker.domain.model.TimeRange;
import org.leavetracker.domain.model.WorkingWeek;
import org.leavetracker.domain.port.HolidayCalendar;
import org.leavetracker.domain.write.employee.Employee;
import org.leavetracker.domain.write.organization.Organization;

/**
 * What applies to one person on any date, from their full dated histories: where they are, which working week and
 * holidays count, which leave policy is in force. Days of leave are counted here (SPEC §3.2).
 */
public final class EmploymentTimeline {

    private final Employee employee;
    private final Organization organization;
    private final HolidayCalendar calendars;

    public EmploymentTimeline(Employee employee, Organization organization, HolidayCalendar calendars) {
        this.employee = employee;
        this.organization = organization;
        this.calendars = calendars;
    }

    /** The first day of employment for leave purposes: the effective date of the first location assignment. */
    public Optional<LocalDate> membershipStart() {
        return employee.employment().locations().firstDate();
    }

    /** Where the person works on a date: none before they start, and none after their employment ended. */
    public Optional<Location> locationOn(LocalDate date) {
        return employedLocationOn(date).flatMap(organization.locations()::find);
    }

    private Optional<String> employedLocationOn(LocalDate date) {
        return employee.employment().employedOn(date) ? employee.employment().locations().on(date) : Optional.empty();
    }

    public Optional<String> teamOn(LocalDate date) {
        return employee.employment().teamOn(date);
    }

    /** The person's own working week if one applies on the date, else their location's default. */
    public Optional<WorkingWeek> workingWeekOn(LocalDate date) {
        if (!employee.employment().employedOn(date)) {
            return Optional.empty();
        }
        Optional<WorkingWeek> own = employee.employment().workingWeeks().on(date);
        return own.isPresent() ? own : locationOn(date).map(location -> location.workingWeekOn(date));
    }

    /** A public or custom holiday of the location in force, or one of its optional holidays the person chose. */
    public boolean isHoliday(LocalDate date) {
        return locationOn(date)
                .map(l -> l.customHolidays().containsKey(date) || calendars.isHoliday(l.holidayCalendar(), date)
                        || l.optionalHolidays().containsKey(date) && employee.employment().hasChosen(date))
                .orElse(false);
    }

    /** A date counts when it is a working day of the week in force and not a holiday of the location in force. */
    public boolean counts(LocalDate date) {
        Optional<WorkingWeek> week = workingWeekOn(date);
        return week.isPresent() && week.get().isWorkingDay(date) && !isHoliday(date);
    }

    /** The counted dates of a range, whole. */
    public Days count(DateRange dates) {
        return count(LeaveSpan.whole(dates), dates, this::counts);
    }

    /** The counted dates of a part of a leave, each whole or half as the leave covers it. */
    private Days count(LeaveSpan span, DateRange part, Predicate<LocalDate> counted) {
        return Days.ofHalves(part.dates().filter(counted).mapToLong(span::halvesOn).sum());
    }

    /**
     * The dates a leave type counts: working days, or, for a type that counts calendar days, every date the person
     * works somewhere (weekends and holidays included).
     */
    private Predicate<LocalDate> countedBy(String leaveTypeId) {
        boolean calendarDays = organization.leaveTypes().stream()
                .anyMatch(t -> t.id().equals(leaveTypeId) && t.rules().countsCalendarDays());
        return calendarDays ? date -> locationOn(date).isPresent() : this::counts;
    }

    /** The most a leave type's balance may have available (SPEC §3.9); empty: no cap. */
    public Optional<Days> maxBalance(String leaveTypeId) {
        return organization.leaveTypes().stream().filter(t -> t.id().equals(leaveTypeId)).findFirst()
                .map(t -> t.rules().maxBalanceDays());
    }

    /** Whether a leave type counts hours (an unknown type counts days). */
    public boolean hourly(String leaveTypeId) {
        return organization.leaveTypes().stream().anyMatch(t -> t.id().equals(leaveTypeId) && t.hourly());
    }

    /**
     * A leave's amount inside a window (null: all of it), in its type's unit: half days for DAYS types; for HOURS
     * types the given times on their one date, or each counted day's working hours.
     */
    public Days amount(String leaveTypeId, LeaveSpan span, TimeRange times, DateRange window) {
        Optional<DateRange> part = window == null ? Optional.of(span.dates()) : span.dates().intersect(window);
        if (part.isEmpty()) {
            return Days.ZERO;
        }
        if (!hourly(leaveTypeId)) {
            return count(span, part.get(), countedBy(leaveTypeId));
        }
        if (times != null) {
            return counts(part.get().start()) ? Days.ofHalves(times.halfHours()) : Days.ZERO;
        }
        return Days.ofHalves(part.get().dates().filter(this::counts)
                .mapToLong(day -> workingWeekOn(day).map(w -> w.hoursOn(day).halves()).orElse(0L)).sum());
    }

    public Days amount(LeaveRequest request, DateRange window) {
        return amount(request.leaveTypeId(), request.span(), request.times(), window);
    }

    public Optional<LeavePolicy> policyOn(LocalDate date, String leaveTypeId) {
        return employedLocationOn(date).flatMap(locationId -> organization.policies().schedule(locationId,
                leaveTypeId).on(date));
    }

    /**
     * The dates within a window where the policy in force may change (a move, or a policy of any location the
     * person is ever in taking effect), plus the window's first day: between two of them the policy is constant.
     */
    /** Every policy of the type at any location the person was ever at. */
    public List<LeavePolicy> policiesOf(String leaveTypeId) {
        List<LeavePolicy> policies = new ArrayList<>();
        for (String locationId : Set.copyOf(employee.employment().locations().entries().values())) {
            policies.addAll(organization.policies().schedule(locationId, leaveTypeId).entries().values());
        }
        return policies;
    }

    public NavigableSet<LocalDate> policyChangeDates(String leaveTypeId, DateRange window) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        dates.add(window.start());
        employee.employment().locations().entries().keySet().stream().filter(window::contains).forEach(dates::add);
        employee.employment().daysAfterLastDays().stream().filter(window::contains)
                .forEach(dates::add); // allowance stops
        Set<String> everIn = Set.copyOf(employee.employment().locations().entries().values());
        for (String locationId : everIn) {
            organization.policies().schedule(locationId, leaveTypeId).entries().keySet().stream()
                    .filter(window::contains).forEach(dates::add);
        }
        return dates;
    }
}
