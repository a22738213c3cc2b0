package org.leavetracker.functions.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.leavetracker.adapters.bus.EventDetails;
import org.leavetracker.adapters.dynamodb.EventItems;
import org.leavetracker.adapters.testing.DynamoApp;
import org.leavetracker.domain.port.BusEntry;
import org.leavetracker.domain.port.EventBus;
import org.leavetracker.functions.testing.SampleCompany;
import org.leavetracker.functions.testing.SilentPublisher;
import org.leavetracker.functions.testing.StreamRecords;

/**
 * The forwarder dies after half a batch reached the bus; Lambda retries the whole batch. Every event reaches the
 * projection at least once (the first half twice), and the read side ends exactly as after a clean pass.
 */
class ForwarderCrashTest {

    private final DynamoApp app = new DynamoApp();
    private final SampleCompany company = SampleCompany.in(app);
    private final EventItems items = new EventItems(app.json);
    private final EventDetails details = new EventDetails(app.json);
    private final ProjectionHandler projections = new ProjectionHandler(new ProjectionRunner(details,
            app.repository, app.projector, new SilentPublisher()));

    /** A bus whose one rule target is the projection; it dies (the whole process) once {@code dieAfter} got in. */
    private final class ProjectingBus implements EventBus {
        final List<String> delivered = new ArrayList<>();
        int dieAfter = Integer.MAX_VALUE;

        @Override
        public List<String> put(List<BusEntry> entries) {
            List<String> results = new ArrayList<>();
            for (BusEntry entry : entries) {
                if (delivered.size() == dieAfter) {
                    throw new ProcessDied();
                }
                projections.handleRequest(scheduled(entry), null);
                delivered.add(entry.detail());
                results.add(null);
            }
            return results;
        }
    }

    /** Not an exception the forwarder could catch and retry: the process is gone (out of memory, timeout, kill). */
    private static final class ProcessDied extends Error {
        ProcessDied() {
            super("the forwarder's process died mid-batch");
        }
    }

    private static ScheduledEvent scheduled(BusEntry entry) {
        try {
            ScheduledEvent event = new ScheduledEvent();
            event.setSource(entry.source());
            event.setDetailType(entry.detailType());
            event.setDetail(new ObjectMapper().readValue(entry.detail(), new TypeReference<Map<String, Object>>() {
            }));
            return event;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_crash_after_half_a_batch_and_the_retry_give_the_read_side_of_a_clean_run() {
        DynamodbEvent batch = StreamRecords.inserts(items, app.appended, 1000);
        int events = batch.getRecords().size();
        ProjectingBus clean = new ProjectingBus();
        StreamsEventResponse cleanRun = new StreamForwarder(clean, details, 3, 1).forward(batch);
        assertThat(cleanRun.getBatchItemFailures()).isEmpty();
        List<Object> expected = company.readSide();

        company.dropReadSide();
        ProjectingBus crashing = new ProjectingBus();
        crashing.dieAfter = events / 2;
        StreamForwarder forwarder = new StreamForwarder(crashing, details, 3, 1);
        assertThatThrownBy(() -> forwarder.forward(batch)).hasMessageContaining("died mid-batch");
        System.out.printf("%d events; %d reached the bus before the crash%n", events, crashing.delivered.size());
        assertThat(crashing.delivered).hasSize(events / 2);

        crashing.dieAfter = Integer.MAX_VALUE; // Lambda retries the same batch in a fresh process
        assertThat(forwarder.forward(batch).getBatchItemFailures()).isEmpty();
        assertThat(crashing.delivered).hasSize(events + events / 2).containsAll(clean.delivered);
        assertThat(company.readSide()).isEqualTo(expected);
    }
}
