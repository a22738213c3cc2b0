package org.leavetracker.domain.model;

import org.leavetracker.domain.error.ValidationError;

/**
 * Checks for the free-text fields of commands: names are required, nothing is unbounded, and nothing is stored that
 * could not be read back as it was written. A name is one line: no control characters at all. A note may have line
 * breaks and tabs, and no other control character. Neither may hold half of a surrogate pair, which no storage
 * can keep faithfully (it would come back as "?").
 */
public final class Text {

    public static final int NAME_MAX = 200;
    public static final int NOTE_MAX = 1000;

    private Text() {
    }

    public static String requiredName(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ValidationError.required(field);
        }
        return checked(bounded(value.strip(), field, NAME_MAX), field, false);
    }

    public static String optionalNote(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return checked(bounded(value.strip(), field, NOTE_MAX), field, true);
    }

    public static String requiredNote(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ValidationError.required(field);
        }
        return checked(bounded(value.strip(), field, NOTE_MAX), field, true);
    }

    /**
     * @param multiLine whether line breaks and tabs are allowed
     * @throws ValidationError naming the field and the first character refused, by position
     */
    public static String checked(String value, String field, boolean multiLine) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++; // a whole pair: one character outside the basic plane (an emoji)
                continue;
            }
            if (Character.isSurrogate(c)) {
                throw ValidationError.at(field, field + " holds half of a character (at position " + (i + 1)
                        + "): it cannot be stored faithfully; type it again");
            }
            boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
            if ((Character.isISOControl(c) || c == '\u2028' || c == '\u2029') && !(multiLine && lineBreak)) {
                throw ValidationError.at(field, field + " holds a control character (U+" + String.format("%04X", (int) c)
                        + " at position " + (i + 1) + ")" + (multiLine ? "" : "; it is a single line"));
            }
        }
        return value;
    }

    /**
     * Text made one line for an output whose lines have meaning (a mail header, a calendar property): control
     * characters and line separators become a space. Stored names refuse them, but names stored before did not.
     */
    public static String oneLine(String value) {
        return value == null ? "" : value.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    }

    private static String bounded(String value, String field, int max) {
        if (value.length() > max) {
            throw ValidationError.broke(field, "tooLong", field + " is too long: " + value.length()
                    + " characters, at most " + max, java.util.Map.of("length", value.length(), "limit", max));
        }
        return value;
    }
}
