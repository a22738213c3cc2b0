package org.leavetracker.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.port.DeliveryLog;
import org.leavetracker.domain.webhook.WebhookDelivery;

/** What every delivery log must do, for the in-memory fake and DynamoDB alike: newest first, bounded, per endpoint. */
public abstract class DeliveryLogContract {

    protected abstract DeliveryLog log();

    private final String webhook = "wh-" + UUID.randomUUID();

    private WebhookDelivery attempt(String eventId, int attempt, int status, int second) {
        return new WebhookDelivery(webhook, eventId, "LeaveApproved", attempt, status, status == 0 ? "timeout" : null,
                Instant.parse("2026-06-15T10:00:00Z").plusSeconds(second));
    }

    @Test
    void attempts_read_newest_first_up_to_the_limit_and_only_the_endpoints_own() {
        log().record(attempt("e1", 1, 0, 1));
        log().record(attempt("e1", 2, 200, 2));
        log().record(attempt("e2", 1, 500, 3));
        log().record(new WebhookDelivery("other-" + webhook, "e9", "LeaveApproved", 1, 200, null,
                Instant.parse("2026-06-15T10:00:09Z")));
        assertThat(log().deliveries(webhook, 10)).extracting(d -> d.eventId() + "#" + d.attempt())
                .containsExactly("e2#1", "e1#2", "e1#1");
        assertThat(log().deliveries(webhook, 2)).hasSize(2);
    }

    @Test
    void an_event_counts_as_delivered_once_an_attempt_succeeded() {
        log().record(attempt("e1", 1, 503, 1));
        assertThat(log().delivered(webhook, "e1")).isFalse();
        log().record(attempt("e1", 2, 204, 2));
        assertThat(log().delivered(webhook, "e1")).isTrue();
        assertThat(log().delivered(webhook, "e2")).isFalse();
    }
}
