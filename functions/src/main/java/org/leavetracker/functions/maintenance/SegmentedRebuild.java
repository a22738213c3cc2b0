package org.leavetracker.functions.maintenance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.leavetracker.adapters.dynamodb.EventItems;
import org.leavetracker.adapters.dynamodb.KeyItems;
import org.leavetracker.adapters.dynamodb.Tables;
import org.leavetracker.domain.read.projection.ReadModelProjector;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * A read-side rebuild in resumable pieces, for a company too large for one process or one Lambda run of 15 minutes:
 * first the organizations (one call), then the people in {@code segments} parallel scan segments of the events
 * table, each a call of its own that may be repeated. A segment records after every scan page, in the keys table,
 * where it got to; a call that runs out of time (or crashes) leaves the rest to the next call with the same run id,
 * which goes on from there. Pages are redone at most once after a crash, which is harmless: every read-item write is
 * version-conditioned, as in {@link ReadModelRebuild}.
 */
public final class SegmentedRebuild {

    /** How long a run's progress is kept: long enough to finish it, short enough not to pile up. */
    static final Duration PROGRESS_KEPT = Duration.ofDays(7);
    /** Events a scan page reads: progress is saved after each, so a crash redoes at most this much. */
    static final int PAGE = 1_000;
    private static final String ORGANIZATION_CREATED = "OrganizationCreated";

    /** Where one call left its part of the run. */
    public record Outcome(String runId, String part, int rebuilt, boolean done) {
        public Map<String, Object> asMap() {
            return Map.of("runId", runId, "part", part, "rebuilt", rebuilt, "done", done);
        }
    }

    private final DynamoDbClient dynamo;
    private final String eventsTable;
    private final String keysTable;
    private final ReadModelProjector projector;
    private final int threads;
    private final int pageSize;

    public SegmentedRebuild(DynamoDbClient dynamo, String tablePrefix, ReadModelProjector projector, int threads) {
        this(dynamo, tablePrefix, projector, threads, PAGE);
    }

    SegmentedRebuild(DynamoDbClient dynamo, String tablePrefix, ReadModelProjector projector, int threads,
                     int pageSize) {
        this.pageSize = pageSize;
        this.dynamo = dynamo;
        this.eventsTable = Tables.EVENTS.tableName(tablePrefix);
        this.keysTable = Tables.KEYS.tableName(tablePrefix);
        this.projector = projector;
        this.threads = threads;
    }

    /** Phase one: every organization (their people's items need their settings). Few, so one call does them all. */
    public Outcome organizations(String runId) {
        int rebuilt = 0;
        ScanRequest scan = firstEvents(true).build();
        for (Map<String, AttributeValue> item : dynamo.scanPaginator(scan).items()) {
            projector.rebuild(item.get(EventItems.AGGREGATE_ID).s());
            rebuilt++;
        }
        return new Outcome(runId, "organizations", rebuilt, true);
    }

    /**
     * Phase two, one segment: goes on from where this run's segment stopped, page by page, while {@code timeLeft}.
     */
    public Outcome segment(String runId, int segment, int segments, BooleanSupplier timeLeft) {
        if (segment < 0 || segment >= segments) {
            throw new IllegalArgumentException("segment must be in 0.." + (segments - 1) + ": " + segment);
        }
        String part = "segment " + segment + "/" + segments;
        String progressKey = "rebuild#" + runId + "#" + segment + "of" + segments;
        Map<String, AttributeValue> progress = dynamo.getItem(b -> b.tableName(keysTable).consistentRead(true)
                .key(Map.of(KeyItems.KEY, AttributeValue.fromS(progressKey)))).item();
        int rebuilt = progress.containsKey("rebuilt") ? Integer.parseInt(progress.get("rebuilt").n()) : 0;
        if (progress.containsKey("done") && progress.get("done").bool()) {
            return new Outcome(runId, part, rebuilt, true);
        }
        Map<String, AttributeValue> startKey = progress.containsKey("lastAggregate") ? Map.of(
                EventItems.AGGREGATE_ID, progress.get("lastAggregate"), EventItems.VERSION, progress.get("lastVersion"))
                : null;
        do {
            ScanResponse page = dynamo.scan(firstEvents(false).segment(segment).totalSegments(segments).limit(pageSize)
                    .exclusiveStartKey(startKey).build());
            List<String> people = new ArrayList<>();
            page.items().forEach(item -> people.add(item.get(EventItems.AGGREGATE_ID).s()));
            ReadModelRebuild.rebuildConcurrently(projector, people, threads, done -> { });
            rebuilt += people.size();
            startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
            save(progressKey, startKey, rebuilt);
        } while (startKey != null && timeLeft.getAsBoolean());
        return new Outcome(runId, part, rebuilt, startKey == null);
    }

    private void save(String progressKey, Map<String, AttributeValue> lastKey, int rebuilt) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(KeyItems.KEY, AttributeValue.fromS(progressKey));
        item.put("rebuilt", AttributeValue.fromN(Integer.toString(rebuilt)));
        item.put("done", AttributeValue.fromBool(lastKey == null));
        if (lastKey != null) {
            item.put("lastAggregate", lastKey.get(EventItems.AGGREGATE_ID));
            item.put("lastVersion", lastKey.get(EventItems.VERSION));
        }
        item.put(KeyItems.EXPIRES_AT, AttributeValue.fromN(Long.toString(
                Instant.now().plus(PROGRESS_KEPT).getEpochSecond())));
        dynamo.putItem(b -> b.tableName(keysTable).item(item));
    }

    /** An aggregate's first event names it once; its type tells an organization from a person. */
    private ScanRequest.Builder firstEvents(boolean organizations) {
        return ScanRequest.builder().tableName(eventsTable)
                .filterExpression("#v = :one AND #t " + (organizations ? "=" : "<>") + " :org")
                .projectionExpression("#id, #v, #t")
                .expressionAttributeNames(Map.of("#v", EventItems.VERSION, "#id", EventItems.AGGREGATE_ID,
                        "#t", EventItems.TYPE))
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"),
                        ":org", AttributeValue.fromS(ORGANIZATION_CREATED)));
    }
}
