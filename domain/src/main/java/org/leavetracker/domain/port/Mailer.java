package org.leavetracker.domain.port;

import org.leavetracker.domain.notification.Notification;

/** Delivers a notification to one person (SES in the cloud; the local runtime's outbox on a laptop). */
public interface Mailer {

    void send(Notification notification);
}
