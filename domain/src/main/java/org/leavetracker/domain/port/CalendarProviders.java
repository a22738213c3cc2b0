package org.leavetracker.domain.port;

import java.util.Optional;

import org.leavetracker.domain.calendar.CalendarProviderKind;

/** The organizations' calendar providers, opened from the credentials kept for them. */
public interface CalendarProviders {

    /** The provider as the organization's stored credentials open it, if they are stored. */
    Optional<CalendarProvider> open(String orgId, CalendarProviderKind kind);
}
