package org.leavetracker.functions.support;

import java.util.Optional;

import org.leavetracker.adapters.calendar.CalendarEndpoints;
import org.leavetracker.adapters.calendar.LambdaCalendarCheck;
import org.leavetracker.adapters.calendar.SecretCalendarCredentials;
import org.leavetracker.adapters.calendar.SecretStore;
import org.leavetracker.adapters.calendar.SecretsManagerStore;
import org.leavetracker.adapters.calendar.StoredCalendarProviders;
import org.leavetracker.domain.port.CalendarCheck;
import org.leavetracker.domain.port.CalendarCredentials;
import org.leavetracker.domain.port.CalendarProviders;

/**
 * The adapters of SPEC §8 calendars: where credentials are kept, the providers they open, and the connection test.
 * The providers' libraries are only in the calendar functions' package: the resolver keeps credentials and asks the
 * check function for a test.
 */
public record CalendarPorts(CalendarCredentials credentials, CalendarCheck check, CalendarProviders providers) {

    /** All in this process: the local runtime and the tests. */
    public static CalendarPorts inProcess(SecretStore secrets, CalendarEndpoints endpoints) {
        StoredCalendarProviders providers = new StoredCalendarProviders(secrets, endpoints);
        return new CalendarPorts(new SecretCalendarCredentials(secrets), providers, providers);
    }

    /**
     * From CALENDAR_SECRETS_PREFIX (the secrets' names in Secrets Manager) and, in the resolver,
     * CALENDAR_CHECK_FUNCTION (which runs connection tests); absent without the prefix.
     */
    static Optional<CalendarPorts> fromEnvironment() {
        String prefix = System.getenv("CALENDAR_SECRETS_PREFIX");
        if (prefix == null || prefix.isBlank()) {
            return Optional.empty();
        }
        SecretStore secrets = new SecretsManagerStore(prefix);
        String checkFunction = System.getenv("CALENDAR_CHECK_FUNCTION");
        if (checkFunction != null && !checkFunction.isBlank()) {
            return Optional.of(new CalendarPorts(new SecretCalendarCredentials(secrets),
                    new LambdaCalendarCheck(checkFunction), null));
        }
        return Optional.of(inProcess(secrets, CalendarEndpoints.PROVIDERS));
    }
}
