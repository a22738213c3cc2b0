package org.leavetracker.domain.testing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.leavetracker.domain.port.HolidayCalendar;

/** Public holidays from a table the test fills; the real adapter reads a maintained holiday library. */
public final class TableHolidayCalendar implements HolidayCalendar {

    private final Map<String, Map<LocalDate, String>> byCode = new HashMap<>();

    public TableHolidayCalendar() {
        byCode.put(NONE, new TreeMap<>());
    }

    public TableHolidayCalendar with(String code, LocalDate date, String name) {
        byCode.computeIfAbsent(code, k -> new TreeMap<>()).put(date, name);
        return this;
    }

    public TableHolidayCalendar withCode(String code) {
        byCode.computeIfAbsent(code, k -> new TreeMap<>());
        return this;
    }

    @Override
    public boolean supports(String calendarCode) {
        return byCode.containsKey(calendarCode);
    }

    @Override
    public Map<LocalDate, String> holidays(String calendarCode, int year) {
        Map<LocalDate, String> inYear = new TreeMap<>();
        byCode.getOrDefault(calendarCode, Map.of()).forEach((date, name) -> {
            if (date.getYear() == year) {
                inYear.put(date, name);
            }
        });
        return inYear;
    }

    /** Each code named after itself: the table knows no names. */
    @Override
    public java.util.SortedMap<String, String> names() {
        java.util.SortedMap<String, String> names = new TreeMap<>();
        byCode.keySet().forEach(code -> names.put(code, code));
        return names;
    }
}
