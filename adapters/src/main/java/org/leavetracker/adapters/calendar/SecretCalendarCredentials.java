package org.leavetracker.adapters.calendar;

import org.leavetracker.domain.calendar.CalendarProviderKind;
import org.leavetracker.domain.port.CalendarCredentials;

/** The organizations' calendar credentials in the secret store, one secret each. */
public final class SecretCalendarCredentials implements CalendarCredentials {

    private final SecretStore secrets;

    public SecretCalendarCredentials(SecretStore secrets) {
        this.secrets = secrets;
    }

    static String name(String orgId) {
        return "calendar-" + orgId;
    }

    @Override
    public void store(String orgId, CalendarProviderKind kind, String credentials) {
        CredentialForms.check(kind, credentials);
        secrets.put(name(orgId), credentials);
    }

    @Override
    public void forget(String orgId) {
        secrets.delete(name(orgId));
    }
}
