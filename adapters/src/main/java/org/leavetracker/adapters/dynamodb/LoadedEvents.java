package org.leavetracker.adapters.dynamodb;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.leavetracker.domain.event.RecordedEvent;

/**
 * The events this process has already loaded, per aggregate, least recently used dropped first once they exceed a
 * number of events. Events never change once written, so what is held can only be short, never wrong: a load asks
 * the table only for what came after it. (One exception: what was read of a person before their erasure is
 * forgotten, DynamoDbEventStore.load.) (A warm Lambda, or the local runtime, loads the same organization for
 * nearly every command and projection.)
 */
final class LoadedEvents {

    private final int maxEvents;
    private final LinkedHashMap<String, List<RecordedEvent>> byAggregate = new LinkedHashMap<>(256, 0.75f, true);
    private int held;

    LoadedEvents(int maxEvents) {
        this.maxEvents = maxEvents;
    }

    synchronized Optional<List<RecordedEvent>> get(String aggregateId) {
        return Optional.ofNullable(byAggregate.get(aggregateId));
    }

    /** Keeps the longest known prefix of an aggregate's events (two loads may race; the longer one wins). */
    synchronized void keep(String aggregateId, List<RecordedEvent> events) {
        List<RecordedEvent> known = byAggregate.get(aggregateId);
        if (events.isEmpty() || events.size() > maxEvents || known != null && known.size() >= events.size()) {
            return;
        }
        held += events.size() - (known == null ? 0 : known.size());
        byAggregate.put(aggregateId, List.copyOf(events));
        Iterator<Map.Entry<String, List<RecordedEvent>>> eldest = byAggregate.entrySet().iterator();
        while (held > maxEvents && eldest.hasNext()) {
            Map.Entry<String, List<RecordedEvent>> entry = eldest.next();
            held -= entry.getValue().size();
            eldest.remove();
        }
    }

    synchronized void forget(String aggregateId) {
        List<RecordedEvent> known = byAggregate.remove(aggregateId);
        if (known != null) {
            held -= known.size();
        }
    }

    static List<RecordedEvent> plus(List<RecordedEvent> known, List<RecordedEvent> after) {
        List<RecordedEvent> all = new ArrayList<>(known.size() + after.size());
        all.addAll(known);
        all.addAll(after);
        return all;
    }
}
