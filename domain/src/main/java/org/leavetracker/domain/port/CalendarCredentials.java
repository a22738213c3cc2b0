package org.leavetracker.domain.port;

import org.leavetracker.domain.calendar.CalendarProviderKind;

/** Where the organizations' calendar credentials are kept: the deployment's secret store, never an event. */
public interface CalendarCredentials {

    /**
     * Checks the credentials' form and keeps them for the organization (replacing any before).
     *
     * @throws org.leavetracker.domain.error.ValidationError at {@code credentials} when they are not the provider's
     */
    void store(String orgId, CalendarProviderKind kind, String credentials);

    void forget(String orgId);
}
