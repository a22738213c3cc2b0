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
import org.leavetracker.domain.model.Days;

/** The arguments of one field, read with clear refusals for anything malformed. */
public final class Arguments {

    private final Map<String, Object> values;

    public Arguments(Map<String, Object> values) {
        this.values = values;
    }

    public String string(String name) {
        Object value = values.get(name);
        return value == null ? null : value.toString();
    }

    public String required(String name) {
        String value = string(name);
        if (value == null) {
            throw new ValidationError(name + " is required");
        }
        return value;
    }

    public LocalDate date(String name) {
        String value = string(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ValidationError(name + " must be a date YYYY-MM-DD, got '" + value + "'");
        }
    }

    public LocalDate requiredDate(String name) {
        LocalDate date = date(name);
        if (date == null) {
            throw new ValidationError(name + " is required");
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
            throw new ValidationError(name + " must be a time like 09:30, got '" + value + "'");
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
            throw new ValidationError(name + " must be a whole number, got '" + value + "'");
        }
    }

    public int requiredInteger(String name) {
        Integer value = integer(name);
        if (value == null) {
            throw new ValidationError(name + " is required");
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
            throw new ValidationError(name + " must be a number of days, got '" + value + "'");
        }
    }

    public boolean bool(String name) {
        Boolean value = optionalBool(name);
        if (value == null) {
            throw new ValidationError(name + " is required");
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
            default -> throw new ValidationError(name + " must be true or false");
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
            throw new ValidationError(name + " must be one of " + List.of(type.getEnumConstants()) + ", got '"
                    + value + "'");
        }
    }

    public List<DayOfWeek> daysOfWeek(String name) {
        Object value = values.get(name);
        if (!(value instanceof List<?> list)) {
            throw new ValidationError(name + " must be a list of days of the week");
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
            throw new ValidationError(name + " must be a list of ids");
        }
        return list.stream().map(String.class::cast).toList();
    }

    /** A list of input objects, each read with the same rules as the arguments themselves. */
    public List<Arguments> objects(String name) {
        Object value = values.get(name);
        if (!(value instanceof List<?> list) || list.stream().anyMatch(o -> !(o instanceof Map))) {
            throw new ValidationError(name + " must be a list of objects");
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
