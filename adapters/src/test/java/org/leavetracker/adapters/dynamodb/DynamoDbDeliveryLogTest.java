package org.leavetracker.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.leavetracker.adapters.testing.LocalDynamo;
import org.leavetracker.domain.port.DeliveryLog;
import org.leavetracker.domain.testing.DeliveryLogContract;
import org.leavetracker.domain.webhook.WebhookDelivery;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoDbDeliveryLogTest extends DeliveryLogContract {

    private final LocalDynamo dynamo = LocalDynamo.shared();
    private final String prefix = dynamo.freshTables();
    private final DynamoDbDeliveryLog log = new DynamoDbDeliveryLog(dynamo.client(), prefix);

    @Override
    protected DeliveryLog log() {
        return log;
    }

    @Test
    void attempts_expire_after_30_days_and_delivered_marks_after_the_archive_s_year() {
        Instant before = Instant.now();
        log.record(new WebhookDelivery("wh-ttl", "e1", "LeaveApproved", 1, 200, null,
                Instant.parse("2026-06-15T10:00:00Z"))); // a pinned clock in the past: kept from now on
        String table = Tables.READ.tableName(prefix);
        var items = dynamo.client().query(b -> b.tableName(table).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("WEBHOOK#wh-ttl")))).items();
        assertThat(items).hasSize(2);
        for (Map<String, AttributeValue> item : items) {
            long expiresAt = Long.parseLong(item.get("expiresAt").n());
            long days = item.get("sk").s().startsWith("DELIVERED#") ? 400 : 30;
            assertThat(expiresAt).isBetween(before.plusSeconds(days * 86_400).getEpochSecond(),
                    Instant.now().plusSeconds(days * 86_400).getEpochSecond());
        }
        assertThat(dynamo.client().describeTimeToLive(b -> b.tableName(table)).timeToLiveDescription()
                .attributeName()).isEqualTo("expiresAt");
    }
}
