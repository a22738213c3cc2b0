package org.leavetracker.domain.calendar;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What approved leave puts in the person's own calendar: an all-day event that shows them away, named by the leave
 * type in their language, never the reason.
 *
 * @param key      stable per request: the provider's idempotency key, so a retried creation makes no second event
 * @param lastDay  inclusive
 * @param timeZone the person's workplace's, where the provider wants one for all-day events
 */
public record AwayEvent(String key, String title, LocalDate firstDay, LocalDate lastDay, ZoneId timeZone) {
}
