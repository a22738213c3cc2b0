package org.leavetracker.domain.calendar;

/**
 * What Leave Tracker put in a mailbox for one request: the provider's own event id (so a change moves that event
 * and a retry creates no second one) and the reply it set (so a reply the person changed by hand is left alone).
 *
 * @param eventId   null when no event was put there (the person opted out)
 * @param replySet  null when no reply was set by us
 */
public record CalendarLink(String orgId, String requestId, String mailbox, String eventId, AutoReply replySet) {

    public CalendarLink withEvent(String id) {
        return new CalendarLink(orgId, requestId, mailbox, id, replySet);
    }

    public CalendarLink withReply(AutoReply reply) {
        return new CalendarLink(orgId, requestId, mailbox, eventId, reply);
    }
}
