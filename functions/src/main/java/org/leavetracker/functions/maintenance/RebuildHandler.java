package org.leavetracker.functions.maintenance;

import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import org.leavetracker.adapters.system.SystemClock;
import org.leavetracker.domain.read.projection.ReadModelProjector;
import org.leavetracker.functions.support.ColdStart;
import org.leavetracker.functions.support.JsonLog;
import org.leavetracker.functions.support.Ports;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The read-side rebuild in the cloud, a resumable piece per call (docs/OPERATIONS.md, {@code bin/rebuild-read-side
 * --lambda}): {@code {"runId": "r1", "phase": "organizations"}} first, then {@code {"runId": "r1", "segment": 3,
 * "segments": 16}} for each segment, called again while the answer says {@code "done": false}. A call stops two
 * minutes before Lambda's limit, its place saved.
 */
public final class RebuildHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    static final long STOP_BEFORE_LIMIT_MS = 120_000;
    private static final JsonLog LOG = new JsonLog(RebuildHandler.class);
    private static final ColdStart<SegmentedRebuild> WIRED = new ColdStart<>(() -> {
        DynamoDbClient dynamo = Ports.dynamoDbFromEnvironment();
        String prefix = Ports.tablePrefixFromEnvironment();
        ReadModelProjector projector = Ports.dynamoDb(dynamo, prefix, new SystemClock(), null, null,
                Ports.masterKeyFromEnvironment()).projector();
        return new SegmentedRebuild(dynamo, prefix, projector, ReadModelRebuild.DEFAULT_THREADS);
    });

    private final SegmentedRebuild rebuild;

    public RebuildHandler() {
        this(WIRED.get());
    }

    public RebuildHandler(SegmentedRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        if (!(input.get("runId") instanceof String runId) || runId.isBlank()) {
            return Map.of("error", "give a runId (any name for this rebuild, the same for all its calls)");
        }
        SegmentedRebuild.Outcome outcome;
        if ("organizations".equals(input.get("phase"))) {
            outcome = rebuild.organizations(runId);
        } else if (input.get("segment") instanceof Number segment && input.get("segments") instanceof Number segments) {
            outcome = rebuild.segment(runId, segment.intValue(), segments.intValue(),
                    () -> context == null || context.getRemainingTimeInMillis() > STOP_BEFORE_LIMIT_MS);
        } else {
            return Map.of("error", "give \"phase\": \"organizations\", or \"segment\" and \"segments\"");
        }
        LOG.info("rebuild", outcome.asMap());
        return outcome.asMap();
    }
}
