package org.leavetracker.functions.pipeline;

import java.util.List;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import org.leavetracker.adapters.bus.EventDetails;
import org.leavetracker.functions.support.ColdStart;
import org.leavetracker.functions.support.Ports;
import org.leavetracker.functions.support.SnapStartPriming;

/** EventBridge rule target: projects one domain event into the read tables and publishes what changed. */
public final class ProjectionHandler implements RequestHandler<ScheduledEvent, Void> {

    /** Held so the CRaC context (which keeps only weak references) does not lose it before the snapshot. */
    private static SnapStartPriming priming;

    private static final ColdStart<ProjectionRunner> WIRED = new ColdStart<>(() -> {
        Ports ports = Ports.fromEnvironment();
        priming = SnapStartPriming.register(ports.holidays(), ports.json());
        return new ProjectionRunner(new EventDetails(ports.json()), ports.repository(), ports.projector(),
                Ports.appSyncFromEnvironment(ports.json()), new PeopleFanOut(Ports.eventBusFromEnvironment()));
    });

    private final ProjectionRunner runner;

    public ProjectionHandler() {
        this(WIRED.get());
    }

    public ProjectionHandler(ProjectionRunner runner) {
        this.runner = runner;
    }

    @Override
    public Void handleRequest(ScheduledEvent event, Context context) {
        String detail = BusEventReader.detailJson(event);
        if (PeopleFanOut.DETAIL_TYPE.equals(event.getDetailType())) {
            runner.runPiece(detail);
        } else {
            runner.run(detail);
        }
        return null;
    }

    /**
     * Domain events delivered together (the local runtime's read side gets its stream batches so), each aggregate
     * projected once. Bus entries of one kind only: pieces of a fan-out go through {@link #handleRequest}.
     */
    public void handleBatch(List<ScheduledEvent> events) {
        runner.runAll(events.stream().map(BusEventReader::detailJson).toList());
    }
}
