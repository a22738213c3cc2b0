package org.leavetracker.functions.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import org.leavetracker.adapters.bus.EventDetails;
import org.leavetracker.domain.port.BusEntry;
import org.leavetracker.domain.port.EventBus;
import org.leavetracker.functions.support.JsonLog;

/**
 * Puts each new event item of a stream batch on the bus: batches within EventBridge's limits (10 entries,
 * 256 KB), retries only the entries that failed (with back-off), and reports the records that still failed so the
 * stream retries exactly those and nothing that went through (ReportBatchItemFailures).
 */
public final class StreamForwarder {

    private static final JsonLog LOG = new JsonLog(StreamForwarder.class);

    private final EventBus bus;
    private final EventDetails details;
    private final int attempts;
    private final long backoffMillis;

    public StreamForwarder(EventBus bus, EventDetails details, int attempts, long backoffMillis) {
        this.bus = bus;
        this.details = details;
        this.attempts = attempts;
        this.backoffMillis = backoffMillis;
    }

    private record Pending(String sequenceNumber, BusEntry entry) {
    }

    public StreamsEventResponse forward(DynamodbEvent event) {
        List<StreamsEventResponse.BatchItemFailure> failures = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
            String sequence = record.getDynamodb().getSequenceNumber();
            if (!"INSERT".equals(record.getEventName())) {
                LOG.warn("skipped a stream record that is not an insert: events are never changed",
                        Map.of("eventName", String.valueOf(record.getEventName()), "sequenceNumber", sequence));
                continue;
            }
            try {
                pending.add(new Pending(sequence, details.stored(text(record.getDynamodb().getNewImage()))));
            } catch (RuntimeException unreadable) {
                LOG.error("an event item could not be read", Map.of("sequenceNumber", sequence), unreadable);
                failures.add(failure(sequence));
            }
        }
        for (List<Pending> batch : batches(pending)) {
            putWithRetries(batch).forEach(p -> failures.add(failure(p.sequenceNumber())));
        }
        return StreamsEventResponse.builder().withBatchItemFailures(failures).build();
    }

    /** Consecutive groups of at most 10 entries and 256 KB. */
    static <T> List<List<T>> batchesOf(List<T> items, ToIntFunction<T> size) {
        List<List<T>> batches = new ArrayList<>();
        List<T> current = new ArrayList<>();
        int bytes = 0;
        for (T item : items) {
            int itemSize = size.applyAsInt(item);
            if (!current.isEmpty() && (current.size() == EventBus.MAX_ENTRIES || bytes + itemSize > EventBus.MAX_BYTES)) {
                batches.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(item);
            bytes += itemSize;
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    private static List<List<Pending>> batches(List<Pending> pending) {
        return batchesOf(pending, p -> p.entry().size());
    }

    /** @return the entries that still failed after every attempt */
    private List<Pending> putWithRetries(List<Pending> batch) {
        List<Pending> remaining = batch;
        for (int attempt = 1; attempt <= attempts && !remaining.isEmpty(); attempt++) {
            if (attempt > 1) {
                sleep(backoffMillis << (attempt - 2));
            }
            List<Pending> failed = new ArrayList<>();
            try {
                List<String> results = bus.put(remaining.stream().map(Pending::entry).toList());
                for (int i = 0; i < remaining.size(); i++) {
                    if (results.get(i) != null) {
                        failed.add(remaining.get(i));
                    }
                }
            } catch (RuntimeException callFailed) {
                LOG.warn("a PutEvents call failed", Map.of("attempt", attempt, "error", callFailed.toString()));
                failed = remaining;
            }
            remaining = failed;
        }
        return remaining;
    }

    private static StreamsEventResponse.BatchItemFailure failure(String sequenceNumber) {
        return StreamsEventResponse.BatchItemFailure.builder().withItemIdentifier(sequenceNumber).build();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Event items hold only strings and numbers. */
    private static Function<String, String> text(Map<String, AttributeValue> image) {
        return name -> {
            AttributeValue value = image.get(name);
            return value == null ? null : value.getN() != null ? value.getN() : value.getS();
        };
    }
}
