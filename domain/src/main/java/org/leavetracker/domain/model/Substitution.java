package org.leavetracker.domain.model;

import java.time.LocalDate;

/** An approver's substitute from {@code from} through {@code to}: they may decide what the approver could. */
public record Substitution(String substituteId, LocalDate from, LocalDate to) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
