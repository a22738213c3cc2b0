package org.leavetracker.adapters.bus;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import org.leavetracker.adapters.json.EventCatalog;
import org.leavetracker.adapters.dynamodb.EventItems;
import org.leavetracker.adapters.json.EventJson;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.port.BusEntry;
import org.leavetracker.domain.port.EventBus;

/**
 * An event on the bus: {@code detail} is the whole event with its context, the payload as a JSON object. An event
 * too large for EventBridge travels as a pointer ({@code "payloadOmitted": true}, no payload): every consumer
 * reloads the aggregate from the events table anyway.
 */
public final class EventDetails {

    public static final String SOURCE = "leave-tracker";

    private final EventJson json;
    private final ObjectMapper mapper;

    public EventDetails(EventJson json) {
        this.json = json;
        this.mapper = json.mapper();
    }

    public BusEntry entry(RecordedEvent event) {
        return entry(context(event), json.writeStored(event.aggregateId(), event.payload()));
    }

    /**
     * The entry of an event item as stored (its attributes as text, as {@link EventItems#fromAttributes} takes them),
     * its payload passed on as it is: personal fields stay sealed on the bus, and the forwarder needs no key.
     */
    public BusEntry stored(Function<String, String> attribute) {
        String type = attribute.apply(EventItems.TYPE);
        EventCatalog.recordOf(type); // an unknown type is refused here, not by every consumer
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("orgId", attribute.apply(EventItems.ORG_ID));
        detail.put("aggregateId", attribute.apply(EventItems.AGGREGATE_ID));
        detail.put("version", Long.parseLong(attribute.apply(EventItems.VERSION)));
        detail.put("type", type);
        detail.put("schemaVersion", Integer.parseInt(attribute.apply(EventItems.SCHEMA_VERSION)));
        detail.put("occurredAt", Instant.parse(attribute.apply(EventItems.OCCURRED_AT)).toString());
        detail.put("actorId", attribute.apply(EventItems.ACTOR_ID));
        detail.put("commandId", attribute.apply(EventItems.COMMAND_ID));
        try {
            mapper.readTree(attribute.apply(EventItems.PAYLOAD)); // not JSON: refused here
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the payload of " + type + " is not JSON", e);
        }
        return entry(detail, attribute.apply(EventItems.PAYLOAD));
    }

    private BusEntry entry(Map<String, Object> detail, String payload) {
        String type = (String) detail.get("type");
        try {
            detail.put("payload", new RawValue(payload));
            BusEntry full = new BusEntry(SOURCE, type, mapper.writeValueAsString(detail));
            if (full.size() <= EventBus.MAX_BYTES) {
                return full;
            }
            Map<String, Object> pointer = new LinkedHashMap<>(detail);
            pointer.remove("payload");
            pointer.put("payloadOmitted", true);
            return new BusEntry(SOURCE, type, mapper.writeValueAsString(pointer));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the bus detail of " + type, e);
        }
    }

    /** The event a detail describes; null for a pointer, whose event must be loaded from the events table. */
    public RecordedEvent event(String detail) {
        try {
            JsonNode node = mapper.readTree(detail);
            if (node.path("payloadOmitted").asBoolean(false)) {
                return null;
            }
            return new RecordedEvent(text(node, "orgId"), text(node, "aggregateId"), node.path("version").asLong(),
                    Instant.parse(text(node, "occurredAt")), text(node, "actorId"), text(node, "commandId"),
                    json.readStored(text(node, "aggregateId"), text(node, "type"), node.path("schemaVersion").asInt(1),
                            node.get("payload")));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an event detail", e);
        }
    }

    /** The aggregate and version a detail (full or pointer) names. */
    public EventCoordinates coordinates(String detail) {
        try {
            JsonNode node = mapper.readTree(detail);
            return new EventCoordinates(text(node, "aggregateId"), node.path("version").asLong());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an event detail", e);
        }
    }

    public record EventCoordinates(String aggregateId, long version) {
    }

    private static Map<String, Object> context(RecordedEvent event) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("orgId", event.orgId());
        detail.put("aggregateId", event.aggregateId());
        detail.put("version", event.version());
        detail.put("type", event.type());
        detail.put("schemaVersion", EventCatalog.versionOf(event.type()));
        detail.put("occurredAt", event.occurredAt().toString());
        detail.put("actorId", event.actorId());
        detail.put("commandId", event.commandId());
        return detail;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
