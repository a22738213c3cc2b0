package org.leavetracker.functions.pipeline;

import java.util.List;
import java.util.stream.Collectors;

import org.leavetracker.adapters.bus.EventDetails;
import org.leavetracker.adapters.json.EventCatalog;

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
        PROJECTIONS
    }

    /** Every domain event updates the read side: the projector decides which items it affects. */
    public static final Rule READ_MODEL = new Rule("read-model-projection",
            pattern(List.copyOf(EventCatalog.types().keySet())), Consumer.PROJECTIONS);

    public static final List<Rule> ALL = List.of(READ_MODEL);

    private BusRules() {
    }

    private static String pattern(List<String> detailTypes) {
        return "{\"source\":[\"" + EventDetails.SOURCE + "\"],\"detail-type\":["
                + detailTypes.stream().sorted().map(t -> "\"" + t + "\"").collect(Collectors.joining(",")) + "]}";
    }
}
