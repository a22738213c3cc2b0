package org.leavetracker.functions.maintenance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.ToLongFunction;

import org.leavetracker.adapters.dynamodb.EventItems;
import org.leavetracker.adapters.dynamodb.Tables;
import org.leavetracker.domain.read.projection.ReadModelProjector;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * Recreates every read item from the events table: lists the aggregates (the one place that scans the events
 * table — it is not a request path), then recomputes each one's items. Organizations first, so their users'
 * items find their settings. Safe while the application serves traffic: every write is version-conditioned, so a
 * rebuild never rolls back what a live projection wrote meanwhile.
 */
public final class ReadModelRebuild {

    private final DynamoDbClient dynamo;
    private final String eventsTable;
    private final ReadModelProjector projector;

    public ReadModelRebuild(DynamoDbClient dynamo, String tablePrefix, ReadModelProjector projector) {
        this.dynamo = dynamo;
        this.eventsTable = Tables.EVENTS.tableName(tablePrefix);
        this.projector = projector;
    }

    /**
     * Rebuilds only the aggregates whose read items are behind their events: after a crash, an event whose
     * stream record never reached the poller (an emulator that lost it) is still projected. Organizations first.
     *
     * @return how many aggregates were behind
     */
    public int catchUp(ToLongFunction<String> projectedVersion, Consumer<String> progress) {
        Map<String, Long> latest = new LinkedHashMap<>();
        Set<String> organizations = new LinkedHashSet<>();
        ScanRequest scan = ScanRequest.builder().tableName(eventsTable).projectionExpression("#id, #v, #t")
                .expressionAttributeNames(Map.of("#id", EventItems.AGGREGATE_ID, "#v", EventItems.VERSION,
                        "#t", EventItems.TYPE))
                .build();
        for (Map<String, AttributeValue> item : dynamo.scanPaginator(scan).items()) {
            String id = item.get(EventItems.AGGREGATE_ID).s();
            latest.merge(id, Long.parseLong(item.get(EventItems.VERSION).n()), Math::max);
            if ("OrganizationCreated".equals(item.get(EventItems.TYPE).s())) {
                organizations.add(id);
            }
        }
        List<String> behind = new ArrayList<>();
        latest.forEach((id, version) -> {
            if (projectedVersion.applyAsLong(id) < version) {
                behind.add(id);
            }
        });
        behind.sort(Comparator.comparing(id -> !organizations.contains(id)));
        behind.forEach(projector::rebuild);
        if (!behind.isEmpty()) {
            progress.accept("caught up " + behind.size() + " aggregate(s) whose read items were behind their events");
        }
        return behind.size();
    }

    /** Concurrent aggregate rebuilds: each writes its own items, so they do not contend (docs/PERFORMANCE.md). */
    public static final int DEFAULT_THREADS = 8;

    /** @return how many aggregates were rebuilt */
    public int run(Consumer<String> progress) {
        return run(progress, DEFAULT_THREADS);
    }

    /**
     * Organizations first, one by one (their users' items need their settings), then the people on
     * {@code threads} threads: a person's items are written only by their own rebuild.
     *
     * @return how many aggregates were rebuilt
     */
    public int run(Consumer<String> progress, int threads) {
        Set<String> organizations = new LinkedHashSet<>();
        Set<String> others = new LinkedHashSet<>();
        // Only first events (version 1) name an aggregate once; their type tells which kind it is.
        ScanRequest scan = ScanRequest.builder().tableName(eventsTable)
                .filterExpression("#v = :one")
                .projectionExpression("#id, #t")
                .expressionAttributeNames(Map.of("#v", EventItems.VERSION, "#id", EventItems.AGGREGATE_ID,
                        "#t", EventItems.TYPE))
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))
                .build();
        for (Map<String, AttributeValue> item : dynamo.scanPaginator(scan).items()) {
            String id = item.get(EventItems.AGGREGATE_ID).s();
            if ("OrganizationCreated".equals(item.get(EventItems.TYPE).s())) {
                organizations.add(id);
            } else {
                others.add(id);
            }
        }
        int total = organizations.size() + others.size();
        int done = 0;
        for (String id : organizations) {
            projector.rebuild(id);
            progress.accept("rebuilt " + ++done + "/" + total + " (organization " + id + ")");
        }
        int first = done;
        rebuildConcurrently(projector, others, threads, now -> {
            if ((first + now) % 100 == 0 || first + now == total) {
                synchronized (progress) {
                    progress.accept("rebuilt " + (first + now) + "/" + total);
                }
            }
        });
        return total;
    }

    /**
     * Rebuilds these aggregates (people: each writes only its own items) on {@code threads} threads, telling
     * {@code done} the count so far after each.
     */
    static void rebuildConcurrently(ReadModelProjector projector, Collection<String> ids, int threads,
                                    IntConsumer done) {
        AtomicInteger rebuilt = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> work = new ArrayList<>();
            for (String id : ids) {
                work.add(pool.submit(() -> {
                    projector.rebuild(id);
                    done.accept(rebuilt.incrementAndGet());
                }));
            }
            for (Future<?> one : work) {
                one.get();
            }
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException e ? e
                    : new IllegalStateException("a rebuild failed", failed.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rebuilding", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
