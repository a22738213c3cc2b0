package org.leavetracker.domain.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.leavetracker.domain.event.DomainEvent;
import org.leavetracker.domain.event.EventMetadata;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.port.ConcurrencyConflict;
import org.leavetracker.domain.port.DuplicateCommand;
import org.leavetracker.domain.port.EventStore;
import org.leavetracker.domain.port.UniqueKeyTaken;

/** The event store port in memory, with the same guarantees as the DynamoDB one: atomic, conditional appends. */
public final class InMemoryEventStore implements EventStore {

    private final Map<String, List<RecordedEvent>> streams = new HashMap<>();
    private final Map<String, String> uniqueKeys = new HashMap<>();
    private final Set<String> commandIds = new HashSet<>();
    private final List<RecordedEvent> all = new ArrayList<>();
    private final Map<String, Map<String, Long>> lastWrites = new HashMap<>();

    @Override
    public synchronized List<RecordedEvent> load(String aggregateId) {
        return List.copyOf(streams.getOrDefault(aggregateId, List.of()));
    }

    @Override
    public synchronized List<RecordedEvent> append(EventMetadata metadata, List<StreamAppend> appendsToMake,
                                                   List<UniqueKey> keys) {
        for (StreamAppend append : appendsToMake) {
            long current = streams.getOrDefault(append.aggregateId(), List.of()).size();
            if (current != append.expectedVersion()) {
                throw new ConcurrencyConflict(append.aggregateId(), append.expectedVersion());
            }
        }
        for (UniqueKey key : keys) {
            String owner = uniqueKeys.get(key.key());
            if (key.held() ? owner != null && !owner.equals(key.ownerId()) : !key.ownerId().equals(owner)) {
                throw new UniqueKeyTaken(key.key(), owner);
            }
        }
        if (metadata.commandId() != null && commandIds.contains(metadata.commandId())) {
            throw new DuplicateCommand(metadata.commandId());
        }
        List<RecordedEvent> recorded = new ArrayList<>();
        for (StreamAppend append : appendsToMake) {
            List<RecordedEvent> stream = streams.computeIfAbsent(append.aggregateId(), k -> new ArrayList<>());
            long version = append.expectedVersion();
            for (DomainEvent event : append.events()) {
                RecordedEvent r = new RecordedEvent(metadata.orgId(), append.aggregateId(), ++version,
                        metadata.occurredAt(), metadata.actorId(), metadata.commandId(), event);
                stream.add(r);
                recorded.add(r);
            }
        }
        keys.forEach(k -> {
            if (k.held()) {
                uniqueKeys.put(k.key(), k.ownerId());
            } else {
                uniqueKeys.remove(k.key());
            }
        });
        if (metadata.actorId() != null) {
            Map<String, Long> written = new HashMap<>();
            recorded.forEach(r -> written.merge(r.aggregateId(), r.version(), Math::max));
            lastWrites.put(metadata.actorId(), Map.copyOf(written));
        }
        if (metadata.commandId() != null) {
            commandIds.add(metadata.commandId());
        }
        all.addAll(recorded);
        return recorded;
    }

    @Override
    public synchronized Map<String, Long> lastWrittenBy(String actorId) {
        return lastWrites.getOrDefault(actorId, Map.of());
    }

    @Override
    public synchronized Optional<String> ownerOf(String uniqueKey) {
        return Optional.ofNullable(uniqueKeys.get(uniqueKey));
    }

    /** Every event in append order, across aggregates. */
    public synchronized List<RecordedEvent> allEvents() {
        return List.copyOf(all);
    }

    public synchronized int eventCount() {
        return all.size();
    }
}
