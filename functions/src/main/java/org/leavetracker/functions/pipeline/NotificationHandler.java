package org.leavetracker.functions.pipeline;

import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import org.leavetracker.adapters.bus.EventDetails;
import org.leavetracker.adapters.json.EventJson;
import org.leavetracker.adapters.mail.SesMailer;
import org.leavetracker.domain.notification.LeaveNotifications;
import org.leavetracker.domain.notification.Notification;
import org.leavetracker.domain.port.NotificationChannel;
import org.leavetracker.domain.port.ReadModel;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.functions.support.ColdStart;
import org.leavetracker.functions.support.JsonLog;
import org.leavetracker.functions.support.Ports;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.ses.SesClient;

/**
 * EventBridge rule target: tells the people a workflow event concerns. E-mail through SES when the stack names a
 * sender (MAIL_FROM); otherwise each message is only logged, so a deployment without SES still shows what it
 * would have sent.
 */
public final class NotificationHandler implements RequestHandler<ScheduledEvent, List<Notification>> {

    private static final JsonLog LOG = new JsonLog(NotificationHandler.class);

    private static final ColdStart<Notifier> WIRED = new ColdStart<>(() -> {
        String from = System.getenv("MAIL_FROM");
        NotificationChannel mailer = from == null || from.isBlank()
                ? n -> LOG.info("notification (no MAIL_FROM configured, not sent)", Map.of("to", n.to(),
                        "subject", n.subject(), "event", n.eventId()))
                : new SesMailer(SesClient.builder().httpClient(UrlConnectionHttpClient.create()).build(), from);
        Ports ports = Ports.fromEnvironment();
        return notifier(ports.repository(), ports.readModel(), ports.json(), mailer);
    });

    /** The notifier of one bus entry. */
    public record Notifier(BusEventReader events, LeaveNotifications notifications) {
        public List<Notification> run(String detail) {
            return notifications.notify(events.read(detail));
        }
    }

    private final Notifier notifier;

    public NotificationHandler() {
        this(WIRED.get());
    }

    public NotificationHandler(Notifier notifier) {
        this.notifier = notifier;
    }

    /** The notifier over the event store and the read tables, sending through {@code mailer}. */
    public static Notifier notifier(Repository repository, ReadModel readModel, EventJson json,
                                    NotificationChannel mailer) {
        return new Notifier(new BusEventReader(new EventDetails(json), repository),
                new LeaveNotifications(repository, readModel, mailer));
    }

    @Override
    public List<Notification> handleRequest(ScheduledEvent event, Context context) {
        return notifier.run(BusEventReader.detailJson(event));
    }
}
