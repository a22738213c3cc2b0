package org.leavetracker.adapters.mail;

import org.leavetracker.domain.notification.Notification;
import org.leavetracker.domain.port.NotificationChannel;
import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.ses.model.MessageTag;

/**
 * Sends notifications as plain-text e-mail through Amazon SES from a verified sender address. A failure is thrown,
 * so the bus retries the event and finally dead-letters it.
 */
public final class SesMailer implements NotificationChannel {

    private final SesClient ses;
    private final String from;

    public SesMailer(SesClient ses, String from) {
        this.ses = ses;
        this.from = from;
    }

    @Override
    public void send(Notification notification) {
        ses.sendEmail(b -> b.source(from)
                .destination(d -> d.toAddresses(notification.to()))
                .message(m -> m.subject(s -> s.data(notification.subject()).charset("UTF-8"))
                        .body(body -> body.text(t -> t.data(notification.body()).charset("UTF-8"))))
                .tags(MessageTag.builder().name("event").value(tagValue(notification.eventId())).build()));
    }

    /** SES tag values allow letters, digits, '_' and '-' only. */
    static String tagValue(String eventId) {
        return eventId.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
