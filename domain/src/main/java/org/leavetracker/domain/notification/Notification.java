package org.leavetracker.domain.notification;

import java.util.Objects;
import java.util.Optional;

import org.leavetracker.domain.model.Language;
import org.leavetracker.domain.model.Text;

/**
 * One message to one person about one event.
 *
 * @param eventId "aggregateId/version" of the event it tells about: a mailer or a reader can recognise a repeat
 * @param decisionRequestId the request the recipient is asked to approve or deny (a channel with buttons offers
 *                          them), or null when the message only informs
 * @param language          the recipient's: a channel's own words around the message (Slack's buttons) speak it
 */
public record Notification(String to, String subject, String body, String eventId, String decisionRequestId,
                           Language language) {

    public Notification {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(eventId, "eventId");
        // a subject is one header line: a line break from a stored name must not start a header of its own
        subject = Text.oneLine(subject);
        language = language == null ? Language.DEFAULT : language;
    }

    public Notification(String to, String subject, String body, String eventId, String decisionRequestId) {
        this(to, subject, body, eventId, decisionRequestId, Language.DEFAULT);
    }

    /** A message that asks for nothing. */
    public Notification(String to, String subject, String body, String eventId) {
        this(to, subject, body, eventId, null, Language.DEFAULT);
    }

    public Optional<String> asksToDecide() {
        return Optional.ofNullable(decisionRequestId);
    }
}
