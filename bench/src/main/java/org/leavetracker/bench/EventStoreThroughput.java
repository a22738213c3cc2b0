package org.leavetracker.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.leavetracker.adapters.dynamodb.DynamoDbEventStore;
import org.leavetracker.adapters.dynamodb.EventItems;
import org.leavetracker.adapters.dynamodb.Snapshots;
import org.leavetracker.adapters.json.EventJson;
import org.leavetracker.adapters.testing.LocalDynamo;
import org.leavetracker.domain.event.CreditEvent.BalanceAdjusted;
import org.leavetracker.domain.event.EventMetadata;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.port.EventStore.StreamAppend;

/**
 * Appends and aggregate loads per second on DynamoDB Local (in this JVM, over HTTP on loopback), with one writer
 * and with eight. Each append is a full command: one event plus its command-id record in one transaction.
 * Run: {@code bench/run EventStoreThroughput}
 */
public final class EventStoreThroughput {

    private static final int APPENDS = 4000;
    private static final int EVENTS_PER_AGGREGATE = 20;

    public static void main(String[] args) throws Exception {
        LocalDynamo dynamo = LocalDynamo.shared();
        EventJson json = new EventJson();
        for (int writers : new int[] {1, 8}) {
            String prefix = dynamo.freshTables();
            DynamoDbEventStore store = new DynamoDbEventStore(dynamo.client(), prefix, new EventItems(json),
                    new Snapshots(dynamo.client(), prefix, json, 100));
            double appends = run(writers, APPENDS, i -> store.append(
                    new EventMetadata("org", "actor", "cmd-" + i, Instant.now()),
                    List.of(new StreamAppend("agg-" + i / EVENTS_PER_AGGREGATE, i % EVENTS_PER_AGGREGATE,
                            List.of(new BalanceAdjusted("t", 2026, Days.ONE, "bench " + i)))), List.of()));
            double loads = run(writers, APPENDS / EVENTS_PER_AGGREGATE * 5,
                    i -> store.load("agg-" + i % (APPENDS / EVENTS_PER_AGGREGATE)));
            System.out.printf("%d writer(s): %.0f appends/s, %.0f loads/s of %d-event aggregates%n",
                    writers, appends, loads, EVENTS_PER_AGGREGATE);
        }
        System.exit(0);
    }

    private static double run(int threads, int operations, Operation operation) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < operations; i = next.getAndIncrement()) {
                    operation.run(i);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return operations / ((System.nanoTime() - start) / 1e9);
    }

    @FunctionalInterface
    private interface Operation {
        void run(int i);
    }
}
