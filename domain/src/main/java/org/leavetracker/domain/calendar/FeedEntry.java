package org.leavetracker.domain.calendar;

import java.time.LocalDate;

import org.leavetracker.domain.model.HalfDay;

/**
 * One approved leave in a feed: an all-day event from {@code start} through {@code endInclusive}.
 *
 * @param uid stable across feed refreshes (the request's id), so calendar apps update instead of duplicating
 */
public record FeedEntry(String uid, String summary, LocalDate start, LocalDate endInclusive, HalfDay halfDay) {
}
