package org.leavetracker.domain.write.organization;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;

import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.event.WebhookEvent.WebhookRegistered;
import org.leavetracker.domain.event.WebhookEvent.WebhookRemoved;
import org.leavetracker.domain.event.WebhookEvent;
import org.leavetracker.domain.webhook.Webhook;
import org.leavetracker.domain.webhook.WebhookEvents;
import org.leavetracker.domain.write.Decision;

/** The endpoints an organization's events are delivered to. */
public final class Webhooks extends SettingsById<Webhook> {

    /** A company has a handful of integrations; more endpoints mean more places its data goes. */
    static final int MAX_WEBHOOKS = 10;

    Webhooks() {
        super("webhook", Webhook::id, null);
    }

    /** Registers an endpoint whose address the deployment's policy has accepted. */
    public Decision register(String newId, URI url, List<String> eventTypes) {
        List<String> types = eventTypes == null ? List.of() : List.copyOf(new LinkedHashSet<>(eventTypes));
        if (types.isEmpty()) {
            throw new ValidationError("name at least one event type: " + WebhookEvents.PUBLISHED);
        }
        for (String type : types) {
            if (!WebhookEvents.PUBLISHED.contains(type)) {
                throw new ValidationError("'" + type + "' is not an event type webhooks receive; they are "
                        + WebhookEvents.PUBLISHED);
            }
        }
        if (byId.size() >= MAX_WEBHOOKS) {
            throw new ValidationError("an organization has at most " + MAX_WEBHOOKS + " webhooks; remove one first");
        }
        return Decision.of(newId, new WebhookRegistered(newId, url.toString(), types));
    }

    public Decision remove(String webhookId) {
        get(webhookId);
        return Decision.of(webhookId, new WebhookRemoved(webhookId));
    }

    void evolve(WebhookEvent event, Instant occurredAt) {
        switch (event) {
            case WebhookRegistered e -> byId.put(e.webhookId(), new Webhook(e.webhookId(), e.url(), e.eventTypes(),
                    occurredAt));
            case WebhookRemoved e -> byId.remove(e.webhookId());
        }
    }
}
