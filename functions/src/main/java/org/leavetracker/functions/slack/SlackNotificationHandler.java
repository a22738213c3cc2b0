package org.leavetracker.functions.slack;

import java.util.List;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import org.leavetracker.domain.notification.Notification;
import org.leavetracker.functions.pipeline.BusEventReader;
import org.leavetracker.functions.pipeline.NotificationHandler;

/**
 * EventBridge rule target (rule {@code slack-notifications}): the workflow's messages as Slack direct messages —
 * a request to decide with Approve / Deny buttons, a decision, a cancellation. A Slack failure fails the
 * invocation, so EventBridge retries it and finally dead-letters it; e-mail goes its own way.
 */
public final class SlackNotificationHandler implements RequestHandler<ScheduledEvent, List<Notification>> {

    private static final WiredPerSecret<NotificationHandler.Notifier> CURRENT = new WiredPerSecret<>(
            "the Slack notifier", (app, settings) -> NotificationHandler.notifier(app.repository, app.readModel, app.json, settings.webApi()));

    /** Null in Lambda's instance, which uses the notifier wired with the secret as it is now. */
    private final NotificationHandler.Notifier notifier;

    public SlackNotificationHandler() {
        this.notifier = null;
    }

    public SlackNotificationHandler(NotificationHandler.Notifier notifier) {
        this.notifier = notifier;
    }

    @Override
    public List<Notification> handleRequest(ScheduledEvent event, Context context) {
        return (notifier == null ? CURRENT.current() : notifier).run(BusEventReader.detailJson(event));
    }
}
