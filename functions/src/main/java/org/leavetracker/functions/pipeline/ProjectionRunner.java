package org.leavetracker.functions.pipeline;

import org.leavetracker.adapters.bus.EventDetails;
import org.leavetracker.domain.readmodel.ChangePublisher;
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

    public ProjectionRunner(EventDetails details, Repository repository, ReadModelProjector projector,
                            ChangePublisher publisher) {
        this.events = new BusEventReader(details, repository);
        this.projector = projector;
        this.publisher = publisher;
    }

    public ReadModelProjector.Projected run(String detail) {
        ReadModelProjector.Projected projected = projector.project(events.read(detail));
        // Subscribers are everyone in the organization: like the team calendar, changes never carry the reason.
        projected.requests().forEach(r -> publisher.leaveRequestChanged(r.withoutReason()));
        projected.balances().forEach(publisher::balanceChanged);
        return projected;
    }
}
