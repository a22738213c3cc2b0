package org.leavetracker.functions.pipeline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import org.leavetracker.functions.support.ColdStart;
import org.leavetracker.functions.support.Ports;
import org.leavetracker.adapters.bus.EventDetails;
import org.leavetracker.adapters.json.EventJson;

/** The events table's stream → the EventBridge bus named by EVENT_BUS_NAME. */
public final class StreamForwarderHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {

    private static final ColdStart<StreamForwarder> WIRED = new ColdStart<>(() -> {
        // payloads pass through as stored: the forwarder opens no personal field, and holds no key
        return new StreamForwarder(Ports.eventBusFromEnvironment(), new EventDetails(new EventJson()), 4, 100);
    });

    private final StreamForwarder forwarder;

    public StreamForwarderHandler() {
        this(WIRED.get());
    }

    public StreamForwarderHandler(StreamForwarder forwarder) {
        this.forwarder = forwarder;
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        return forwarder.forward(event);
    }
}
