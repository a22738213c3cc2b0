package org.leavetracker.domain.write.organization;

import java.time.Instant;
import java.util.Optional;

import org.leavetracker.domain.calendar.CalendarConnection;
import org.leavetracker.domain.calendar.CalendarProviderKind;
import org.leavetracker.domain.event.CalendarEvent;
import org.leavetracker.domain.event.CalendarEvent.CalendarProviderConnected;
import org.leavetracker.domain.event.CalendarEvent.CalendarProviderDisconnected;
import org.leavetracker.domain.error.InvalidStateTransition;
import org.leavetracker.domain.model.Text;
import org.leavetracker.domain.write.Decision;

/** The organization's calendar provider, if one is connected (SPEC §8). */
public final class CalendarSetting {

    private CalendarConnection connection;

    CalendarSetting() {
    }

    public Optional<CalendarConnection> connection() {
        return Optional.ofNullable(connection);
    }

    Decision connect(String orgId, CalendarProviderKind provider, String replyTemplate) {
        return Decision.of(orgId, new CalendarProviderConnected(provider.name(),
                Text.optionalNote(replyTemplate, "replyTemplate")));
    }

    Decision disconnect(String orgId) {
        if (connection == null) {
            throw new InvalidStateTransition("no calendar provider is connected");
        }
        return Decision.of(orgId, new CalendarProviderDisconnected());
    }

    void evolve(CalendarEvent event, Instant occurredAt) {
        switch (event) {
            case CalendarProviderConnected e -> connection = new CalendarConnection(
                    CalendarProviderKind.valueOf(e.provider()), e.replyTemplate(), occurredAt);
            case CalendarProviderDisconnected e -> connection = null;
        }
    }
}
