package org.leavetracker.domain.port;

import java.util.List;

import org.leavetracker.domain.calendar.CalendarProviderKind;

/** A test of an organization's connection, in one mailbox: each problem in words an admin acts on. */
public interface CalendarCheck {

    /** Empty when the provider lets the deliveries do all their work in this mailbox. */
    List<String> problems(String orgId, CalendarProviderKind kind, String mailbox);
}
