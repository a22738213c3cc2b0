package org.leavetracker.domain.event;

import java.util.List;

/** Events of outgoing webhooks. */
public sealed interface WebhookEvent extends OrganizationEvent {

    /** An outgoing webhook: where, and which event types. Its signing secret is derived, never recorded. */
    record WebhookRegistered(String webhookId, String url, List<String> eventTypes) implements WebhookEvent {
        public static final String TYPE = "WebhookRegistered";

        public WebhookRegistered {
            eventTypes = List.copyOf(eventTypes);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    record WebhookRemoved(String webhookId) implements WebhookEvent {
        public static final String TYPE = "WebhookRemoved";

        @Override
        public String type() {
            return TYPE;
        }
    }
}
