package org.leavetracker.domain.port;

import java.util.Optional;

import org.leavetracker.domain.calendar.CalendarProviderKind;

/** The organizations' credentials for their calendar providers, kept in the deployment's secret store. */
public interface CalendarProviders {

    /**
     * Checks the credentials' form and keeps them for the organization (replacing any before).
     *
     * @throws org.leavetracker.domain.error.ValidationError at {@code credentials} when they are not the provider's
     */
    void store(String orgId, CalendarProviderKind kind, String credentials);

    /** The provider as the organization's stored credentials open it, if they are stored. */
    Optional<CalendarProvider> open(String orgId, CalendarProviderKind kind);

    void forget(String orgId);
}
