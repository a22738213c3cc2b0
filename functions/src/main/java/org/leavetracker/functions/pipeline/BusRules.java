package org.leavetracker.functions.pipeline;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.leavetracker.adapters.bus.EventDetails;
import org.leavetracker.adapters.json.EventCatalog;
import org.leavetracker.domain.event.EmploymentEvent;
import org.leavetracker.domain.event.LeaveEvent;
import org.leavetracker.domain.webhook.WebhookEvents;

/**
 * The EventBridge rules: which events reach which consumer. The one definition the CDK stack deploys and the local
 * runtime matches (with AWS's event-ruler), so local routing cannot drift from the cloud's.
 */
public final class BusRules {

    /** A rule: its name, its EventBridge event pattern (JSON) and the consumer it invokes. */
    public record Rule(String name, String eventPattern, Consumer target) {
    }

    /** The consumers rules can target; each is one Lambda handler class. */
    public enum Consumer {
        /** Updates the read tables and publishes the changes to subscribers: ProjectionHandler. */
        PROJECTIONS,
        /** Tells approvers and requesters of the workflow's steps: NotificationHandler. */
        NOTIFICATIONS,
        /** The same steps as Slack direct messages, with Approve / Deny buttons: SlackNotificationHandler. */
        SLACK,
        /** The organization's outgoing webhooks: WebhookDeliveryHandler. */
        WEBHOOKS,
        /** Leave in people's own calendars and their out-of-office replies: CalendarDeliveryHandler. */
        CALENDARS
    }

    /** Every domain event updates the read side: the projector decides which items it affects. */
    public static final Rule READ_MODEL = new Rule("read-model-projection",
            pattern(List.copyOf(EventCatalog.types().keySet())), Consumer.PROJECTIONS);

    /** The pieces of an organization-wide change (PeopleFanOut): each piece one invocation of the projections. */
    public static final Rule READ_MODEL_FAN_OUT = new Rule("read-model-fan-out",
            pattern(List.of(PeopleFanOut.DETAIL_TYPE)), Consumer.PROJECTIONS);

    /** The workflow steps someone else must hear of: a request to decide, a decision, a cancellation. */
    public static final Rule NOTIFICATIONS = new Rule("leave-notifications", pattern(List.of(
            LeaveEvent.LeaveRequested.TYPE, LeaveEvent.ApprovalLevelPassed.TYPE,
            LeaveEvent.LeaveApproved.TYPE, LeaveEvent.LeaveDenied.TYPE, LeaveEvent.LeaveCancelled.TYPE)),
            Consumer.NOTIFICATIONS);

    /** Where a deployment has a Slack app: the same steps, told in Slack (its own rule, retries and dead letters). */
    public static final Rule SLACK = new Rule("slack-notifications", NOTIFICATIONS.eventPattern(), Consumer.SLACK);

    /** The event types endpoints may subscribe to; which endpoint wants which is decided per organization. */
    public static final Rule WEBHOOKS = new Rule("webhooks", pattern(WebhookEvents.PUBLISHED), Consumer.WEBHOOKS);

    /**
     * What changes whether a request shows in its person's calendar (SPEC §8): its decision or cancellation, and the
     * end of the person's employment (or its undoing). Each organization decides whether it is connected.
     */
    public static final Rule CALENDARS = new Rule("calendars", pattern(List.of(LeaveEvent.LeaveApproved.TYPE,
            LeaveEvent.LeaveDenied.TYPE, LeaveEvent.LeaveCancelled.TYPE, EmploymentEvent.EmploymentEnded.TYPE,
            EmploymentEvent.EmploymentEndUndone.TYPE)), Consumer.CALENDARS);

    public static final List<Rule> ALL = List.of(READ_MODEL, READ_MODEL_FAN_OUT, NOTIFICATIONS, SLACK, WEBHOOKS,
            CALENDARS);

    /** The rules a deployment has: those whose consumer it runs (Slack's only where a Slack app is configured). */
    public static List<Rule> forConsumers(Set<Consumer> present) {
        return ALL.stream().filter(rule -> present.contains(rule.target())).toList();
    }

    private BusRules() {
    }

    private static String pattern(List<String> detailTypes) {
        return "{\"source\":[\"" + EventDetails.SOURCE + "\"],\"detail-type\":["
                + detailTypes.stream().sorted().map(t -> "\"" + t + "\"").collect(Collectors.joining(",")) + "]}";
    }
}
