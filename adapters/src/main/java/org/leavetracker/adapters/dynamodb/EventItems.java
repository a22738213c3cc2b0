package org.leavetracker.adapters.dynamodb;

import org.leavetracker.adapters.json.EventCatalog;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.leavetracker.adapters.json.EventJson;
import org.leavetracker.adapters.privacy.FieldSealing;
import org.leavetracker.domain.event.RecordedEvent;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The shape of an event item in the events table: the event's full context and its JSON payload. */
public final class EventItems {

    public static final String AGGREGATE_ID = "aggregateId";
    public static final String VERSION = "version";
    public static final String ORG_ID = "orgId";
    /** occurred-at, aggregate id and version: sorts an organization's events by time in the GSI. */
    public static final String ORG_TIME = "orgTime";
    public static final String TYPE = "type";
    public static final String SCHEMA_VERSION = "schemaVersion";
    public static final String OCCURRED_AT = "occurredAt";
    public static final String ACTOR_ID = "actorId";
    public static final String COMMAND_ID = "commandId";
    public static final String PAYLOAD = "payload";
    public static final String BY_ORGANIZATION_INDEX = "byOrganization";

    private final EventJson json;

    public EventItems(EventJson json) {
        this.json = json;
    }

    public FieldSealing sealing() {
        return json.sealing();
    }

    public Map<String, AttributeValue> toItem(RecordedEvent event) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(AGGREGATE_ID, s(event.aggregateId()));
        item.put(VERSION, AttributeValue.fromN(Long.toString(event.version())));
        item.put(ORG_ID, s(event.orgId()));
        item.put(ORG_TIME, s(event.occurredAt() + "#" + event.aggregateId() + "#" + event.version()));
        item.put(TYPE, s(event.type()));
        item.put(SCHEMA_VERSION, AttributeValue.fromN(Integer.toString(EventCatalog.versionOf(event.type()))));
        item.put(OCCURRED_AT, s(event.occurredAt().toString()));
        if (event.actorId() != null) {
            item.put(ACTOR_ID, s(event.actorId()));
        }
        if (event.commandId() != null) {
            item.put(COMMAND_ID, s(event.commandId()));
        }
        item.put(PAYLOAD, s(json.writeStored(event.aggregateId(), event.payload())));
        return item;
    }

    public RecordedEvent fromItem(Map<String, AttributeValue> item) {
        return fromAttributes(name -> {
            AttributeValue value = item.get(name);
            return value == null ? null : value.n() != null ? value.n() : value.s();
        });
    }

    /**
     * The event an item holds, its attributes given as text (strings and numbers alike, null when absent): the
     * stream forwarder reads the stream's image with it as it is, without building the SDK's item first.
     */
    public RecordedEvent fromAttributes(Function<String, String> attribute) {
        String type = attribute.apply(TYPE);
        String aggregateId = attribute.apply(AGGREGATE_ID);
        return new RecordedEvent(attribute.apply(ORG_ID), aggregateId,
                Long.parseLong(attribute.apply(VERSION)), Instant.parse(attribute.apply(OCCURRED_AT)),
                attribute.apply(ACTOR_ID), attribute.apply(COMMAND_ID),
                json.readStored(aggregateId, type, Integer.parseInt(attribute.apply(SCHEMA_VERSION)),
                        attribute.apply(PAYLOAD)));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
