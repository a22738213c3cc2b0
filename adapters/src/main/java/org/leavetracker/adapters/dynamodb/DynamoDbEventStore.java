package org.leavetracker.adapters.dynamodb;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.event.DomainEvent;
import org.leavetracker.domain.event.EventMetadata;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.port.ConcurrencyConflict;
import org.leavetracker.domain.port.DuplicateCommand;
import org.leavetracker.domain.port.EventStore;
import org.leavetracker.domain.port.UniqueKeyTaken;
import org.leavetracker.adapters.privacy.LookupKeys;
import org.leavetracker.domain.event.PersonEvent;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The events table on DynamoDB. An append is one {@code TransactWriteItems}: every event item on the condition that
 * its (aggregate id, version) is free, every unique key on the condition that it is free or already ours, and the
 * command id on the condition that it was never seen. Loads are strongly consistent queries, shortened by a
 * compacted snapshot once a stream grows long (docs/decisions/0006-tables.md), and by the events this process
 * loaded before ({@link LoadedEvents}).
 */
public final class DynamoDbEventStore implements EventStore {

    /** DynamoDB's limits for one transaction. */
    static final int MAX_TRANSACTION_ITEMS = 100;
    static final long MAX_TRANSACTION_BYTES = 4L * 1024 * 1024;
    static final long MAX_ITEM_BYTES = 400L * 1024;

    /** How long a command id is remembered: far longer than any client retries after a timeout. */
    static final Duration COMMAND_ID_RETENTION = Duration.ofHours(24);
    /** A query waits for its caller's writes only shortly after them; later the read side has long caught up. */
    static final Duration LAST_WRITE_RETENTION = Duration.ofMinutes(15);

    private final DynamoDbClient dynamo;
    private final String eventsTable;
    private final String keysTable;
    private final EventItems items;
    private final Snapshots snapshots;
    /** About 20 MB of events at most: a warm function's aggregates are asked only for what is new. */
    private final LoadedEvents loaded = new LoadedEvents(20_000);

    public DynamoDbEventStore(DynamoDbClient dynamo, String tablePrefix, EventItems items, Snapshots snapshots) {
        this.dynamo = dynamo;
        this.eventsTable = Tables.EVENTS.tableName(tablePrefix);
        this.keysTable = Tables.KEYS.tableName(tablePrefix);
        this.items = items;
        this.snapshots = snapshots;
    }

    @Override
    public List<RecordedEvent> load(String aggregateId) {
        if (aggregateId == null || aggregateId.isEmpty()) {
            return List.of(); // no aggregate has an empty id, and DynamoDB refuses an empty key outright
        }
        // what this process loaded before, or else the stream's snapshot: only what came after is asked for
        List<RecordedEvent> known = loaded.get(aggregateId).orElseGet(() -> snapshots.read(aggregateId));
        List<RecordedEvent> after = eventsAfter(aggregateId, known.isEmpty() ? 0 : known.getLast().version());
        List<RecordedEvent> events = LoadedEvents.plus(known, after);
        if (erasedSinceRead(aggregateId, known, after)) {
            // the person was erased by another process while this one held their key: all of it is read again
            items.sealing().forget(aggregateId);
            loaded.forget(aggregateId);
            known = snapshots.read(aggregateId);
            events = LoadedEvents.plus(known, eventsAfter(aggregateId, known.isEmpty() ? 0 : known.getLast().version()));
        }
        // processes that start cold read the snapshot: it moves on every so many events
        if (events.size() / snapshots.every() > known.size() / snapshots.every()) {
            snapshots.write(aggregateId, events);
        }
        loaded.keep(aggregateId, events);
        return events;
    }

    /**
     * Whether what this process holds of the stream may have been read before the person's erasure: the erasure is
     * new to it while it held earlier events, or it may still hold the key that was destroyed.
     */
    private boolean erasedSinceRead(String aggregateId, List<RecordedEvent> known, List<RecordedEvent> after) {
        return !known.isEmpty() && after.stream().anyMatch(DynamoDbEventStore::isErasure)
                || items.sealing().mayHoldErasedKey(aggregateId) && known.stream().anyMatch(DynamoDbEventStore::isErasure);
    }

    private static boolean isErasure(RecordedEvent event) {
        return event.payload() instanceof PersonEvent.PersonalDataErased;
    }

    private List<RecordedEvent> eventsAfter(String aggregateId, long version) {
        QueryRequest query = QueryRequest.builder().tableName(eventsTable).consistentRead(true)
                .keyConditionExpression("#id = :id AND #v > :after")
                .expressionAttributeNames(Map.of("#id", EventItems.AGGREGATE_ID, "#v", EventItems.VERSION))
                .expressionAttributeValues(Map.of(":id", AttributeValue.fromS(aggregateId),
                        ":after", AttributeValue.fromN(Long.toString(version))))
                .build();
        List<RecordedEvent> events = new ArrayList<>();
        dynamo.queryPaginator(query).items().forEach(item -> events.add(items.fromItem(item)));
        return events;
    }

    /**
     * An organization's events in the order they occurred, through the {@code byOrganization} index (eventually
     * consistent): for consumers that replay or audit a whole tenant, never for deciding a command.
     */
    public List<RecordedEvent> eventsOfOrganization(String orgId) {
        QueryRequest query = QueryRequest.builder().tableName(eventsTable).indexName(EventItems.BY_ORGANIZATION_INDEX)
                .keyConditionExpression("#org = :org")
                .expressionAttributeNames(Map.of("#org", EventItems.ORG_ID))
                .expressionAttributeValues(Map.of(":org", AttributeValue.fromS(orgId)))
                .build();
        List<RecordedEvent> events = new ArrayList<>();
        dynamo.queryPaginator(query).items().forEach(item -> events.add(items.fromItem(item)));
        return events;
    }

    @Override
    public List<RecordedEvent> append(EventMetadata metadata, List<StreamAppend> streams, List<UniqueKey> uniqueKeys) {
        List<RecordedEvent> recorded = new ArrayList<>();
        for (StreamAppend stream : streams) {
            long version = stream.expectedVersion();
            for (DomainEvent event : stream.events()) {
                recorded.add(new RecordedEvent(metadata.orgId(), stream.aggregateId(), ++version,
                        metadata.occurredAt(), metadata.actorId(), metadata.commandId(), event));
            }
        }
        List<TransactWriteItem> writes = new ArrayList<>();
        List<Supplier<RuntimeException>> onConditionFailed = new ArrayList<>();
        long bytes = 0;
        for (RecordedEvent event : recorded) {
            Map<String, AttributeValue> item = items.toItem(event);
            bytes += checkedSize(item, event.type());
            writes.add(put(eventsTable, item, "attribute_not_exists(#k)", Map.of("#k", EventItems.AGGREGATE_ID), null));
            onConditionFailed.add(() -> new ConcurrencyConflict(event.aggregateId(), event.version() - 1));
        }
        for (UniqueKey key : uniqueKeys) {
            if (!key.held()) {
                writes.add(TransactWriteItem.builder().delete(Delete.builder().tableName(keysTable)
                        .key(Map.of(KeyItems.KEY, AttributeValue.fromS(LookupKeys.stored(key.key()))))
                        .conditionExpression("#o = :owner").expressionAttributeNames(Map.of("#o", KeyItems.OWNER_ID))
                        .expressionAttributeValues(Map.of(":owner", AttributeValue.fromS(key.ownerId()))).build())
                        .build());
                onConditionFailed.add(() -> new UniqueKeyTaken(key.key(), ownerOf(key.key()).orElse("?")));
                continue;
            }
            writes.add(put(keysTable, Map.of(KeyItems.KEY, AttributeValue.fromS(LookupKeys.stored(key.key())),
                            KeyItems.OWNER_ID, AttributeValue.fromS(key.ownerId())),
                    "attribute_not_exists(#k) OR #o = :owner", Map.of("#k", KeyItems.KEY, "#o", KeyItems.OWNER_ID),
                    Map.of(":owner", AttributeValue.fromS(key.ownerId()))));
            onConditionFailed.add(() -> new UniqueKeyTaken(key.key(), ownerOf(key.key()).orElse("?")));
        }
        if (metadata.commandId() != null) {
            // Retention runs on the wall clock, not the business clock: with a clock pinned in the past (the local
            // runtime's --today) the record would be born expired, and TTL (DynamoDB Local's too) may delete it
            // before the retry it exists for. Found by the event-store contract test, which failed now and then.
            Instant retainedFrom = metadata.occurredAt().isAfter(Instant.now()) ? metadata.occurredAt() : Instant.now();
            long expiresAt = retainedFrom.plus(COMMAND_ID_RETENTION).getEpochSecond();
            writes.add(put(keysTable, Map.of(KeyItems.KEY, AttributeValue.fromS(KeyItems.COMMAND_PREFIX
                            + metadata.commandId()), KeyItems.EXPIRES_AT, AttributeValue.fromN(Long.toString(expiresAt))),
                    "attribute_not_exists(#k)", Map.of("#k", KeyItems.KEY), null));
            onConditionFailed.add(() -> new DuplicateCommand(metadata.commandId()));
        }
        if (writes.size() > MAX_TRANSACTION_ITEMS || bytes > MAX_TRANSACTION_BYTES) {
            throw new ValidationError("this command would write " + writes.size() + " items (" + bytes
                    + " bytes) at once; one atomic write takes at most " + MAX_TRANSACTION_ITEMS + " items and "
                    + MAX_TRANSACTION_BYTES + " bytes, so it is refused whole rather than split");
        }
        try {
            dynamo.transactWriteItems(b -> b.transactItems(writes));
        } catch (TransactionCanceledException cancelled) {
            throw translate(cancelled, onConditionFailed);
        }
        // After the transaction, not in it: an actor's parallel commands (an import) would otherwise conflict on
        // this one item. Lost in a crash, it only makes the next query not wait (decision 0020).
        if (metadata.actorId() != null && !recorded.isEmpty()) {
            dynamo.putItem(b -> b.tableName(keysTable).item(lastWriteItem(metadata.actorId(), recorded)));
        }
        return recorded;
    }

    /**
     * Names the most telling cause: a taken unique key (the caller can answer with the existing owner), then a
     * repeated command, then a lost race. A conflict with a concurrent transaction is a lost race too.
     */
    private static RuntimeException translate(TransactionCanceledException cancelled,
                                              List<Supplier<RuntimeException>> causes) {
        List<CancellationReason> reasons = cancelled.cancellationReasons();
        RuntimeException chosen = null;
        int chosenRank = -1;
        for (int i = 0; i < reasons.size() && i < causes.size(); i++) {
            String code = reasons.get(i).code();
            if ("ConditionalCheckFailed".equals(code)) {
                RuntimeException cause = causes.get(i).get();
                int rank = cause instanceof UniqueKeyTaken ? 3 : cause instanceof DuplicateCommand ? 2 : 1;
                if (rank > chosenRank) {
                    chosen = cause;
                    chosenRank = rank;
                }
            } else if ("TransactionConflict".equals(code) && chosen == null) {
                chosen = new ConcurrencyConflict("(concurrent transaction)", -1);
                chosenRank = 0;
            }
        }
        if (chosen == null) {
            throw cancelled; // throttling or a service fault: not a decision the domain can make
        }
        return chosen;
    }

    /** {@code writer#<actor>}: each aggregate the command appended to, at its new version; kept for a while. */
    private static Map<String, AttributeValue> lastWriteItem(String actorId, List<RecordedEvent> recorded) {
        Map<String, AttributeValue> positions = new HashMap<>();
        recorded.forEach(r -> positions.merge(r.aggregateId(), AttributeValue.fromN(Long.toString(r.version())),
                (a, b) -> Long.parseLong(a.n()) >= Long.parseLong(b.n()) ? a : b));
        long expiresAt = Instant.now().plus(LAST_WRITE_RETENTION).getEpochSecond();
        return Map.of(KeyItems.KEY, AttributeValue.fromS(KeyItems.WRITER_PREFIX + actorId),
                KeyItems.POSITIONS, AttributeValue.fromM(positions),
                KeyItems.EXPIRES_AT, AttributeValue.fromN(Long.toString(expiresAt)));
    }

    @Override
    public Map<String, Long> lastWrittenBy(String actorId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(keysTable).consistentRead(true)
                .key(Map.of(KeyItems.KEY, AttributeValue.fromS(KeyItems.WRITER_PREFIX + actorId)))).item();
        if (item == null || !item.containsKey(KeyItems.POSITIONS)) {
            return Map.of();
        }
        Map<String, Long> positions = new HashMap<>();
        item.get(KeyItems.POSITIONS).m().forEach((aggregate, version) -> positions.put(aggregate, Long.parseLong(version.n())));
        return positions;
    }

    @Override
    public Optional<String> ownerOf(String uniqueKey) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(keysTable).consistentRead(true)
                .key(Map.of(KeyItems.KEY, AttributeValue.fromS(LookupKeys.stored(uniqueKey))))).item();
        return item == null || !item.containsKey(KeyItems.OWNER_ID)
                ? Optional.empty() : Optional.of(item.get(KeyItems.OWNER_ID).s());
    }

    private static TransactWriteItem put(String table, Map<String, AttributeValue> item, String condition,
                                         Map<String, String> names, Map<String, AttributeValue> values) {
        Put.Builder put = Put.builder().tableName(table).item(item).conditionExpression(condition)
                .expressionAttributeNames(names);
        if (values != null) {
            put.expressionAttributeValues(values);
        }
        return TransactWriteItem.builder().put(put.build()).build();
    }

    private static long checkedSize(Map<String, AttributeValue> item, String type) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
            size += attribute.getKey().length();
            AttributeValue value = attribute.getValue();
            size += value.s() != null ? value.s().getBytes(StandardCharsets.UTF_8).length : 21;
        }
        if (size > MAX_ITEM_BYTES) {
            throw new ValidationError("a " + type + " event of " + size + " bytes exceeds the "
                    + MAX_ITEM_BYTES + "-byte item limit; shorten its text");
        }
        return size;
    }
}
