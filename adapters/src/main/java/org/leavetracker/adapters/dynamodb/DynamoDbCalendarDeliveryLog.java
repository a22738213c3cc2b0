package org.leavetracker.adapters.dynamodb;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.leavetracker.domain.calendar.CalendarDelivery;
import org.leavetracker.domain.port.CalendarDeliveryLog;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Calendar and reply deliveries in the read table under {@code CALENDAR#<org>}, one item per attempt
 * ({@code DELIVERY#<time>#<request>#<n>}), read newest first and kept as long as webhook attempts. A log, not a
 * projection.
 */
public final class DynamoDbCalendarDeliveryLog implements CalendarDeliveryLog {

    private static final Duration KEPT = DynamoDbDeliveryLog.ATTEMPTS_KEPT;

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbCalendarDeliveryLog(DynamoDbClient dynamo, String tablePrefix) {
        this.dynamo = dynamo;
        this.table = Tables.READ.tableName(tablePrefix);
    }

    @Override
    public void record(CalendarDelivery d) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(ReadItems.PK, AttributeValue.fromS("CALENDAR#" + d.orgId()));
        item.put(ReadItems.SK, AttributeValue.fromS("DELIVERY#" + d.at() + "#" + d.requestId() + "#"
                + d.action() + "#" + d.attempt() + "#" + System.nanoTime()));
        item.put("requestId", AttributeValue.fromS(d.requestId()));
        item.put("mailbox", AttributeValue.fromS(d.mailbox()));
        item.put("action", AttributeValue.fromS(d.action().name()));
        item.put("attempt", AttributeValue.fromN(Integer.toString(d.attempt())));
        item.put("statusCode", AttributeValue.fromN(Integer.toString(d.statusCode())));
        item.put("succeeded", AttributeValue.fromBool(d.succeeded()));
        item.put("at", AttributeValue.fromS(d.at().toString()));
        if (d.error() != null) {
            item.put("error", AttributeValue.fromS(d.error()));
        }
        item.put(ReadItems.EXPIRES_AT, DynamoDbDeliveryLog.expiresAt(d.at(), KEPT));
        dynamo.putItem(b -> b.tableName(table).item(item));
    }

    @Override
    public List<CalendarDelivery> deliveries(String orgId, int limit) {
        return dynamo.query(b -> b.tableName(table).keyConditionExpression("#pk = :pk AND begins_with(#sk, :p)")
                        .expressionAttributeNames(Map.of("#pk", ReadItems.PK, "#sk", ReadItems.SK))
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("CALENDAR#" + orgId),
                                ":p", AttributeValue.fromS("DELIVERY#")))
                        .scanIndexForward(false).limit(limit))
                .items().stream().map(item -> new CalendarDelivery(orgId, item.get("requestId").s(),
                        item.get("mailbox").s(), CalendarDelivery.Action.valueOf(item.get("action").s()),
                        Integer.parseInt(item.get("attempt").n()), Integer.parseInt(item.get("statusCode").n()),
                        item.get("succeeded").bool(), item.containsKey("error") ? item.get("error").s() : null,
                        Instant.parse(item.get("at").s())))
                .toList();
    }
}
