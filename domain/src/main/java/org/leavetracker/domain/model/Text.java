package org.leavetracker.domain.model;

import org.leavetracker.domain.error.ValidationError;

/** Checks for the free-text fields of commands: names are required, and nothing is unbounded. */
public final class Text {

    public static final int NAME_MAX = 200;
    public static final int NOTE_MAX = 1000;

    private Text() {
    }

    public static String requiredName(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ValidationError(field + " is required");
        }
        return bounded(value.strip(), field, NAME_MAX);
    }

    public static String optionalNote(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return bounded(value.strip(), field, NOTE_MAX);
    }

    public static String requiredNote(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ValidationError(field + " is required");
        }
        return bounded(value.strip(), field, NOTE_MAX);
    }

    private static String bounded(String value, String field, int max) {
        if (value.length() > max) {
            throw new ValidationError(field + " is too long: " + value.length() + " characters, at most " + max);
        }
        return value;
    }
}
