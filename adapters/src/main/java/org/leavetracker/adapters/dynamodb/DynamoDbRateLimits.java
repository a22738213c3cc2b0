package org.leavetracker.adapters.dynamodb;

import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

import org.leavetracker.domain.error.RateLimited;
import org.leavetracker.domain.port.RateLimits;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Fixed-window counters in the keys table, one item per key and window ({@code rate#<scope>#<key>#<window start>}),
 * incremented atomically while under budget (a conditional update, so a spent window's counter stops growing) and
 * expired by TTL: every Lambda execution environment (and the local runtime) counts
 * against the same budget. A call over budget is answered with the seconds until the window ends.
 */
public final class DynamoDbRateLimits implements RateLimits {

    private final DynamoDbClient dynamo;
    private final String table;
    private final Supplier<Instant> now;

    public DynamoDbRateLimits(DynamoDbClient dynamo, String tablePrefix) {
        this(dynamo, tablePrefix, Instant::now);
    }

    public DynamoDbRateLimits(DynamoDbClient dynamo, String tablePrefix, Supplier<Instant> now) {
        this.dynamo = dynamo;
        this.table = Tables.KEYS.tableName(tablePrefix);
        this.now = now;
    }

    @Override
    public void spend(Budget budget, String key) {
        long windowSeconds = budget.window().toSeconds();
        long at = now.get().getEpochSecond();
        long windowStart = at - Math.floorMod(at, windowSeconds);
        long windowEnd = windowStart + windowSeconds;
        String item = "rate#" + budget.scope() + "#" + key + "#" + windowStart;
        try {
            dynamo.updateItem(b -> b.tableName(table)
                    .key(Map.of(KeyItems.KEY, AttributeValue.fromS(item)))
                    .updateExpression("ADD #n :one SET #e = if_not_exists(#e, :expires)")
                    .conditionExpression("attribute_not_exists(#n) OR #n < :budget")
                    .expressionAttributeNames(Map.of("#n", "calls", "#e", KeyItems.EXPIRES_AT))
                    .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"),
                            ":budget", AttributeValue.fromN(Integer.toString(budget.calls())),
                            ":expires", AttributeValue.fromN(Long.toString(windowEnd + windowSeconds)))));
        } catch (ConditionalCheckFailedException spent) {
            throw new RateLimited("too many calls: " + ("org".equals(budget.scope()) ? "your organization" : "you")
                    + " may make " + budget.calls() + " in " + windowSeconds + " seconds; try again in "
                    + (windowEnd - at) + " s", windowEnd - at);
        }
    }
}
