package org.leavetracker.domain.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.stream.Stream;

import org.leavetracker.domain.error.ValidationError;

/** An inclusive range of local dates. */
public record DateRange(LocalDate start, LocalDate end) {

    public DateRange {
        if (start == null || end == null) {
            throw new ValidationError("startDate and endDate are required");
        }
        if (end.isBefore(start)) {
            throw new ValidationError("endDate " + end + " is before startDate " + start);
        }
    }

    /**
     * The longest range a request, blackout, substitution, team calendar or report may span: a leap year. Longer is
     * almost certainly a typo; a sabbatical is recorded as consecutive requests.
     */
    public static final long MAX_LENGTH_DAYS = 366;

    public static DateRange of(LocalDate start, LocalDate end) {
        return new DateRange(start, end);
    }

    /**
     * A range named by a caller as from .. to, both required, at most {@link #MAX_LENGTH_DAYS} days; otherwise a
     * {@link ValidationError} that names {@code what}.
     */
    public static DateRange bounded(LocalDate from, LocalDate to, String what) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new ValidationError(what + " needs from <= to, got " + from + " .. " + to);
        }
        DateRange range = new DateRange(from, to);
        if (range.lengthInDays() > MAX_LENGTH_DAYS) {
            throw new ValidationError(what + " spans at most " + MAX_LENGTH_DAYS + " days (got "
                    + range.lengthInDays() + "); split it into parts");
        }
        return range;
    }

    public static DateRange year(int year) {
        return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static DateRange single(LocalDate date) {
        return new DateRange(date, date);
    }

    public long lengthInDays() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    public boolean overlaps(DateRange other) {
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }

    public boolean isSingleDay() {
        return start.equals(end);
    }

    public Optional<DateRange> intersect(DateRange other) {
        LocalDate s = start.isAfter(other.start) ? start : other.start;
        LocalDate e = end.isBefore(other.end) ? end : other.end;
        return e.isBefore(s) ? Optional.empty() : Optional.of(new DateRange(s, e));
    }

    public Stream<LocalDate> dates() {
        return start.datesUntil(end.plusDays(1));
    }

    public int firstYear() {
        return start.getYear();
    }

    public int lastYear() {
        return end.getYear();
    }
}
