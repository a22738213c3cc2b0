package org.leavetracker.domain.model;

import java.util.Locale;
import java.util.regex.Pattern;

import org.leavetracker.domain.error.ValidationError;

/** An e-mail address, normalised to lower case: addresses are unique across the installation, case-insensitively. */
public record Email(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");
    private static final int MAX_LENGTH = 254;

    public Email {
        if (value == null || value.isBlank()) {
            throw ValidationError.required("email");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new ValidationError("'" + abbreviate(value) + "' is not an e-mail address");
        }
        Text.checked(value, "email", false);
    }

    public static Email of(String value) {
        return new Email(value);
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    @Override
    public String toString() {
        return value;
    }
}
