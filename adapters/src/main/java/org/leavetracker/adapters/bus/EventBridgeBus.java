package org.leavetracker.adapters.bus;

import java.util.List;

import org.leavetracker.domain.port.BusEntry;
import org.leavetracker.domain.port.EventBus;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/** Amazon EventBridge: one {@code PutEvents} per batch on the application's bus. */
public final class EventBridgeBus implements EventBus {

    private final EventBridgeClient eventBridge;
    private final String busName;

    public EventBridgeBus(EventBridgeClient eventBridge, String busName) {
        this.eventBridge = eventBridge;
        this.busName = busName;
    }

    @Override
    public List<String> put(List<BusEntry> entries) {
        List<PutEventsRequestEntry> request = entries.stream().map(e -> PutEventsRequestEntry.builder()
                .eventBusName(busName).source(e.source()).detailType(e.detailType()).detail(e.detail()).build())
                .toList();
        List<PutEventsResultEntry> results = eventBridge.putEvents(b -> b.entries(request)).entries();
        return results.stream().map(r -> r.errorCode() == null ? null : r.errorCode()).toList();
    }
}
