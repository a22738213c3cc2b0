package org.leavetracker.domain.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.leavetracker.domain.calendar.AutoReply;
import org.leavetracker.domain.calendar.AwayEvent;
import org.leavetracker.domain.calendar.CalendarDelivery;
import org.leavetracker.domain.calendar.CalendarLink;
import org.leavetracker.domain.calendar.CalendarProviderFailure;
import org.leavetracker.domain.calendar.CalendarProviderKind;
import org.leavetracker.domain.port.CalendarDeliveryLog;
import org.leavetracker.domain.port.CalendarLinks;
import org.leavetracker.domain.port.CalendarProvider;
import org.leavetracker.domain.port.CalendarProviders;

/**
 * One organization's mailboxes as a provider keeps them, with the sync's links and log beside: events by id per
 * mailbox (a creation with a key already used answers the event made first, as Google's ids and Graph's
 * transactionId do), replies per mailbox, and failures to answer the next calls with.
 */
public final class InMemoryCalendars implements CalendarProvider, CalendarProviders, CalendarLinks,
        CalendarDeliveryLog {

    public final Map<String, Map<String, AwayEvent>> events = new HashMap<>();
    public final Map<String, AutoReply> replies = new HashMap<>();
    public final List<CalendarDelivery> log = new ArrayList<>();
    private final Map<String, CalendarLink> links = new LinkedHashMap<>();
    private final List<CalendarProviderFailure> failures = new ArrayList<>();
    public int calls;

    /** The next calls fail so, one each. */
    public void failNext(CalendarProviderFailure.Kind kind, int status, Duration retryAfter, int times) {
        for (int i = 0; i < times; i++) {
            failures.add(new CalendarProviderFailure(kind, status, retryAfter, "recorded " + status));
        }
    }

    private void answer() {
        calls++;
        if (!failures.isEmpty()) {
            throw failures.removeFirst();
        }
    }

    @Override
    public String putEvent(String mailbox, String eventId, AwayEvent event) {
        answer();
        Map<String, AwayEvent> calendar = events.computeIfAbsent(mailbox, m -> new LinkedHashMap<>());
        String id = eventId != null ? eventId : "ev-" + event.key();
        if (eventId != null && !calendar.containsKey(eventId)) {
            throw new CalendarProviderFailure(CalendarProviderFailure.Kind.NOT_FOUND, 404, null, "deleted by hand");
        }
        calendar.put(id, event);
        return id;
    }

    @Override
    public void removeEvent(String mailbox, String eventId) {
        answer();
        events.getOrDefault(mailbox, new HashMap<>()).remove(eventId);
    }

    @Override
    public AutoReply autoReply(String mailbox) {
        answer();
        return replies.getOrDefault(mailbox, AutoReply.OFF);
    }

    @Override
    public void setAutoReply(String mailbox, AutoReply reply) {
        answer();
        replies.put(mailbox, reply);
    }

    @Override
    public List<String> check(String mailbox) {
        return List.of();
    }

    @Override
    public Optional<CalendarProvider> open(String orgId, CalendarProviderKind kind) {
        return Optional.of(this);
    }

    @Override
    public Optional<CalendarLink> find(String orgId, String requestId) {
        return Optional.ofNullable(links.get(orgId + "#" + requestId));
    }

    @Override
    public void save(CalendarLink link) {
        links.put(link.orgId() + "#" + link.requestId(), link);
    }

    @Override
    public void remove(String orgId, String requestId) {
        links.remove(orgId + "#" + requestId);
    }

    @Override
    public void record(CalendarDelivery delivery) {
        log.add(delivery);
    }

    @Override
    public List<CalendarDelivery> deliveries(String orgId, int limit) {
        return log.reversed().stream().filter(d -> d.orgId().equals(orgId)).limit(limit).toList();
    }
}
