package org.leavetracker.domain.write.organization;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.leavetracker.domain.error.Conflict;
import org.leavetracker.domain.error.NotFound;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.event.LocationEvent.HolidayAdded;
import org.leavetracker.domain.event.LocationEvent.OptionalHolidayAdded;
import org.leavetracker.domain.event.LocationEvent.OptionalHolidaysPerYearSet;
import org.leavetracker.domain.event.LocationEvent.HolidayRemoved;
import org.leavetracker.domain.event.LocationEvent.LocationArchived;
import org.leavetracker.domain.event.LocationEvent.LocationCreated;
import org.leavetracker.domain.event.LocationEvent.LocationUpdated;
import org.leavetracker.domain.event.LocationEvent.LocationWorkingWeekSet;
import org.leavetracker.domain.event.LocationEvent;
import org.leavetracker.domain.model.DateWindow;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.Location;
import org.leavetracker.domain.model.Text;
import org.leavetracker.domain.model.WorkingWeek;
import org.leavetracker.domain.port.HolidayCalendar;
import org.leavetracker.domain.write.Decision;

/** An organization's locations: time zone, holiday calendar, custom holidays and dated working weeks. */
public final class Locations extends SettingsById<Location> {

    /** More floating holidays a year than any company's policy gives. */
    static final int MAX_OPTIONAL_HOLIDAYS = 20;

    /** Holidays taken back ("locationId|date"), so that a repeated removal answers as the first did. */
    private final Set<String> removedHolidays = new HashSet<>();

    Locations() {
        super("location", Location::id, Location::name);
    }

    public Decision create(String newId, String locationName, String timeZone, String holidayCalendar,
                           Collection<DayOfWeek> workingDays, HolidayCalendar calendars) {
        return create(newId, locationName, timeZone, holidayCalendar, workingDays, null, calendars);
    }

    /** @param hoursPerDay hours of each working day (null: 8) */
    public Decision create(String newId, String locationName, String timeZone, String holidayCalendar,
                           Collection<DayOfWeek> workingDays, Days hoursPerDay, HolidayCalendar calendars) {
        String cleanName = Text.requiredName(locationName, "name");
        ZoneId zone = parseZone(timeZone);
        String calendar = knownCalendar(holidayCalendar == null ? "" : holidayCalendar, calendars);
        WorkingWeek week = WorkingWeek.of(workingDays, hoursPerDay);
        Optional<Location> sameName = named(cleanName);
        if (sameName.isPresent()) {
            Location existing = sameName.get();
            if (existing.timeZone().equals(zone) && existing.holidayCalendar().equals(calendar)
                    && existing.workingWeek().equals(week)) {
                return Decision.nothingChanged(existing.id()); // a retried command
            }
            throw new Conflict("a location named '" + cleanName + "' already exists (id " + existing.id() + ")");
        }
        return Decision.of(newId, new LocationCreated(newId, cleanName, zone.getId(), calendar, week.ordered(),
                hoursPerDay == null ? null : week.hoursPerDay()));
    }

    public Decision addHoliday(String locationId, LocalDate date, String holidayName) {
        return addHoliday(locationId, date, holidayName, false);
    }

    /**
     * A custom holiday of a location, or with {@code optional} a floating one that each person there may choose
     * (SPEC §3.9). A date is one or the other: take it back first to change which.
     */
    public Decision addHoliday(String locationId, LocalDate date, String holidayName, boolean optional) {
        DateWindow.require(date, "date");
        Location location = get(locationId);
        if (date == null) {
            throw ValidationError.required("date");
        }
        String cleanName = Text.requiredName(holidayName, "name");
        Map<LocalDate, String> same = optional ? location.optionalHolidays() : location.customHolidays();
        Map<LocalDate, String> other = optional ? location.customHolidays() : location.optionalHolidays();
        if (cleanName.equals(same.get(date))) {
            return Decision.nothingChanged(locationId);
        }
        if (other.containsKey(date)) {
            throw ValidationError.at("date", date + " is " + (optional ? "a holiday" : "an optional holiday") + " of "
                    + location.name() + " already; remove it first to change which");
        }
        return Decision.of(locationId, optional ? new OptionalHolidayAdded(locationId, date, cleanName)
                : new HolidayAdded(locationId, date, cleanName));
    }

    /** How many of the location's optional holidays each person there may choose a year (0: none). */
    public Decision setOptionalHolidaysPerYear(String locationId, int perYear) {
        Location location = get(locationId);
        if (perYear < 0 || perYear > MAX_OPTIONAL_HOLIDAYS) {
            throw ValidationError.at("optionalHolidaysPerYear", "optionalHolidaysPerYear is 0 to "
                    + MAX_OPTIONAL_HOLIDAYS + ", not " + perYear);
        }
        return location.optionalHolidaysPerYear() == perYear ? Decision.nothingChanged(locationId)
                : Decision.of(locationId, new OptionalHolidaysPerYearSet(locationId, perYear));
    }

    /** Takes back a custom holiday of a location; public holidays come from the calendar and cannot be removed. */
    public Decision removeHoliday(String locationId, LocalDate date) {
        Location location = get(locationId);
        if (date == null) {
            throw ValidationError.required("date");
        }
        if (!location.customHolidays().containsKey(date) && !location.optionalHolidays().containsKey(date)) {
            if (removedHolidays.contains(locationId + "|" + date)) {
                return Decision.nothingChanged(locationId); // a repeated removal
            }
            throw new NotFound("no custom holiday on " + date + " in " + location.name()
                    + " (public holidays come from its holiday calendar, " + location.holidayCalendar() + ")");
        }
        return Decision.of(locationId, new HolidayRemoved(locationId, date));
    }

    /**
     * Corrects a location's name, time zone or holiday calendar (null: unchanged). A new calendar recounts every
     * request in the location, as a new holiday does.
     */
    public Decision update(String locationId, String newName, String timeZone, String holidayCalendar,
                           HolidayCalendar calendars) {
        Location location = get(locationId);
        String cleanName = newName == null ? location.name() : Text.requiredName(newName, "name");
        ZoneId zone = timeZone == null ? location.timeZone() : parseZone(timeZone);
        String calendar = holidayCalendar == null ? location.holidayCalendar() : knownCalendar(holidayCalendar,
                calendars);
        requireNameFree(cleanName, locationId);
        if (cleanName.equals(location.name()) && zone.equals(location.timeZone())
                && calendar.equals(location.holidayCalendar())) {
            return Decision.nothingChanged(locationId);
        }
        return Decision.of(locationId, new LocationUpdated(locationId, cleanName, zone.getId(), calendar));
    }

    /** The location's working week from a date on (a person's own week still wins); the same date replaces it. */
    public Decision setWorkingWeek(String locationId, Collection<DayOfWeek> workingDays, LocalDate effectiveDate,
                                   Days hoursPerDay, Map<DayOfWeek, Days> hoursByDay) {
        Location location = get(locationId);
        if (effectiveDate == null) {
            throw ValidationError.required("effectiveDate");
        }
        WorkingWeek week = WorkingWeek.of(workingDays, hoursPerDay, hoursByDay);
        if (week.equals(location.workingWeekChanges().get(effectiveDate))) {
            return Decision.nothingChanged(locationId);
        }
        return Decision.of(locationId, new LocationWorkingWeekSet(locationId, week.ordered(), effectiveDate,
                week.hoursPerDay(), week.hoursByDay()));
    }

    public Decision archive(String locationId) {
        Location location = get(locationId);
        return location.archived() ? Decision.nothingChanged(locationId)
                : Decision.of(locationId, new LocationArchived(locationId));
    }

    /** A location people may move into: one that exists and is not archived. */
    public Location open(String locationId) {
        Location location = get(locationId);
        if (location.archived()) {
            throw new ValidationError("location '" + location.name() + "' is archived; no one moves into it any more");
        }
        return location;
    }

    void evolve(LocationEvent event) {
        switch (event) {
            case LocationCreated e -> byId.put(e.locationId(), new Location(e.locationId(), e.name(),
                    ZoneId.of(e.timeZone()), e.holidayCalendar(), WorkingWeek.of(e.workingDays(), e.hoursPerDay()),
                    new TreeMap<>()));
            case HolidayAdded e -> byId.computeIfPresent(e.locationId(), (k, l) -> l.withHoliday(e.date(), e.name()));
            case OptionalHolidayAdded e -> byId.computeIfPresent(e.locationId(),
                    (k, l) -> l.withOptionalHoliday(e.date(), e.name()));
            case OptionalHolidaysPerYearSet e -> byId.computeIfPresent(e.locationId(),
                    (k, l) -> l.withOptionalHolidaysPerYear(e.perYear()));
            case HolidayRemoved e -> {
                byId.computeIfPresent(e.locationId(), (k, l) -> l.withoutHoliday(e.date()));
                removedHolidays.add(e.locationId() + "|" + e.date());
            }
            case LocationUpdated e -> byId.computeIfPresent(e.locationId(), (k, l) -> l.withSettings(e.name(),
                    ZoneId.of(e.timeZone()), e.holidayCalendar()));
            case LocationWorkingWeekSet e -> byId.computeIfPresent(e.locationId(), (k, l) -> l.withWorkingWeek(
                    e.effectiveDate(), WorkingWeek.of(e.workingDays(), e.hoursPerDay(), e.hoursByDay())));
            case LocationArchived e -> byId.computeIfPresent(e.locationId(), (k, l) -> l.asArchived());
        }
    }

    private static String knownCalendar(String holidayCalendar, HolidayCalendar calendars) {
        String calendar = holidayCalendar.strip().toUpperCase(Locale.ROOT);
        if (!calendars.supports(calendar)) {
            throw new ValidationError("holidayCalendar '" + holidayCalendar + "' is not a known calendar: use an ISO"
                    + " 3166-1 country code (DE), optionally with an ISO 3166-2 subdivision (DE-BY), or NONE");
        }
        return calendar;
    }

    private static ZoneId parseZone(String timeZone) {
        if (timeZone == null || timeZone.isBlank() || !timeZone.contains("/") && !"UTC".equals(timeZone)) {
            throw ValidationError.at("timeZone", "timeZone must be an IANA time zone such as Europe/Berlin, got '"
                    + timeZone + "'");
        }
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new ValidationError("timeZone '" + timeZone + "' is not an IANA time zone (e.g. Europe/Berlin)");
        }
    }
}
