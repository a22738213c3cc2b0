package org.leavetracker.domain.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A value that changes on dates: each entry applies from its date until the next one. A second entry on the same
 * date replaces the first (that is how an admin corrects a dated change).
 */
public final class DatedHistory<T> {

    private final TreeMap<LocalDate, T> entries = new TreeMap<>();

    public void set(LocalDate effectiveDate, T value) {
        entries.put(effectiveDate, value);
    }

    /** Takes back the entry of a date: the one before it applies again, as if it had never been set. */
    public void remove(LocalDate effectiveDate) {
        entries.remove(effectiveDate);
    }

    /** The value in force on a date, if any entry applies by then. */
    public Optional<T> on(LocalDate date) {
        Map.Entry<LocalDate, T> entry = entries.floorEntry(date);
        return entry == null ? Optional.empty() : Optional.of(entry.getValue());
    }

    /** Every value in force on some day of [from, to]. */
    public Set<T> valuesDuring(LocalDate from, LocalDate to) {
        Set<T> values = new LinkedHashSet<>();
        on(from).ifPresent(values::add);
        values.addAll(entries.subMap(from, false, to, true).values());
        return values;
    }

    /** The value recorded exactly on a date, if any. */
    public Optional<T> exactlyOn(LocalDate date) {
        return Optional.ofNullable(entries.get(date));
    }

    public Optional<LocalDate> firstDate() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.firstKey());
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public NavigableMap<LocalDate, T> entries() {
        return Collections.unmodifiableNavigableMap(entries);
    }
}
