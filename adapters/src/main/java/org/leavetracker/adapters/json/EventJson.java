package org.leavetracker.adapters.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.leavetracker.adapters.privacy.FieldSealing;
import org.leavetracker.domain.event.DomainEvent;
import org.leavetracker.domain.event.PayloadUpcaster;
import org.leavetracker.domain.event.StoredPayload;
import org.leavetracker.domain.event.Upcasting;
import org.leavetracker.domain.model.Days;

/**
 * Event payloads as JSON: dates as ISO strings, amounts of days as decimal numbers (2.5), enums by name. Reading goes
 * through the upcasters, so any stored schema version is read as the current one.
 */
public final class EventJson {

    private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {
    };

    private final ObjectMapper mapper;
    private final Upcasting upcasting;
    private final FieldSealing sealing;

    public EventJson() {
        this(List.of());
    }

    public EventJson(List<PayloadUpcaster> upcasters) {
        this(upcasters, FieldSealing.none());
    }

    /** Events as stored, with each person's personal fields sealed under their data key. */
    public EventJson(FieldSealing sealing) {
        this(List.of(), sealing);
    }

    public EventJson(List<PayloadUpcaster> upcasters, FieldSealing sealing) {
        this.mapper = newMapper();
        this.upcasting = new Upcasting(EventCatalog.currentVersions(), upcasters);
        this.sealing = sealing;
    }

    public FieldSealing sealing() {
        return sealing;
    }

    /** The mapper every adapter shares: java.time as ISO strings, {@link Days} as decimal numbers. */
    public static ObjectMapper newMapper() {
        SimpleModule days = new SimpleModule("days")
                .addSerializer(Days.class, new JsonSerializer<>() {
                    @Override
                    public void serialize(Days value, JsonGenerator gen, SerializerProvider provider)
                            throws IOException {
                        gen.writeNumber(value.toDecimal());
                    }
                })
                .addDeserializer(Days.class, new JsonDeserializer<>() {
                    @Override
                    public Days deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                        BigDecimal amount = parser.getDecimalValue();
                        return Days.ofDecimal(amount.doubleValue(), parser.currentName());
                    }
                });
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(days)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public String write(DomainEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event.type(), e);
        }
    }

    /**
     * The payload as stored in the aggregate's stream (events table, snapshots, the bus): a person's personal fields
     * sealed under their key. {@link #write} is the payload in clear, for what leaves the store (webhooks, exports).
     */
    public String writeStored(String aggregateId, DomainEvent event) {
        if (!sealing.sealsEvent(event.type())) {
            return write(event);
        }
        Map<String, Object> fields = mapper.convertValue(event, TREE);
        sealing.sealEvent(aggregateId, event.type(), fields);
        try {
            return mapper.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event.type(), e);
        }
    }

    /** A stored payload: sealed fields are opened first (erased ones read as erased), then it is upcast. */
    public DomainEvent readStored(String aggregateId, String type, int schemaVersion, String json) {
        try {
            return current(aggregateId, type, schemaVersion, mapper.readValue(json, TREE));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read stored event " + type + " v" + schemaVersion, e);
        }
    }

    /** A stored payload already parsed, as the bus's detail carries it. */
    public DomainEvent readStored(String aggregateId, String type, int schemaVersion, JsonNode payload) {
        return current(aggregateId, type, schemaVersion, mapper.convertValue(payload, TREE));
    }

    private DomainEvent current(String aggregateId, String type, int schemaVersion, Map<String, Object> fields) {
        if (sealing.sealsEvent(type)) {
            sealing.openEvent(aggregateId, type, fields);
        }
        return current(type, schemaVersion, fields);
    }

    public DomainEvent read(String type, int schemaVersion, String json) {
        try {
            return current(type, schemaVersion, mapper.readValue(json, TREE));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read stored event " + type + " v" + schemaVersion, e);
        }
    }

    /** A payload already parsed, as the bus's detail carries it. */
    public DomainEvent read(String type, int schemaVersion, JsonNode payload) {
        return current(type, schemaVersion, mapper.convertValue(payload, TREE));
    }

    private DomainEvent current(String type, int schemaVersion, Map<String, Object> fields) {
        try {
            StoredPayload current = upcasting.toCurrent(new StoredPayload(type, schemaVersion, fields));
            return mapper.convertValue(current.fields(), EventCatalog.recordOf(type));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("cannot read stored event " + type + " v" + schemaVersion, e);
        }
    }
}
