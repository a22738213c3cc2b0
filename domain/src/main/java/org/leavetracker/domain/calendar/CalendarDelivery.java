package org.leavetracker.domain.calendar;

import java.time.Instant;

/**
 * One attempt to change one person's calendar or reply, as the delivery log shows it to admins.
 *
 * @param statusCode the provider's HTTP status, 0 when not reached or nothing was sent
 */
public record CalendarDelivery(String orgId, String requestId, String mailbox, Action action, int attempt,
                               int statusCode, boolean succeeded, String error, Instant at) {

    /** What the attempt did or meant to do. */
    public enum Action {
        EVENT_CREATED, EVENT_UPDATED, EVENT_REMOVED, REPLY_SET, REPLY_CLEARED,
        /** The person's own reply was on: left untouched. */
        REPLY_KEPT
    }
}
