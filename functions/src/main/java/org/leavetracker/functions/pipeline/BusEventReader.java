package org.leavetracker.functions.pipeline;

import org.leavetracker.adapters.bus.EventDetails;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.usecase.Repository;

/** The domain event a bus entry carries, or, for one too large for the bus, the event its pointer names. */
public final class BusEventReader {

    private final EventDetails details;
    private final Repository repository;

    public BusEventReader(EventDetails details, Repository repository) {
        this.details = details;
        this.repository = repository;
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
