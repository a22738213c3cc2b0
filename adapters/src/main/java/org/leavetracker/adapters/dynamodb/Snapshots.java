package org.leavetracker.adapters.dynamodb;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.leavetracker.adapters.json.EventCatalog;
import org.leavetracker.adapters.json.EventJson;
import org.leavetracker.domain.event.RecordedEvent;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A compacted copy of an aggregate's events 1..N in one item, so a long stream loads with one read plus a short
 * query. Events never change, so a snapshot can never be stale, only short; it is purely an optimisation (deleting
 * every snapshot changes no answer) and needs nothing from the domain (no memento of aggregate state).
 */
public final class Snapshots {

    /** Snapshots bigger than this (compressed) are not written: the item limit is 400 KB. */
    private static final int MAX_BYTES = 350 * 1024;
    private static final TypeReference<List<Entry>> ENTRIES = new TypeReference<>() {
    };

    /** One event as stored in a snapshot: its context and the payload JSON exactly as in the events table. */
    record Entry(String orgId, String aggregateId, long version, String occurredAt, String actorId, String commandId,
                 String type, int schemaVersion, String payload) {
    }

    private final DynamoDbClient dynamo;
    private final String keysTable;
    private final EventJson json;
    private final ObjectMapper mapper;
    private final int every;

    /** @param every a load writes a new snapshot each time the stream passes a multiple of this many events */
    public Snapshots(DynamoDbClient dynamo, String tablePrefix, EventJson json, int every) {
        this.dynamo = dynamo;
        this.keysTable = Tables.KEYS.tableName(tablePrefix);
        this.json = json;
        this.mapper = json.mapper();
        this.every = every;
    }

    public int every() {
        return every;
    }

    /** The aggregate's events 1..N as last compacted; empty when there is no snapshot. */
    List<RecordedEvent> read(String aggregateId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(keysTable).consistentRead(true)
                .key(key(aggregateId))).item();
        if (item == null || !item.containsKey(KeyItems.EVENTS)) {
            return List.of();
        }
        return decode(item.get(KeyItems.EVENTS).b().asByteArray()).stream()
                .map(e -> new RecordedEvent(e.orgId(), e.aggregateId(), e.version(), Instant.parse(e.occurredAt()),
                        e.actorId(), e.commandId(), json.readStored(e.aggregateId(), e.type(), e.schemaVersion(),
                        e.payload())))
                .toList();
    }

    /** Best effort: a newer snapshot written meanwhile wins, and a too-large one is skipped. */
    void write(String aggregateId, List<RecordedEvent> events) {
        byte[] compressed = encode(events.stream().map(e -> new Entry(e.orgId(), e.aggregateId(), e.version(),
                e.occurredAt().toString(), e.actorId(), e.commandId(), e.type(), EventCatalog.versionOf(e.type()),
                json.writeStored(e.aggregateId(), e.payload()))).toList());
        if (compressed.length > MAX_BYTES) {
            return;
        }
        long version = events.getLast().version();
        Map<String, AttributeValue> item = new HashMap<>(key(aggregateId));
        item.put(KeyItems.VERSION, AttributeValue.fromN(Long.toString(version)));
        item.put(KeyItems.EVENTS, AttributeValue.fromB(SdkBytes.fromByteArray(compressed)));
        // another load may have written a snapshot at least as long: it is kept
        VersionedPut.put(dynamo, keysTable, item, KeyItems.VERSION, version, false);
    }

    private static Map<String, AttributeValue> key(String aggregateId) {
        return Map.of(KeyItems.KEY, AttributeValue.fromS(KeyItems.SNAPSHOT_PREFIX + aggregateId));
    }

    private byte[] encode(List<Entry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            mapper.writeValue(gzip, entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private List<Entry> decode(byte[] compressed) {
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return mapper.readValue(gzip, ENTRIES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
