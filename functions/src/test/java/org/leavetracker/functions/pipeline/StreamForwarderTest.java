package org.leavetracker.functions.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import org.junit.jupiter.api.Test;
import org.leavetracker.adapters.bus.EventDetails;
import org.leavetracker.adapters.dynamodb.EventItems;
import org.leavetracker.adapters.json.EventJson;
import org.leavetracker.domain.event.CreditEvent.BalanceAdjusted;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.port.BusEntry;
import org.leavetracker.domain.port.EventBus;
import org.leavetracker.functions.testing.StreamRecords;

/** The forwarder with real DynamodbEvent objects against a bus that fails the entries a test chooses. */
class StreamForwarderTest {

    private final EventJson json = new EventJson();
    private final EventItems items = new EventItems(json);
    private final EventDetails details = new EventDetails(json);

    /** Records every call; answers per entry with the failure rule's code (null = accepted). */
    private static final class FakeBus implements EventBus {
        final List<List<BusEntry>> calls = new ArrayList<>();
        final BiFunction<BusEntry, Integer, String> failure;
        final Map<String, Integer> attemptsByDetail = new HashMap<>();

        FakeBus(BiFunction<BusEntry, Integer, String> failure) {
            this.failure = failure;
        }

        @Override
        public List<String> put(List<BusEntry> entries) {
            assertThat(entries.size()).isLessThanOrEqualTo(MAX_ENTRIES);
            assertThat(entries.stream().mapToInt(BusEntry::size).sum()).isLessThanOrEqualTo(MAX_BYTES);
            calls.add(List.copyOf(entries));
            List<String> results = new ArrayList<>();
            for (BusEntry entry : entries) {
                int attempt = attemptsByDetail.merge(entry.detail(), 1, Integer::sum);
                results.add(failure.apply(entry, attempt));
            }
            return results;
        }

        List<BusEntry> sent() {
            return calls.stream().flatMap(List::stream).toList();
        }
    }

    private StreamForwarder forwarder(EventBus bus) {
        return new StreamForwarder(bus, details, 3, 1);
    }

    private RecordedEvent event(int i, String note) {
        return new RecordedEvent("org1", "user" + i, 1, Instant.parse("2026-06-15T10:00:00Z"), "admin", "cmd" + i,
                new BalanceAdjusted("vacation", 2026, Days.ONE, note));
    }

    private DynamodbEvent.DynamodbStreamRecord record(RecordedEvent event, String eventName, long sequence) {
        return StreamRecords.record(items, event, eventName, sequence);
    }

    private DynamodbEvent batch(int size) {
        List<DynamodbEvent.DynamodbStreamRecord> records = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            records.add(record(event(i, "note " + i), "INSERT", 100 + i));
        }
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(records);
        return event;
    }

    private static Set<String> failedSequences(StreamsEventResponse response) {
        Set<String> failed = new HashSet<>();
        response.getBatchItemFailures().forEach(f -> failed.add(f.getItemIdentifier()));
        return failed;
    }

    @Test
    void every_new_event_is_put_once_in_batches_of_at_most_ten_when_nothing_fails() {
        FakeBus bus = new FakeBus((entry, attempt) -> null);

        StreamsEventResponse response = forwarder(bus).forward(batch(25));

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(bus.calls).hasSize(3);
        assertThat(bus.sent()).hasSize(25).extracting(BusEntry::detail).doesNotHaveDuplicates();
        BusEntry first = bus.sent().getFirst();
        assertThat(first.source()).isEqualTo("leave-tracker");
        assertThat(first.detailType()).isEqualTo("BalanceAdjusted");
        assertThat(details.event(first.detail())).isEqualTo(event(0, "note 0"));
    }

    @Test
    void only_the_entries_that_failed_are_retried() {
        FakeBus bus = new FakeBus((entry, attempt) -> entry.detail().contains("note 3") && attempt == 1
                ? "ThrottlingException" : null);

        StreamsEventResponse response = forwarder(bus).forward(batch(5));

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(bus.calls).hasSize(2);
        assertThat(bus.calls.get(1)).singleElement().satisfies(e -> assertThat(e.detail()).contains("note 3"));
    }

    @Test
    void a_record_that_keeps_failing_is_reported_and_the_others_are_neither_blocked_nor_repeated() {
        FakeBus bus = new FakeBus((entry, attempt) -> entry.detail().contains("note 2") ? "InternalFailure" : null);

        StreamsEventResponse response = forwarder(bus).forward(batch(5));

        assertThat(failedSequences(response)).containsExactly("102");
        assertThat(bus.sent().stream().filter(e -> !e.detail().contains("note 2")).toList()).hasSize(4)
                .extracting(BusEntry::detail).doesNotHaveDuplicates();
        assertThat(bus.sent().stream().filter(e -> e.detail().contains("note 2")).count()).isEqualTo(3);
    }

    @Test
    void a_failed_call_is_retried_whole_and_reported_whole_if_it_never_succeeds() {
        EventBus down = entries -> {
            throw new IllegalStateException("bus unreachable");
        };

        StreamsEventResponse response = forwarder(down).forward(batch(3));

        assertThat(failedSequences(response)).containsExactlyInAnyOrder("100", "101", "102");
    }

    @Test
    void an_event_too_large_for_the_bus_travels_as_a_pointer() {
        RecordedEvent huge = event(7, "x".repeat(300 * 1024));
        DynamodbEvent stream = new DynamodbEvent();
        stream.setRecords(List.of(record(huge, "INSERT", 1)));
        FakeBus bus = new FakeBus((entry, attempt) -> null);

        assertThat(forwarder(bus).forward(stream).getBatchItemFailures()).isEmpty();

        BusEntry sent = bus.sent().getFirst();
        assertThat(sent.size()).isLessThanOrEqualTo(EventBus.MAX_BYTES);
        assertThat(sent.detail()).contains("\"payloadOmitted\":true").doesNotContain("xxxx");
        assertThat(details.event(sent.detail())).isNull();
        assertThat(details.coordinates(sent.detail())).isEqualTo(new EventDetails.EventCoordinates("user7", 1));
    }

    @Test
    void records_other_than_inserts_are_skipped() {
        DynamodbEvent stream = new DynamodbEvent();
        stream.setRecords(List.of(record(event(1, "a"), "MODIFY", 1), record(event(2, "b"), "INSERT", 2)));
        FakeBus bus = new FakeBus((entry, attempt) -> null);

        assertThat(forwarder(bus).forward(stream).getBatchItemFailures()).isEmpty();
        assertThat(bus.sent()).singleElement().satisfies(e -> assertThat(e.detail()).contains("\"user2\""));
    }

    @Test
    void batches_respect_the_byte_limit_as_well_as_the_count() {
        List<Integer> sizes = List.of(100_000, 100_000, 100_000, 10, 10);
        List<List<Integer>> batches = StreamForwarder.batchesOf(sizes, s -> s);
        assertThat(batches).containsExactly(List.of(100_000, 100_000), List.of(100_000, 10, 10));
    }
}
