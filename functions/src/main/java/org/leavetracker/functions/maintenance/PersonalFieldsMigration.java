package org.leavetracker.functions.maintenance;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.leavetracker.adapters.dynamodb.EventItems;
import org.leavetracker.adapters.dynamodb.KeyItems;
import org.leavetracker.adapters.dynamodb.Tables;
import org.leavetracker.adapters.json.EventJson;
import org.leavetracker.adapters.privacy.FieldSealing;
import org.leavetracker.adapters.privacy.LookupKeys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * The one-off, resumable upgrade to sealed personal fields (docs/OPERATIONS.md, "Sealing personal data written in
 * clear"): each event item whose personal fields are plain text gets them sealed under its person's key (an erased
 * person's become erased); e-mail and sign-in claims are stored by hash; snapshots, which copy payloads, are deleted
 * (a load writes them again). The position is kept after each page, so a stopped run goes on where it stopped; a
 * run over what is done changes nothing. The read side is rebuilt afterwards.
 */
public final class PersonalFieldsMigration {

    static final String POSITION_KEY = "migration#personal-fields";
    private static final String DONE = "done";
    private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {
    };

    /** What a run did: event payloads sealed, claims hashed, snapshots deleted, and whether all is done. */
    public record Progress(long sealed, long claims, long snapshots, boolean done) {
        Progress plus(long moreSealed, long moreClaims, long moreSnapshots) {
            return new Progress(sealed + moreSealed, claims + moreClaims, snapshots + moreSnapshots, false);
        }
    }

    private final DynamoDbClient dynamo;
    private final String eventsTable;
    private final String keysTable;
    private final FieldSealing sealing;
    private final ObjectMapper mapper;

    public PersonalFieldsMigration(DynamoDbClient dynamo, String tablePrefix, EventJson json) {
        this.dynamo = dynamo;
        this.eventsTable = Tables.EVENTS.tableName(tablePrefix);
        this.keysTable = Tables.KEYS.tableName(tablePrefix);
        this.sealing = json.sealing();
        this.mapper = json.mapper();
    }

    public boolean done() {
        return DONE.equals(position().get("phase"));
    }

    /** Goes on from the kept position while {@code keepGoing} says so (a Lambda stops before its time limit). */
    public Progress run(BooleanSupplier keepGoing) {
        Map<String, String> position = position();
        Progress progress = new Progress(0, 0, 0, DONE.equals(position.get("phase")));
        if (progress.done()) {
            return progress;
        }
        boolean events = !"keys".equals(position.get("phase"));
        Map<String, AttributeValue> start = startKey(position, events);
        while (keepGoing.getAsBoolean()) {
            Map<String, AttributeValue> from = start;
            String table = events ? eventsTable : keysTable;
            ScanResponse page = dynamo.scan(b -> b.tableName(table).limit(200).consistentRead(true)
                    .exclusiveStartKey(from));
            for (Map<String, AttributeValue> item : page.items()) {
                progress = events ? progress.plus(seal(item) ? 1 : 0, 0, 0) : progress.plus(0, hash(item), 0)
                        .plus(0, 0, deleteSnapshot(item) ? 1 : 0);
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
            if (start == null && events) {
                events = false;
                keep("keys", null);
            } else if (start == null) {
                keep(DONE, null);
                return new Progress(progress.sealed(), progress.claims(), progress.snapshots(), true);
            } else {
                keep(events ? "events" : "keys", start);
            }
        }
        return progress;
    }

    /** Seals the item's plain personal fields, if it has any; false when there was nothing to seal. */
    private boolean seal(Map<String, AttributeValue> item) {
        String type = item.get(EventItems.TYPE).s();
        if (!sealing.sealsEvent(type)) {
            return false;
        }
        String payload = item.get(EventItems.PAYLOAD).s();
        try {
            Map<String, Object> fields = mapper.readValue(payload, TREE);
            if (fields.values().stream().noneMatch(String.class::isInstance)) {
                return false;
            }
            String before = mapper.writeValueAsString(fields);
            sealing.sealEvent(item.get(EventItems.AGGREGATE_ID).s(), type, fields);
            String after = mapper.writeValueAsString(fields);
            if (after.equals(before)) {
                return false;
            }
            // the one rewrite of an event ever made: its payload, on the condition that it is as read
            dynamo.updateItem(b -> b.tableName(eventsTable)
                    .key(Map.of(EventItems.AGGREGATE_ID, item.get(EventItems.AGGREGATE_ID),
                            EventItems.VERSION, item.get(EventItems.VERSION)))
                    .updateExpression("SET #p = :after").conditionExpression("#p = :before")
                    .expressionAttributeNames(Map.of("#p", EventItems.PAYLOAD))
                    .expressionAttributeValues(Map.of(":after", AttributeValue.fromS(after),
                            ":before", AttributeValue.fromS(payload))));
            return true;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the payload of " + type + " is not JSON", e);
        } catch (ConditionalCheckFailedException changedMeanwhile) {
            return false; // another run sealed it first
        }
    }

    /** A claim stored by its value is stored again by its hash (and the plain one deleted): 1, else 0. */
    private long hash(Map<String, AttributeValue> item) {
        String key = item.get(KeyItems.KEY).s();
        String hashed = LookupKeys.stored(key);
        if (hashed.equals(key)) {
            return 0;
        }
        Map<String, AttributeValue> moved = new HashMap<>(item);
        moved.put(KeyItems.KEY, AttributeValue.fromS(hashed));
        dynamo.transactWriteItems(t -> t.transactItems(
                w -> w.put(p -> p.tableName(keysTable).item(moved)),
                w -> w.delete(d -> d.tableName(keysTable).key(Map.of(KeyItems.KEY, item.get(KeyItems.KEY))))));
        return 1;
    }

    private boolean deleteSnapshot(Map<String, AttributeValue> item) {
        if (!item.get(KeyItems.KEY).s().startsWith(KeyItems.SNAPSHOT_PREFIX)) {
            return false;
        }
        dynamo.deleteItem(b -> b.tableName(keysTable).key(Map.of(KeyItems.KEY, item.get(KeyItems.KEY))));
        return true;
    }

    private Map<String, String> position() {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(keysTable).consistentRead(true)
                .key(Map.of(KeyItems.KEY, AttributeValue.fromS(POSITION_KEY)))).item();
        Map<String, String> position = new HashMap<>();
        if (item != null) {
            item.forEach((name, value) -> position.put(name, value.s()));
        }
        return position;
    }

    private static Map<String, AttributeValue> startKey(Map<String, String> position, boolean events) {
        if (events && position.get("aggregateId") != null) {
            return Map.of(EventItems.AGGREGATE_ID, AttributeValue.fromS(position.get("aggregateId")),
                    EventItems.VERSION, AttributeValue.fromN(position.get("version")));
        }
        if (!events && position.get("lastKey") != null) {
            return Map.of(KeyItems.KEY, AttributeValue.fromS(position.get("lastKey")));
        }
        return null;
    }

    private void keep(String phase, Map<String, AttributeValue> last) {
        Map<String, AttributeValue> item = new HashMap<>(Map.of(KeyItems.KEY, AttributeValue.fromS(POSITION_KEY),
                "phase", AttributeValue.fromS(phase)));
        if (last != null) {
            last.forEach((name, value) -> item.put(name.equals(KeyItems.KEY) ? "lastKey" : name,
                    AttributeValue.fromS(value.s() != null ? value.s() : value.n())));
        }
        dynamo.putItem(b -> b.tableName(keysTable).item(item));
    }
}
