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

    private static Application coldStartApp;
    private static NotificationHandler.Notifier current;
    private static SlackSettings currentSettings;

    /** Null in Lambda's instance, which uses the notifier wired with the secret as it is now. */
    private final NotificationHandler.Notifier notifier;

    public SlackNotificationHandler() {
        this.notifier = null;
    }

    public SlackNotificationHandler(NotificationHandler.Notifier notifier) {
        this.notifier = notifier;
    }

    /** The notifier for the bot token as it is now (rewired only after a rotation). */
    private static synchronized NotificationHandler.Notifier current() {
        SlackSettings settings = SlackSettings.current().orElseThrow(() ->
                new IllegalStateException("the Slack notifier needs SLACK_SECRET (or SLACK_SIGNING_SECRET and"
                        + " SLACK_BOT_TOKEN)"));
        if (current == null || !settings.equals(currentSettings)) {
            if (coldStartApp == null) {
                coldStartApp = Application.fromEnvironment();
            }
            current = NotificationHandler.notifier(coldStartApp, settings.webApi());
            currentSettings = settings;
        }
        return current;
    }

    @Override
    public List<Notification> handleRequest(ScheduledEvent event, Context context) {
        return (notifier == null ? current() : notifier).run(BusEventReader.detailJson(event));
    }
}
