package org.leavetracker.functions.pipeline;

import java.net.URI;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import org.leavetracker.functions.support.ColdStart;
import org.leavetracker.adapters.appsync.AppSyncPublisher;
import org.leavetracker.adapters.bus.EventBridgeBus;
import org.leavetracker.adapters.bus.EventDetails;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import org.leavetracker.functions.support.Application;
import org.leavetracker.functions.support.SnapStartPriming;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/** EventBridge rule target: projects one domain event into the read tables and publishes what changed. */
public final class ProjectionHandler implements RequestHandler<ScheduledEvent, Void> {

    /** Held so the CRaC context (which keeps only weak references) does not lose it before the snapshot. */
    private static SnapStartPriming priming;

    private static final ColdStart<ProjectionRunner> WIRED = new ColdStart<>(() -> {
        Application app = Application.fromEnvironment();
        priming = SnapStartPriming.register(app);
        AppSyncPublisher publisher = new AppSyncPublisher(URI.create(System.getenv("GRAPHQL_URL")),
                System.getenv("AWS_REGION"), DefaultCredentialsProvider.builder().build(),
                UrlConnectionHttpClient.create(), app.json.mapper());
        PeopleFanOut fanOut = new PeopleFanOut(new EventBridgeBus(EventBridgeClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build(), System.getenv("EVENT_BUS_NAME")));
        return new ProjectionRunner(new EventDetails(app.json), app.repository, app.projector, publisher,
                fanOut);
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
}
