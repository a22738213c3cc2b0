package org.leavetracker.domain.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An approver's substitute from {@code from} through {@code to}: they may decide what the approver could. */
public record Substitution(String substituteId, LocalDate from, LocalDate to) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The substitute on that day among an approver's substitutions in the order named: the latest covering wins. */
    public static Optional<String> substituteOn(List<Substitution> named, LocalDate day) {
        for (int i = named.size() - 1; i >= 0; i--) {
            if (named.get(i).covers(day)) {
                return Optional.of(named.get(i).substituteId());
            }
        }
        return Optional.empty();
    }
}
