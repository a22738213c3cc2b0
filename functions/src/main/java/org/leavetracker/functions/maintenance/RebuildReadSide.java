package org.leavetracker.functions.maintenance;

import org.leavetracker.adapters.system.SystemClock;
import org.leavetracker.domain.read.projection.ReadModelProjector;
import org.leavetracker.functions.support.Ports;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The operator's read-side rebuild against a deployed stack (docs/OPERATIONS.md, {@code bin/rebuild-read-side}):
 * recomputes every read item from the events table with the caller's AWS credentials. TABLE_PREFIX and AWS_REGION
 * name the stack's tables (DYNAMODB_ENDPOINT points elsewhere, e.g. at a DynamoDB Local server). Safe while the
 * application serves: every read-item write is version-conditioned.
 */
public final class RebuildReadSide {

    private RebuildReadSide() {
    }

    public static void main(String[] args) {
        DynamoDbClient dynamo = Ports.dynamoDbFromEnvironment();
        String prefix = Ports.tablePrefixFromEnvironment();
        ReadModelProjector projector = Ports.dynamoDb(dynamo, prefix, new SystemClock(), null, null,
                Ports.masterKeyFromEnvironment()).projector();
        int aggregates = new ReadModelRebuild(dynamo, prefix, projector).run(System.out::println);
        System.out.println("rebuilt the read items of " + aggregates + " aggregates in " + prefix + "*");
    }
}
