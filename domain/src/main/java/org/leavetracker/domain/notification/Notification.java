package org.leavetracker.domain.notification;

import java.util.Objects;

/**
 * One message to one person about one event.
 *
 * @param eventId "aggregateId/version" of the event it tells about: a mailer or a reader can recognise a repeat
 */
public record Notification(String to, String subject, String body, String eventId) {

    public Notification {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(eventId, "eventId");
    }
}
