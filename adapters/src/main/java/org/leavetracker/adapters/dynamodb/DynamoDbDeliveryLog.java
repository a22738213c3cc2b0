package org.leavetracker.adapters.dynamodb;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.leavetracker.domain.port.DeliveryLog;
import org.leavetracker.domain.webhook.WebhookDelivery;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Webhook delivery attempts in the read table, under {@code WEBHOOK#<id>}: {@code DELIVERY#<time>#<event>#<n>}
 * per attempt (read newest first) and {@code DELIVERED#<event>} once an event got through. A log, not a
 * projection: rebuilding the read side does not recreate it. Attempts are kept {@link #ATTEMPTS_KEPT} (what
 * webhookDeliveries shows), the "delivered" marks longer than the bus archive keeps events, so a replay from the
 * archive never delivers an event twice; DynamoDB's TTL deletes them after that.
 */
public final class DynamoDbDeliveryLog implements DeliveryLog {

    public static final Duration ATTEMPTS_KEPT = Duration.ofDays(30);
    public static final Duration DELIVERED_MARK_KEPT = Duration.ofDays(400);

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbDeliveryLog(DynamoDbClient dynamo, String tablePrefix) {
        this.dynamo = dynamo;
        this.table = Tables.READ.tableName(tablePrefix);
    }

    @Override
    public void record(WebhookDelivery d) {
        String pk = "WEBHOOK#" + d.webhookId();
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(ReadItems.PK, AttributeValue.fromS(pk));
        item.put(ReadItems.SK, AttributeValue.fromS("DELIVERY#" + d.at() + "#" + d.eventId() + "#" + d.attempt()));
        item.put("eventId", AttributeValue.fromS(d.eventId()));
        item.put("eventType", AttributeValue.fromS(d.eventType()));
        item.put("attempt", AttributeValue.fromN(Integer.toString(d.attempt())));
        item.put("statusCode", AttributeValue.fromN(Integer.toString(d.statusCode())));
        item.put("at", AttributeValue.fromS(d.at().toString()));
        if (d.error() != null) {
            item.put("error", AttributeValue.fromS(d.error()));
        }
        item.put(ReadItems.EXPIRES_AT, expiresAt(d.at(), ATTEMPTS_KEPT));
        dynamo.putItem(b -> b.tableName(table).item(item));
        if (d.succeeded()) {
            dynamo.putItem(b -> b.tableName(table).item(Map.of(ReadItems.PK, AttributeValue.fromS(pk),
                    ReadItems.SK, AttributeValue.fromS("DELIVERED#" + d.eventId()),
                    ReadItems.EXPIRES_AT, expiresAt(d.at(), DELIVERED_MARK_KEPT))));
        }
    }

    @Override
    public List<WebhookDelivery> deliveries(String webhookId, int limit) {
        return dynamo.query(b -> b.tableName(table).keyConditionExpression("#pk = :pk AND begins_with(#sk, :p)")
                        .expressionAttributeNames(Map.of("#pk", ReadItems.PK, "#sk", ReadItems.SK))
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("WEBHOOK#" + webhookId),
                                ":p", AttributeValue.fromS("DELIVERY#")))
                        .scanIndexForward(false).limit(limit))
                .items().stream().map(item -> new WebhookDelivery(webhookId, item.get("eventId").s(),
                        item.get("eventType").s(), Integer.parseInt(item.get("attempt").n()),
                        Integer.parseInt(item.get("statusCode").n()),
                        item.containsKey("error") ? item.get("error").s() : null, Instant.parse(item.get("at").s())))
                .toList();
    }

    /**
     * From the wall clock when the delivery's time is older: with a clock pinned in the past (the local runtime's
     * --today) an item would be born expired.
     */
    static AttributeValue expiresAt(Instant at, Duration kept) {
        Instant from = at.isAfter(Instant.now()) ? at : Instant.now();
        return AttributeValue.fromN(Long.toString(from.plus(kept).getEpochSecond()));
    }

    @Override
    public boolean delivered(String webhookId, String eventId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).key(Map.of(
                ReadItems.PK, AttributeValue.fromS("WEBHOOK#" + webhookId),
                ReadItems.SK, AttributeValue.fromS("DELIVERED#" + eventId)))).item();
        return item != null && !item.isEmpty();
    }
}
