package org.leavetracker.domain.port;

import org.leavetracker.domain.notification.Notification;

/** Delivers a notification to one person, known by e-mail: SES or the local outbox, Slack direct messages. */
public interface NotificationChannel {

    void send(Notification notification);
}
