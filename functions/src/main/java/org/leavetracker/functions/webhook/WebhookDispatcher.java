package org.leavetracker.functions.webhook;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.leavetracker.adapters.json.EventJson;
import org.leavetracker.adapters.webhook.HttpWebhookTransport;
import org.leavetracker.adapters.webhook.WebhookSignature;
import org.leavetracker.domain.error.DomainError;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.port.Clock;
import org.leavetracker.domain.port.DeliveryLog;
import org.leavetracker.domain.port.EndpointPolicy;
import org.leavetracker.domain.port.WebhookSecrets;
import org.leavetracker.domain.webhook.Webhook;
import org.leavetracker.domain.webhook.WebhookDelivery;
import org.leavetracker.domain.write.Repository;

/**
 * Sends one event to every endpoint of its organization that subscribed to its type: signed, retried with
 * exponential backoff (1 s, 2 s, 4 s), each attempt logged. An endpoint that already got the event is skipped, so
 * when the rule redelivers the event (after an endpoint kept failing) the others are not sent it twice. If an
 * endpoint still fails, the invocation fails: EventBridge retries it and finally dead-letters it.
 */
public final class WebhookDispatcher {

    static final int ATTEMPTS = 4;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What an endpoint is sent, and what could be wrong. */
    public interface Transport {
        int post(URI url, Map<String, String> headers, String body) throws IOException;
    }

    private final Repository repository;
    private final EventJson json;
    private final EndpointPolicy endpoints;
    private final WebhookSecrets secrets;
    private final DeliveryLog log;
    private final Transport transport;
    private final Clock clock;
    private final LongConsumer sleep;

    public WebhookDispatcher(Repository repository, EventJson json, EndpointPolicy endpoints, WebhookSecrets secrets,
                             DeliveryLog log, Transport transport, Clock clock, LongConsumer sleep) {
        this.repository = repository;
        this.json = json;
        this.endpoints = endpoints;
        this.secrets = secrets;
        this.log = log;
        this.transport = transport;
        this.clock = clock;
        this.sleep = sleep;
    }

    /** Over HTTP, waiting at most {@code timeout} to connect and again for the answer. */
    public static Transport http(java.time.Duration timeout) {
        HttpWebhookTransport http = new HttpWebhookTransport(timeout);
        return http::post;
    }

    /** @return the attempts made */
    public List<WebhookDelivery> dispatch(RecordedEvent event) {
        List<Webhook> subscribed = repository.organization(event.orgId()).webhooks().stream()
                .filter(w -> w.wants(event.type(), event.occurredAt())).toList();
        List<WebhookDelivery> attempts = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        String eventId = event.aggregateId() + "/" + event.version();
        String body = subscribed.isEmpty() ? null : body(event, eventId);
        for (Webhook webhook : subscribed) {
            if (log.delivered(webhook.id(), eventId)) {
                continue;
            }
            WebhookDelivery last = deliver(webhook, eventId, event.type(), body, attempts);
            if (!last.succeeded()) {
                failed.add(webhook.url() + " (" + (last.error() != null ? last.error() : "HTTP " + last.statusCode())
                        + ")");
            }
        }
        if (!failed.isEmpty()) {
            throw new IllegalStateException("webhook delivery of " + eventId + " failed for " + failed);
        }
        return attempts;
    }

    private WebhookDelivery deliver(Webhook webhook, String eventId, String type, String body,
                                    List<WebhookDelivery> attempts) {
        WebhookDelivery delivery = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            if (attempt > 1) {
                sleep.accept(1000L << (attempt - 2));
            }
            Instant now = clock.now();
            int status = 0;
            String error = null;
            try {
                URI url = endpoints.check(webhook.url()); // again: what the name resolves to may have changed
                Map<String, String> headers = new LinkedHashMap<>();
                headers.put(WebhookSignature.HEADER, WebhookSignature.header(secrets.secretFor(webhook.id()),
                        now.getEpochSecond(), body));
                headers.put("X-LeaveTracker-Event-Id", eventId);
                headers.put("X-LeaveTracker-Event-Type", type);
                headers.put("X-LeaveTracker-Delivery-Attempt", Integer.toString(attempt));
                status = transport.post(url, headers, body);
            } catch (IOException | DomainError e) {
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            delivery = new WebhookDelivery(webhook.id(), eventId, type, attempt, status, error, now);
            log.record(delivery);
            attempts.add(delivery);
            if (delivery.succeeded() || status >= 400 && status < 500 && status != 408 && status != 429) {
                break; // delivered, or refused for good: retrying the same body would get the same answer
            }
        }
        return delivery;
    }

    /** The event as receivers see it; leave reasons and notes stay inside the application. */
    private String body(RecordedEvent event, String eventId) {
        try {
            Map<String, Object> data = MAPPER.readValue(json.write(event.payload()), MAPPER.getTypeFactory()
                    .constructMapType(LinkedHashMap.class, String.class, Object.class));
            data.remove("reason");
            data.remove("note");
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", eventId);
            body.put("type", event.type());
            body.put("orgId", event.orgId());
            body.put("aggregateId", event.aggregateId());
            body.put("occurredAt", event.occurredAt().toString());
            body.put("data", data);
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the webhook body of " + eventId, e);
        }
    }
}
