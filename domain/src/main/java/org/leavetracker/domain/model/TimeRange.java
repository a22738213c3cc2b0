package org.leavetracker.domain.model;

import java.time.Duration;
import java.time.LocalTime;

import org.leavetracker.domain.error.ValidationError;

/** Part of one day, from {@code start} to {@code end}, on half-hour boundaries (hourly leave). */
public record TimeRange(LocalTime start, LocalTime end) {

    public TimeRange {
        if (start == null || end == null || !end.isAfter(start)) {
            throw ValidationError.at("startTime", "startTime must be before endTime, got " + start + " .. " + end);
        }
        if (!onHalfHour(start) || !onHalfHour(end)) {
            throw new ValidationError("hourly leave starts and ends on the hour or half hour, not " + start + " .. "
                    + end);
        }
    }

    /** Both or neither: a part of a day, or whole days. */
    public static TimeRange ofNullable(LocalTime start, LocalTime end) {
        if (start == null && end == null) {
            return null;
        }
        if (start == null || end == null) {
            throw new ValidationError("give both startTime and endTime, or neither for whole days");
        }
        return new TimeRange(start, end);
    }

    /** The length in half hours. */
    public long halfHours() {
        return Duration.between(start, end).toMinutes() / 30;
    }

    private static boolean onHalfHour(LocalTime time) {
        return time.getSecond() == 0 && time.getNano() == 0 && time.getMinute() % 30 == 0;
    }
}
