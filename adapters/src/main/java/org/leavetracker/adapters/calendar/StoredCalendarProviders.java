package org.leavetracker.adapters.calendar;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.leavetracker.domain.calendar.CalendarProviderKind;
import org.leavetracker.domain.port.CalendarCheck;
import org.leavetracker.domain.port.CalendarProvider;
import org.leavetracker.domain.port.CalendarProviders;

/**
 * The organizations' providers, opened from the credentials in the secret store. An opened provider is kept per
 * warm process for {@link #KEPT} (so its tokens are reused), then read again from the store: rotated credentials are
 * in use within that time.
 */
public final class StoredCalendarProviders implements CalendarProviders, CalendarCheck {

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
    public Optional<CalendarProvider> open(String orgId, CalendarProviderKind kind) {
        long now = System.nanoTime();
        Opened kept = opened.get(orgId);
        if (kept != null && now - kept.at() < KEPT.toNanos()) {
            return Optional.of(kept.provider());
        }
        return secrets.get(SecretCalendarCredentials.name(orgId)).map(credentials -> {
            CalendarProvider provider = kept != null && kept.credentials().equals(credentials) ? kept.provider()
                    : switch (kind) {
                        case GOOGLE_WORKSPACE -> GoogleWorkspace.connect(credentials, endpoints.googleApis());
                        case MICROSOFT_365 -> Microsoft365.connect(credentials, endpoints);
                    };
            opened.put(orgId, new Opened(credentials, provider, now));
            return provider;
        });
    }

    /** Always with the credentials as stored now: a test right after connecting tests the new ones. */
    @Override
    public List<String> problems(String orgId, CalendarProviderKind kind, String mailbox) {
        opened.remove(orgId);
        return open(orgId, kind).map(provider -> provider.check(mailbox))
                .orElse(List.of("the credentials are missing from the secret store: connect again"));
    }
}
