package org.leavetracker.bench;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.leavetracker.adapters.dynamodb.DynamoDbEventStore;
import org.leavetracker.adapters.dynamodb.EventItems;
import org.leavetracker.adapters.dynamodb.Snapshots;
import org.leavetracker.adapters.json.EventJson;
import org.leavetracker.adapters.privacy.DataKeys;
import org.leavetracker.adapters.privacy.FieldSealing;
import org.leavetracker.adapters.privacy.FileKeyWrapping;
import org.leavetracker.adapters.privacy.KeyWrapping;
import org.leavetracker.adapters.testing.LocalDynamo;
import org.leavetracker.domain.event.CreditEvent.BalanceAdjusted;
import org.leavetracker.domain.event.EventMetadata;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.port.EventStore.StreamAppend;

/**
 * What sealing personal fields costs a command (decision 0036), on DynamoDB Local: appends and loads of aggregates
 * whose every event has a personal field (a balance adjustment's note), in clear, sealed with the warm process's key
 * cache, and sealed with a cold cache on every operation (a fresh process each time). Unwraps are counted: in the
 * cloud each is one KMS Decrypt call. Run: {@code bench/run SealingCost}
 */
public final class SealingCost {

    private static final int APPENDS = 1000;
    private static final int EVENTS_PER_AGGREGATE = 20;
    private static final int AGGREGATES = APPENDS / EVENTS_PER_AGGREGATE;

    public static void main(String[] args) {
        LocalDynamo dynamo = LocalDynamo.shared();
        byte[] master = new byte[32];
        new SecureRandom().nextBytes(master);
        AtomicLong unwraps = new AtomicLong();
        KeyWrapping counted = counting(new FileKeyWrapping(master), unwraps);
        for (int round = 0; round < 2; round++) { // the first round warms the JIT up; the second is reported
            String prefix = dynamo.freshTables();
            DataKeys warm = new DataKeys(dynamo.client(), prefix, counted);
            measure(round, "in clear", dynamo, prefix, () -> new EventJson(), unwraps);
            measure(round, "sealed, keys cached per process", dynamo, prefix,
                    () -> new EventJson(new FieldSealing(warm)), unwraps);
            measure(round, "sealed, no cache (every operation a cold process)", dynamo, prefix,
                    () -> new EventJson(new FieldSealing(new DataKeys(dynamo.client(), prefix, counted))), unwraps);
        }
        System.exit(0);
    }

    private static void measure(int round, String label, LocalDynamo dynamo, String prefix, Supplier<EventJson> json,
                                AtomicLong unwraps) {
        String run = "r" + round + "-" + Integer.toHexString(label.hashCode()) + "-";
        unwraps.set(0);
        long start = System.nanoTime();
        for (int i = 0; i < APPENDS; i++) {
            store(dynamo, prefix, json.get()).append(new EventMetadata("org", "actor", run + "cmd-" + i, Instant.now()),
                    List.of(new StreamAppend(run + i / EVENTS_PER_AGGREGATE, i % EVENTS_PER_AGGREGATE,
                            List.of(new BalanceAdjusted("t", 2026, Days.ONE, "Night shift of the " + i)))), List.of());
        }
        double appendMs = (System.nanoTime() - start) / 1e6 / APPENDS;
        long appendUnwraps = unwraps.getAndSet(0);
        start = System.nanoTime();
        int loads = AGGREGATES * 4;
        for (int i = 0; i < loads; i++) {
            store(dynamo, prefix, json.get()).load(run + i % AGGREGATES);
        }
        double loadMs = (System.nanoTime() - start) / 1e6 / loads;
        if (round > 0) {
            System.out.printf("%-50s append %.2f ms (%.2f unwraps), load of %d events %.2f ms (%.2f unwraps)%n",
                    label, appendMs, (double) appendUnwraps / APPENDS, EVENTS_PER_AGGREGATE, loadMs,
                    (double) unwraps.get() / loads);
        }
    }

    private static DynamoDbEventStore store(LocalDynamo dynamo, String prefix, EventJson json) {
        return new DynamoDbEventStore(dynamo.client(), prefix, new EventItems(json),
                new Snapshots(dynamo.client(), prefix, json, 100));
    }

    private static KeyWrapping counting(KeyWrapping wrapping, AtomicLong unwraps) {
        return new KeyWrapping() {
            @Override
            public byte[] wrap(byte[] dataKey, String personId) {
                return wrapping.wrap(dataKey, personId);
            }

            @Override
            public byte[] unwrap(byte[] wrapped, String personId) {
                unwraps.incrementAndGet();
                return wrapping.unwrap(wrapped, personId);
            }
        };
    }
}
