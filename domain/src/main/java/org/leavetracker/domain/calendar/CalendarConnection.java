package org.leavetracker.domain.calendar;

import java.time.Instant;

/**
 * An organization's link to its people's calendars and mailboxes.
 *
 * @param replyTemplate the organization's out-of-office reply (placeholders {name}, {returnDate}, {contact}), or
 *                      null for the built-in one in each person's language
 */
public record CalendarConnection(CalendarProviderKind provider, String replyTemplate, Instant connectedAt) {
}
