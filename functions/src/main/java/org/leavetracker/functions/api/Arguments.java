package org.leavetracker.functions.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.model.DateWindow;
import org.leavetracker.domain.model.Text;
import org.leavetracker.domain.model.Days;

/**
 * The arguments of one field, read with clear refusals for anything malformed, and bounded: no string, list or date
 * that would make a call work without end gets past here (SPEC §4, Limits; docs/decisions/0029).
 */
public final class Arguments {

    /** Any one string argument; the free-text fields have tighter limits of their own ({@code Text}). */
    public static final int STRING_MAX = 10_000;
    /** Ids in one list argument (managers, members, leave types, event types). */
    public static final int IDS_MAX = 1_000;
    /** Objects in one list argument (approval levels, hours of a week). */
    public static final int OBJECTS_MAX = 50;

    private final Map<String, Object> values;

    public Arguments(Map<String, Object> values) {
        this.values = values;
    }

    public String string(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        String text = value.toString();
        if (text.length() > STRING_MAX) {
            throw ValidationError.at(name, name + " is too long: " + text.length() + " characters, at most " + STRING_MAX);
        }
        return text;
    }

    public String required(String name) {
        String value = string(name);
        if (value == null) {
            throw ValidationError.required(name);
        }
        return value;
    }

    public LocalDate date(String name) {
        String value = string(name);
        if (value == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ValidationError.at(name, name + " must be a date YYYY-MM-DD, got '" + value + "'");
        }
        return DateWindow.require(date, name);
    }

    /** A year inside the dates any call accepts ({@link DateWindow}). */
    public int requiredYear(String name) {
        return DateWindow.requireYear(requiredInteger(name), name);
    }

    public LocalDate requiredDate(String name) {
        LocalDate date = date(name);
        if (date == null) {
            throw ValidationError.required(name);
        }
        return date;
    }

    /** A time of day, HH:mm. */
    public LocalTime time(String name) {
        String value = string(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalTime.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw ValidationError.at(name, name + " must be a time like 09:30, got '" + value + "'");
        }
    }

    public Integer integer(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.intValue();
        }
        try {
            return Integer.parseInt(value.toString());
        } catch (NumberFormatException e) {
            throw ValidationError.at(name, name + " must be a whole number, got '" + value + "'");
        }
    }

    public int requiredInteger(String name) {
        Integer value = integer(name);
        if (value == null) {
            throw ValidationError.required(name);
        }
        return value;
    }

    /** An amount of days: a multiple of 0.5. */
    public Days days(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        try {
            return Days.ofDecimal(value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString()),
                    name);
        } catch (NumberFormatException e) {
            throw ValidationError.at(name, name + " must be a number of days, got '" + value + "'");
        }
    }

    public boolean bool(String name) {
        Boolean value = optionalBool(name);
        if (value == null) {
            throw ValidationError.required(name);
        }
        return value;
    }

    /** null when absent */
    public Boolean optionalBool(String name) {
        Object value = values.get(name);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        return switch (value.toString()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ValidationError.at(name, name + " must be true or false");
        };
    }

    public <E extends Enum<E>> E enumeration(String name, Class<E> type) {
        String value = string(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationError.at(name, name + " must be one of " + List.of(type.getEnumConstants()) + ", got '"
                    + value + "'");
        }
    }

    public List<DayOfWeek> daysOfWeek(String name) {
        Object value = values.get(name);
        if (!(value instanceof List<?> list) || list.size() > 7) {
            throw ValidationError.at(name, name + " must be a list of days of the week, each at most once");
        }
        List<DayOfWeek> days = new ArrayList<>();
        for (Object day : list) {
            days.add(new Arguments(Map.of(name, String.valueOf(day))).enumeration(name, DayOfWeek.class));
        }
        return days;
    }

    /** An optional list of ids; absent or null is an empty list. */
    public List<String> ids(String name) {
        Object value = values.get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.stream().anyMatch(id -> !(id instanceof String))) {
            throw ValidationError.at(name, name + " must be a list of ids");
        }
        if (list.size() > IDS_MAX || list.stream().anyMatch(id -> ((String) id).length() > Text.NAME_MAX)) {
            throw ValidationError.at(name, name + " takes at most " + IDS_MAX + " ids of at most " + Text.NAME_MAX
                    + " characters");
        }
        return list.stream().map(String.class::cast).toList();
    }

    /** A list of input objects, each read with the same rules as the arguments themselves. */
    public List<Arguments> objects(String name) {
        Object value = values.get(name);
        if (!(value instanceof List<?> list) || list.stream().anyMatch(o -> !(o instanceof Map))) {
            throw ValidationError.at(name, name + " must be a list of objects");
        }
        if (list.size() > OBJECTS_MAX) {
            throw ValidationError.at(name, name + " takes at most " + OBJECTS_MAX + " entries, got " + list.size());
        }
        List<Arguments> objects = new ArrayList<>();
        for (Object object : list) {
            Map<String, Object> fields = new java.util.HashMap<>();
            ((Map<?, ?>) object).forEach((k, v) -> fields.put(String.valueOf(k), v));
            objects.add(new Arguments(fields));
        }
        return objects;
    }
}
