package org.leavetracker.domain.port;

import java.util.Optional;

import org.leavetracker.domain.calendar.CalendarLink;

/** What was put in whose calendar for which request: the provider ids that make every change apply once. */
public interface CalendarLinks {

    Optional<CalendarLink> find(String orgId, String requestId);

    void save(CalendarLink link);

    void remove(String orgId, String requestId);
}
