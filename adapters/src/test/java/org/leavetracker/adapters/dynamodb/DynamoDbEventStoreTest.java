package org.leavetracker.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.leavetracker.adapters.json.EventJson;
import org.leavetracker.adapters.testing.LocalDynamo;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.event.DomainEvent;
import org.leavetracker.domain.event.CreditEvent.BalanceAdjusted;
import org.leavetracker.domain.event.PersonEvent.UserAdded;
import org.leavetracker.domain.event.EventMetadata;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.port.ConcurrencyConflict;
import org.leavetracker.domain.port.EventStore;
import org.leavetracker.domain.port.EventStore.StreamAppend;
import org.leavetracker.domain.testing.EventStoreContract;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoDbEventStoreTest extends EventStoreContract {

    private final LocalDynamo dynamo = LocalDynamo.shared();
    private final String prefix = dynamo.freshTables();
    private final EventJson json = new EventJson();
    private final DynamoDbEventStore store = storeWithSnapshotsEvery(Integer.MAX_VALUE);

    private DynamoDbEventStore storeWithSnapshotsEvery(int every) {
        return new DynamoDbEventStore(dynamo.client(), prefix, new EventItems(json),
                new Snapshots(dynamo.client(), prefix, json, every));
    }

    @Override
    protected EventStore store() {
        return store;
    }

    private static EventMetadata meta(String commandId) {
        return new EventMetadata("org1", "admin", commandId, Instant.parse("2026-06-15T10:00:00Z"));
    }

    private static DomainEvent adjustment(int i) {
        return new BalanceAdjusted("vacation", 2026, Days.ofHalves(i % 5 + 1), "adjustment " + i);
    }

    @Test
    void a_store_that_loaded_an_aggregate_before_sees_what_another_process_appended_since() {
        DynamoDbEventStore otherProcess = storeWithSnapshotsEvery(Integer.MAX_VALUE);
        store.append(meta("create"), List.of(new StreamAppend("u2", 0,
                List.of(new UserAdded("u2@acme.test", "U", Role.MEMBER)))), List.of());
        assertThat(store.load("u2")).hasSize(1);
        otherProcess.append(meta("adjust"), List.of(new StreamAppend("u2", 1, List.of(adjustment(1), adjustment(2)))),
                List.of());

        List<RecordedEvent> loaded = store.load("u2");

        assertThat(loaded).extracting(RecordedEvent::version).containsExactly(1L, 2L, 3L);
        assertThat(loaded).isEqualTo(otherProcess.load("u2"));
        assertThat(store.load("u2")).as("loaded again: the same").isEqualTo(loaded);
    }

    @Test
    void eight_writers_racing_on_one_aggregate_leave_versions_one_to_n_without_gap_or_loss() throws Exception {
        DynamoDbEventStore store = storeWithSnapshotsEvery(50); // as deployed: long streams load from a snapshot
        store.append(meta("create"), List.of(new StreamAppend("u1", 0,
                List.of(new UserAdded("u@acme.test", "U", Role.MEMBER)))), List.of());
        int total = 1000;
        AtomicInteger next = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        List<Long> acknowledged = Collections.synchronizedList(new ArrayList<>());
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            done.add(writers.submit(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    while (true) { // a loser reloads and retries, as the command runner does
                        long version = store.load("u1").size();
                        try {
                            List<RecordedEvent> written = store.append(meta("c" + i + "v" + version),
                                    List.of(new StreamAppend("u1", version, List.of(adjustment(i)))), List.of());
                            acknowledged.add(written.getFirst().version());
                            break;
                        } catch (ConcurrencyConflict lost) {
                            conflicts.incrementAndGet();
                        }
                    }
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        writers.shutdown();

        List<RecordedEvent> events = store.load("u1");
        assertThat(events).hasSize(total + 1);
        for (int v = 0; v < events.size(); v++) {
            assertThat(events.get(v).version()).isEqualTo(v + 1);
        }
        assertThat(acknowledged).hasSize(total).doesNotHaveDuplicates();
        assertThat(events.stream().map(RecordedEvent::version).toList()).containsAll(acknowledged);
        System.out.printf("8 writers, %d appends acknowledged, %d lost races retried%n", total, conflicts.get());
    }

    @Test
    void a_command_beyond_one_transaction_is_refused_whole() {
        List<DomainEvent> tooMany = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            tooMany.add(adjustment(i));
        }
        assertThatThrownBy(() -> store.append(meta("big"), List.of(new StreamAppend("u2", 0, tooMany)), List.of()))
                .isInstanceOf(ValidationError.class).hasMessageContaining("at most 100 items");
        assertThat(store.load("u2")).isEmpty();

        DomainEvent huge = new BalanceAdjusted("vacation", 2026, Days.ONE, "x".repeat(410 * 1024));
        assertThatThrownBy(() -> store.append(meta("huge"), List.of(new StreamAppend("u2", 0, List.of(huge))),
                List.of())).isInstanceOf(ValidationError.class).hasMessageContaining("item limit");
    }

    @Test
    void snapshots_shorten_loads_and_deleting_them_changes_no_answer() {
        DynamoDbEventStore snapshotting = storeWithSnapshotsEvery(10);
        long version = 0;
        for (int i = 0; i < 35; i++) {
            snapshotting.append(meta("s" + i), List.of(new StreamAppend("u3", version, List.of(adjustment(i)))),
                    List.of());
            version++;
            if (i % 7 == 0) {
                snapshotting.load("u3"); // loads write snapshots as the stream grows
            }
        }
        List<RecordedEvent> withSnapshot = snapshotting.load("u3");
        Map<String, AttributeValue> snapshot = dynamo.client().getItem(b -> b.tableName(prefix + "keys")
                .key(Map.of("key", AttributeValue.fromS("snapshot#u3")))).item();
        assertThat(snapshot).as("a snapshot was written").isNotEmpty();

        List<RecordedEvent> plain = store.load("u3");
        dynamo.client().deleteItem(b -> b.tableName(prefix + "keys")
                .key(Map.of("key", AttributeValue.fromS("snapshot#u3"))));
        List<RecordedEvent> afterDeleting = snapshotting.load("u3");

        assertThat(withSnapshot).hasSize(35).isEqualTo(plain).isEqualTo(afterDeleting);
    }

    @Test
    void an_event_item_carries_its_context_and_a_versioned_json_payload() {
        store.append(meta("ctx"), List.of(new StreamAppend("u4", 0,
                List.of(new UserAdded("u4@acme.test", "U4", Role.APPROVER)))), List.of());

        Map<String, AttributeValue> item = dynamo.client().getItem(b -> b.tableName(prefix + "events")
                .key(Map.of("aggregateId", AttributeValue.fromS("u4"), "version", AttributeValue.fromN("1")))).item();

        assertThat(item.get("type").s()).isEqualTo("UserAdded");
        assertThat(item.get("schemaVersion").n()).isEqualTo("1");
        assertThat(item.get("orgId").s()).isEqualTo("org1");
        assertThat(item.get("commandId").s()).isEqualTo("ctx");
        assertThat(item.get("orgTime").s()).startsWith("2026-06-15T10:00:00Z#u4#");
        assertThat(item.get("payload").s())
                .isEqualTo("{\"email\":\"u4@acme.test\",\"name\":\"U4\",\"role\":\"APPROVER\"}");
        assertThat(item.get("payload").s()).doesNotContain("org.leavetracker");
    }

    @Test
    void a_command_record_is_kept_a_day_from_now_even_when_the_business_clock_is_pinned_in_the_past() {
        Instant pinned = Instant.parse("2026-06-15T10:00:00Z"); // as the local runtime's --today may set it
        store.append(new EventMetadata("org1", "admin", "cmd-pinned", pinned),
                List.of(new StreamAppend("u-pinned", 0, List.of(new UserAdded("p@acme.test", "P", Role.MEMBER)))),
                List.of());

        Map<String, AttributeValue> record = dynamo.client().getItem(b -> b.tableName(Tables.KEYS.tableName(prefix))
                .key(Map.of(KeyItems.KEY, AttributeValue.fromS(KeyItems.COMMAND_PREFIX + "cmd-pinned")))).item();
        long expiresAt = Long.parseLong(record.get(KeyItems.EXPIRES_AT).n());
        // DynamoDB Local deletes expired items within a second: a record born expired would not stop the retry
        assertThat(Instant.ofEpochSecond(expiresAt)).isAfter(Instant.now().plus(DynamoDbEventStore.COMMAND_ID_RETENTION)
                .minusSeconds(60));
    }
}
