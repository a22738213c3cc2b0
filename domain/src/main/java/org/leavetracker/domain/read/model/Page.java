package org.leavetracker.domain.read.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import org.leavetracker.domain.error.ValidationError;

/**
 * One page of a list (SPEC §4 "Paging"): its items and where the next page starts ({@code after}: the last item's
 * position, null on the last page). Positions are keys of the items, not offsets, so a page boundary stays put while
 * items are added or changed elsewhere in the list: every item present throughout is seen exactly once.
 */
public record Page<T>(List<T> items, String after) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1_000;

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), after);
    }

    /** A client's limit checked: null is the default. */
    public static int limit(Integer requested) {
        if (requested == null) {
            return DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > MAX_LIMIT) {
            throw ValidationError.at("limit", "limit is 1.." + MAX_LIMIT + ", got " + requested);
        }
        return requested;
    }

    /**
     * A page of a list already in the order of {@code position} (strictly increasing): the items after the given
     * position, at most {@code limit}.
     */
    public static <T> Page<T> of(List<T> ordered, Function<T, String> position, int limit, String after) {
        List<T> items = new ArrayList<>(limit);
        boolean more = false;
        for (T item : ordered) {
            if (after != null && position.apply(item).compareTo(after) <= 0) {
                continue;
            }
            if (items.size() == limit) {
                more = true;
                break;
            }
            items.add(item);
        }
        return new Page<>(items, more ? position.apply(items.getLast()) : null);
    }

    /** The position of something listed by date: its start date, then its id (ISO dates sort as strings). */
    public static String byStartDate(LocalDate start, String id) {
        return start + "#" + id;
    }

    /** An expiring balance's place in its list: the soonest expiry first. */
    public static String byExpiry(ExpiringBalance e) {
        return e.expiresOn() + "#" + e.userId() + "#" + e.leaveTypeId();
    }

    /**
     * A position that sorts the latest start date first (then by id): the days before 2100-01-01, zero-padded, so
     * that a store's ascending order of positions lists the most recent first.
     */
    public static String latestFirst(LocalDate start, String id) {
        long daysBefore = LocalDate.of(2100, 1, 1).toEpochDay() - start.toEpochDay();
        return String.format("%06d#%s", daysBefore, id);
    }

    /**
     * A page of the items of a paged source that {@code keep} accepts, read a source page at a time until this one is
     * full: what the caller may see of a list stored for more than them (an admin's queue without their own requests,
     * a calendar of one team).
     *
     * @param source a page of at most the given size after a position (null: from the start), in position order
     */
    public static <T> Page<T> filtered(BiFunction<Integer, String, Page<T>> source, Predicate<T> keep,
                                       Function<T, String> position, int limit, String after) {
        List<T> kept = new ArrayList<>(limit);
        String from = after;
        while (true) {
            Page<T> read = source.apply(limit + 1, from);
            for (T item : read.items()) {
                if (!keep.test(item)) {
                    continue;
                }
                if (kept.size() == limit) {
                    return new Page<>(kept, position.apply(kept.getLast()));
                }
                kept.add(item);
            }
            if (read.after() == null) {
                return new Page<>(kept, null);
            }
            from = read.after();
        }
    }
}
