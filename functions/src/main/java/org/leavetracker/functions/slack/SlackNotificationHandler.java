package org.leavetracker.functions.slack;

import java.util.List;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import org.leavetracker.domain.notification.Notification;
import org.leavetracker.functions.pipeline.BusEventReader;
import org.leavetracker.functions.pipeline.NotificationHandler;
import org.leavetracker.functions.support.Application;

/**
 * EventBridge rule target (rule {@code slack-notifications}): the workflow's messages as Slack direct messages —
 * a request to decide with Approve / Deny buttons, a decision, a cancellation. A Slack failure fails the
 * invocation, so EventBridge retries it and finally dead-letters it; e-mail goes its own way.
 */
public final class SlackNotificationHandler implements RequestHandler<ScheduledEvent, List<Notification>> {

    private static NotificationHandler.Notifier coldStart;

    private final NotificationHandler.Notifier notifier;

    public SlackNotificationHandler() {
        this(fromEnvironment());
    }

    public SlackNotificationHandler(NotificationHandler.Notifier notifier) {
        this.notifier = notifier;
    }

    private static synchronized NotificationHandler.Notifier fromEnvironment() {
        if (coldStart == null) {
            SlackSettings settings = SlackSettings.fromEnvironment().orElseThrow(() ->
                    new IllegalStateException("the Slack notifier needs SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN"));
            coldStart = NotificationHandler.notifier(Application.fromEnvironment(), settings.webApi());
        }
        return coldStart;
    }

    @Override
    public List<Notification> handleRequest(ScheduledEvent event, Context context) {
        return notifier.run(BusEventReader.detailJson(event));
    }
}
