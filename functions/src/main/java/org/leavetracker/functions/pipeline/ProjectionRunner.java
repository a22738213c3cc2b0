package org.leavetracker.functions.pipeline;

import org.leavetracker.adapters.bus.EventDetails;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.readmodel.ChangePublisher;
import org.leavetracker.domain.readmodel.SettingsArea;
import org.leavetracker.domain.usecase.LeaveRequestView;
import org.leavetracker.domain.usecase.ReadModelProjector;
import org.leavetracker.domain.usecase.Repository;

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

    public ReadModelProjector.Projected run(String detail) {
        RecordedEvent event = events.read(detail);
        if (fanOut == null) {
            return announced(event, publish(projector.project(event)));
        }
        ReadModelProjector.Projected projected = publish(projector.projectDeferringPeople(event));
        if (!projected.deferred().isEmpty()) {
            fanOut.send(event.orgId(), projected.deferred(), event.aggregateId() + "/" + event.version());
        }
        return announced(event, projected);
    }

    /** One piece of an organization-wide change (a bus entry of {@link PeopleFanOut#DETAIL_TYPE}). */
    public ReadModelProjector.Projected runPiece(String detail) {
        PeopleFanOut.Piece piece = PeopleFanOut.read(detail);
        return publish(projector.projectPeople(piece.orgId(), piece.userIds()));
    }

    /** The setting's own items are written by now; people's figures follow as balance changes (in pieces). */
    private ReadModelProjector.Projected announced(RecordedEvent event, ReadModelProjector.Projected projected) {
        SettingsArea.of(event.payload()).ifPresent(area -> publisher.settingsChanged(event.orgId(), area));
        return projected;
    }

    private ReadModelProjector.Projected publish(ReadModelProjector.Projected projected) {
        // Subscribers are everyone in the organization: like the team calendar, changes never carry the reason.
        projected.requests().forEach(r -> publisher.leaveRequestChanged(r.withoutReason()));
        projected.balances().forEach(publisher::balanceChanged);
        return projected;
    }
}
