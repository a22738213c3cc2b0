package org.leavetracker.functions.maintenance;

import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import org.leavetracker.adapters.system.SystemClock;
import org.leavetracker.functions.support.ColdStart;
import org.leavetracker.functions.support.Ports;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The operator's one-off upgrade (docs/OPERATIONS.md), invoked by hand until it answers {@code "done": true}: seals
 * the personal fields of events written in clear, and stops two minutes before its time limit to be invoked again.
 */
public final class SealPersonalFieldsHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private static final ColdStart<PersonalFieldsMigration> WIRED = new ColdStart<>(() -> {
        DynamoDbClient dynamo = Ports.dynamoDbFromEnvironment();
        String prefix = Ports.tablePrefixFromEnvironment();
        return new PersonalFieldsMigration(dynamo, prefix, Ports.dynamoDb(dynamo, prefix,
                new SystemClock(), null, null, Ports.masterKeyFromEnvironment()).json());
    });

    private final PersonalFieldsMigration migration;

    public SealPersonalFieldsHandler() {
        this(WIRED.get());
    }

    public SealPersonalFieldsHandler(PersonalFieldsMigration migration) {
        this.migration = migration;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        PersonalFieldsMigration.Progress progress = migration.run(() -> context == null
                || context.getRemainingTimeInMillis() > RebuildHandler.STOP_BEFORE_LIMIT_MS);
        return Map.of("sealed", progress.sealed(), "claims", progress.claims(), "snapshots", progress.snapshots(),
                "done", progress.done());
    }
}
