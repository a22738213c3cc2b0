package org.leavetracker.functions.pipeline;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.leavetracker.adapters.bus.EventDetails;
import org.leavetracker.adapters.json.EventJson;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.write.Repository;

/** The domain event a bus entry carries, or, for one too large for the bus, the event its pointer names. */
public final class BusEventReader {

    private static final ObjectMapper JSON = EventJson.newMapper();

    private final EventDetails details;
    private final Repository repository;

    public BusEventReader(EventDetails details, Repository repository) {
        this.details = details;
        this.repository = repository;
    }

    /** The detail of a rule target's event, as the JSON the bus carried. */
    public static String detailJson(ScheduledEvent event) {
        try {
            return JSON.writeValueAsString(event.getDetail());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable event detail", e);
        }
    }

    public RecordedEvent read(String detail) {
        RecordedEvent event = details.event(detail);
        if (event != null) {
            return event;
        }
        EventDetails.EventCoordinates at = details.coordinates(detail);
        return repository.history(at.aggregateId()).stream().filter(e -> e.version() == at.version())
                .findFirst().orElseThrow(() -> new IllegalStateException("no event " + at));
    }
}
