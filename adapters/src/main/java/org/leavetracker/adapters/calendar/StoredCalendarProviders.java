package org.leavetracker.adapters.calendar;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.leavetracker.domain.calendar.CalendarProviderKind;
import org.leavetracker.domain.port.CalendarProvider;
import org.leavetracker.domain.port.CalendarProviders;

/**
 * The organizations' providers, opened from the credentials in the secret store. An opened provider is kept per
 * warm process for {@link #KEPT} (so its tokens are reused), then opened again from the store: rotated credentials
 * are in use within that time.
 */
public final class StoredCalendarProviders implements CalendarProviders {

    static final Duration KEPT = Duration.ofMinutes(5);

    private record Opened(String credentials, CalendarProvider provider, long at) {
    }

    private final SecretStore secrets;
    private final CalendarEndpoints endpoints;
    private final Map<String, Opened> opened = new ConcurrentHashMap<>();

    public StoredCalendarProviders(SecretStore secrets, CalendarEndpoints endpoints) {
        this.secrets = secrets;
        this.endpoints = endpoints;
    }

    @Override
    public void store(String orgId, CalendarProviderKind kind, String credentials) {
        if (credentials == null || credentials.isBlank()) {
            throw org.leavetracker.domain.error.ValidationError.required("credentials");
        }
        provider(kind, credentials); // refuses what is not the provider's form before anything is kept
        secrets.put(name(orgId), credentials);
        opened.remove(orgId);
    }

    @Override
    public Optional<CalendarProvider> open(String orgId, CalendarProviderKind kind) {
        long now = System.nanoTime();
        Opened kept = opened.get(orgId);
        if (kept != null && now - kept.at() < KEPT.toNanos()) {
            return Optional.of(kept.provider());
        }
        return secrets.get(name(orgId)).map(credentials -> {
            CalendarProvider provider = kept != null && kept.credentials().equals(credentials) ? kept.provider()
                    : provider(kind, credentials);
            opened.put(orgId, new Opened(credentials, provider, now));
            return provider;
        });
    }

    @Override
    public void forget(String orgId) {
        secrets.delete(name(orgId));
        opened.remove(orgId);
    }

    private CalendarProvider provider(CalendarProviderKind kind, String credentials) {
        return switch (kind) {
            case GOOGLE_WORKSPACE -> GoogleWorkspace.connect(credentials, endpoints.googleApis());
            case MICROSOFT_365 -> Microsoft365.connect(credentials, endpoints);
        };
    }

    private static String name(String orgId) {
        return "calendar-" + orgId;
    }
}
