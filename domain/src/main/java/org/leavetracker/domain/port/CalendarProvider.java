package org.leavetracker.domain.port;

import java.util.List;

import org.leavetracker.domain.calendar.AutoReply;
import org.leavetracker.domain.calendar.AwayEvent;

/**
 * One organization's Google Workspace or Microsoft 365, acting in each person's mailbox (by domain-wide delegation
 * or application permission). Every call may throw
 * {@link org.leavetracker.domain.calendar.CalendarProviderFailure}.
 */
public interface CalendarProvider {

    /**
     * Creates the event, or moves the one of that id.
     *
     * @param eventId the provider's id of the event put there before, or null
     * @return the provider's id of the event
     */
    String putEvent(String mailbox, String eventId, AwayEvent event);

    /** Removes the event; one deleted by hand already counts as removed. */
    void removeEvent(String mailbox, String eventId);

    AutoReply autoReply(String mailbox);

    void setAutoReply(String mailbox, AutoReply reply);

    /**
     * Whether the connection can do its work in this mailbox: each problem in words an admin acts on (a scope not
     * granted, consent not given or revoked, no such mailbox); empty when all is well.
     */
    List<String> check(String mailbox);
}
