package org.leavetracker.functions.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.leavetracker.adapters.bus.EventDetails;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.port.ChangePublisher;
import org.leavetracker.domain.read.model.SettingsArea;
import org.leavetracker.domain.read.projection.ReadModelProjector;
import org.leavetracker.domain.write.Repository;

/**
 * One bus event → the read items it affects → the changes announced to subscribers. A failure is thrown, so the
 * bus retries the event and, after its retries, puts it in the dead-letter queue.
 */
public final class ProjectionRunner {

    private final BusEventReader events;
    private final ReadModelProjector projector;
    private final ChangePublisher publisher;
    private final PeopleFanOut fanOut;

    /** Projects organization-wide changes whole, in one invocation (the tests' pipeline). */
    public ProjectionRunner(EventDetails details, Repository repository, ReadModelProjector projector,
                            ChangePublisher publisher) {
        this(details, repository, projector, publisher, null);
    }

    /** @param fanOut where the people of an organization-wide change go, in pieces (null: projected at once) */
    public ProjectionRunner(EventDetails details, Repository repository, ReadModelProjector projector,
                            ChangePublisher publisher, PeopleFanOut fanOut) {
        this.events = new BusEventReader(details, repository);
        this.projector = projector;
        this.publisher = publisher;
        this.fanOut = fanOut;
    }

    public void run(String detail) {
        runAll(List.of(detail));
    }

    /**
     * Several bus entries of domain events at once, each aggregate projected once (decision 0026): where a consumer
     * receives batches (the local runtime's read side), a burst costs one projection per person, not per event. A
     * batch may hold several organizations' events; each organization's are projected, and fanned out, on their own.
     */
    public void runAll(List<String> details) {
        Map<String, List<RecordedEvent>> byOrganization = new LinkedHashMap<>();
        details.stream().map(events::read)
                .forEach(e -> byOrganization.computeIfAbsent(e.orgId(), org -> new ArrayList<>()).add(e));
        byOrganization.values().forEach(this::runOrganization);
    }

    private void runOrganization(List<RecordedEvent> batch) {
        if (fanOut == null) {
            publish(projector.project(batch));
        } else {
            ReadModelProjector.Projected projected = publish(projector.projectDeferringPeople(batch));
            if (!projected.deferred().isEmpty()) {
                RecordedEvent last = batch.getLast();
                fanOut.send(last.orgId(), projected.deferred(), projected.deferredScope(),
                        last.aggregateId() + "/" + last.version());
            }
        }
        // the settings' own items are written by now; people's figures follow as balance changes (in pieces)
        batch.stream().flatMap(e -> SettingsArea.of(e.payload()).stream()).distinct()
                .forEach(area -> publisher.settingsChanged(batch.getFirst().orgId(), area));
    }

    /** One piece of an organization-wide change (a bus entry of {@link PeopleFanOut#DETAIL_TYPE}). */
    public void runPiece(String detail) {
        PeopleFanOut.Piece piece = PeopleFanOut.read(detail);
        publish(projector.projectPeople(piece.orgId(), piece.userIds(), piece.scope()));
    }

    private ReadModelProjector.Projected publish(ReadModelProjector.Projected projected) {
        projected.requestsForSubscribers().forEach(publisher::leaveRequestChanged);
        projected.balances().forEach(publisher::balanceChanged);
        return projected;
    }
}
