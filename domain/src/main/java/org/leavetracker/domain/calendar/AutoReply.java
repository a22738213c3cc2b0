package org.leavetracker.domain.calendar;

import java.time.Instant;

/**
 * A mailbox's out-of-office reply as the provider holds it: on with a window, or off.
 *
 * @param start   inclusive, null when on without a window
 * @param end     exclusive, null when on without a window
 * @param message what senders are told (plain text), or null
 */
public record AutoReply(boolean enabled, Instant start, Instant end, String message) {

    public static final AutoReply OFF = new AutoReply(false, null, null, null);

    public static AutoReply scheduled(Instant start, Instant end, String message) {
        return new AutoReply(true, start, end, message);
    }

    /** Whether this is the reply Leave Tracker set; anything else on the mailbox was set by the person. */
    public boolean sameAs(AutoReply ours) {
        return ours != null && enabled && ours.enabled && java.util.Objects.equals(start, ours.start)
                && java.util.Objects.equals(end, ours.end) && java.util.Objects.equals(message, ours.message);
    }
}
