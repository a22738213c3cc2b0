package org.leavetracker.domain.model;

import java.time.LocalDate;

import org.leavetracker.domain.error.ValidationError;

/**
 * The dates any command or query accepts, written once: from 1970 (a long-serving person's first day, old leave
 * imported) to 2099. Outside it a date is a typo or a probe, and every year between such dates is work the server
 * would do (balances are computed year by year), so it is refused at once.
 */
public final class DateWindow {

    public static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private DateWindow() {
    }

    /** @throws ValidationError naming {@code field} when the date is outside the window */
    public static LocalDate require(LocalDate date, String field) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw ValidationError.broke(field, "dateWindow", field + " must be between " + EARLIEST + " and " + LATEST
                    + ", got " + date, java.util.Map.of("earliest", EARLIEST.toString(), "latest", LATEST.toString()));
        }
        return date;
    }

    /** @throws ValidationError naming {@code field} when the year is outside the window */
    public static int requireYear(int year, String field) {
        if (year < EARLIEST.getYear() || year > LATEST.getYear()) {
            throw ValidationError.at(field, field + " must be between " + EARLIEST.getYear() + " and " + LATEST.getYear()
                    + ", got " + year);
        }
        return year;
    }
}
