package org.leavetracker.adapters.holiday;

import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import org.leavetracker.domain.model.Language;
import org.leavetracker.domain.port.HolidayCalendar;
import org.leavetracker.domain.wording.Wording;

/**
 * Public holidays from jollyday, a maintained holiday library: an ISO 3166-1 country code, optionally with an
 * ISO 3166-2 subdivision ({@code DE-BY}, {@code GB-ENG}, {@code US-NY}). Each (code, year) is computed once per
 * process, so a warm Lambda never computes a year twice. Only official public holidays count (not bank holidays or
 * observances); a holiday moved to an observed weekday counts on that weekday.
 */
public final class JollydayHolidayCalendar implements HolidayCalendar {

    private static final Pattern CODE = Pattern.compile("^([A-Z]{2})(?:-([A-Z0-9]{1,3}))?$");

    private final Map<String, Optional<HolidayManager>> managers = new ConcurrentHashMap<>();
    private final Map<String, Map<LocalDate, String>> years = new ConcurrentHashMap<>();

    @Override
    public boolean supports(String calendarCode) {
        if (NONE.equals(calendarCode)) {
            return true;
        }
        var match = calendarCode == null ? null : CODE.matcher(calendarCode);
        if (match == null || !match.matches()) {
            return false;
        }
        Optional<HolidayManager> manager = manager(match.group(1));
        if (manager.isEmpty()) {
            return false;
        }
        String subdivision = match.group(2);
        return subdivision == null || manager.get().getCalendarHierarchy().getChildren()
                .containsKey(subdivision.toLowerCase(Locale.ROOT));
    }

    @Override
    public Map<LocalDate, String> holidays(String calendarCode, int year) {
        return holidays(calendarCode, year, Language.EN);
    }

    /** Named as jollyday's own translations name them (it has German, French and Spanish names, among others). */
    @Override
    public Map<LocalDate, String> holidays(String calendarCode, int year, Language language) {
        return years.computeIfAbsent(calendarCode + "@" + year + "@" + language.tag(),
                k -> compute(calendarCode, year, language.locale()));
    }

    private Map<LocalDate, String> compute(String calendarCode, int year, Locale locale) {
        if (NONE.equals(calendarCode) || !supports(calendarCode)) {
            return Map.of();
        }
        var match = CODE.matcher(calendarCode);
        match.matches();
        HolidayManager manager = manager(match.group(1)).orElseThrow();
        String[] subdivision = match.group(2) == null ? new String[0]
                : new String[] {match.group(2).toLowerCase(Locale.ROOT)};
        Map<LocalDate, String> holidays = new TreeMap<>();
        for (Holiday holiday : manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, subdivision)) {
            LocalDate day = holiday.getDate(); // the observed day off (getActualDate is the calendar date)
            if (day.getYear() == year) {
                holidays.merge(day, holiday.getDescription(locale), (a, b) -> a + " / " + b);
            }
        }
        return Collections.unmodifiableMap(holidays);
    }

    private final Map<Language, SortedMap<String, String>> names = new ConcurrentHashMap<>();

    @Override
    public SortedMap<String, String> names() {
        return names(Language.EN);
    }

    /**
     * Read once per process and language, on first use (only the set-up screen asks): every country's hierarchy, one
     * level deep, named in the language.
     */
    @Override
    public SortedMap<String, String> names(Language language) {
        return names.computeIfAbsent(language, this::namesIn);
    }

    private SortedMap<String, String> namesIn(Language language) {
        Locale locale = language.locale();
        SortedMap<String, String> all = new TreeMap<>();
        all.put(NONE, Wording.of(language).text("holidays.none"));
        for (String country : HolidayManager.getSupportedCalendarCodes()) {
            if (!CODE.matcher(country).matches()) {
                continue; // calendars that are no country (NYSE, TARGET…) stay out of the list
            }
            manager(country).ifPresent(manager -> {
                CalendarHierarchy hierarchy = manager.getCalendarHierarchy();
                // jollyday names countries in German and French but not in Spanish: there the JDK's CLDR names them
                String name = language == Language.ES ? new Locale.Builder().setRegion(country).build()
                        .getDisplayCountry(locale) : hierarchy.getDescription(locale);
                all.put(country, name);
                hierarchy.getChildren().forEach((code, region) -> {
                    String subdivision = country + "-" + code.toUpperCase(Locale.ROOT);
                    if (supports(subdivision)) { // only what a location can be given (not jollyday's few odd keys)
                        all.put(subdivision, name + " – " + region.getDescription(locale));
                    }
                });
            });
        }
        return Collections.unmodifiableSortedMap(all);
    }

    private Optional<HolidayManager> manager(String country) {
        return managers.computeIfAbsent(country, c -> {
            if (!HolidayManager.getSupportedCalendarCodes().contains(c)) {
                return Optional.empty();
            }
            return Optional.of(HolidayManager.getInstance(ManagerParameters.create(c.toLowerCase(Locale.ROOT))));
        });
    }
}
