package org.leavetracker.functions.webhook;

import java.util.List;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import org.leavetracker.adapters.bus.EventDetails;
import org.leavetracker.adapters.json.EventJson;
import org.leavetracker.adapters.webhook.WebhookSettings;
import org.leavetracker.domain.port.Clock;
import org.leavetracker.domain.port.DeliveryLog;
import org.leavetracker.domain.webhook.WebhookDelivery;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.functions.pipeline.BusEventReader;
import org.leavetracker.functions.support.ColdStart;
import org.leavetracker.functions.support.Ports;

/** EventBridge rule target (rule {@code webhooks}): sends each published event to the endpoints that want it. */
public final class WebhookDeliveryHandler implements RequestHandler<ScheduledEvent, List<WebhookDelivery>> {

    private static final ColdStart<WebhookDeliveryHandler> WIRED = new ColdStart<>(() -> {
        WebhookSettings settings = WebhookSettings.fromEnvironment().orElseThrow(() ->
                new IllegalStateException("the webhook function needs WEBHOOK_SIGNING_KEY"));
        Ports ports = Ports.fromEnvironment();
        return of(ports.repository(), ports.json(), ports.deliveryLog(), ports.clock(), settings,
                WebhookDispatcher.http(java.time.Duration.ofSeconds(10)), 1);
    });

    private final BusEventReader events;
    private final WebhookDispatcher dispatcher;

    public WebhookDeliveryHandler(BusEventReader events, WebhookDispatcher dispatcher) {
        this.events = events;
        this.dispatcher = dispatcher;
    }

    /** What Lambda instantiates: wiring once per cold start. */
    public WebhookDeliveryHandler() {
        WebhookDeliveryHandler wired = WIRED.get();
        this.events = wired.events;
        this.dispatcher = wired.dispatcher;
    }

    /**
     * Over the event store and the delivery log, sleeping between attempts the backoff divided by {@code backoffDivisor} (the
     * local runtime keeps its pauses short, so a dead endpoint holds its webhook lane only briefly).
     */
    public static WebhookDeliveryHandler of(Repository repository, EventJson json, DeliveryLog deliveryLog,
                                            Clock clock, WebhookSettings settings,
                                            WebhookDispatcher.Transport transport, int backoffDivisor) {
        return new WebhookDeliveryHandler(new BusEventReader(new EventDetails(json), repository),
                new WebhookDispatcher(repository, json, settings.policy(), settings.secrets(), deliveryLog, transport,
                        clock, millis -> sleep(millis / backoffDivisor)));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted between webhook attempts", e);
        }
    }

    @Override
    public List<WebhookDelivery> handleRequest(ScheduledEvent event, Context context) {
        return dispatcher.dispatch(events.read(BusEventReader.detailJson(event)));
    }
}
