package org.leavetracker.adapters.dynamodb;

import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Writes an item only if the stored one reflects no newer state (its version attribute is lower, or equal where a
 * rewrite of the same state is welcome): a late or duplicate write can never roll an item back.
 */
final class VersionedPut {

    private VersionedPut() {
    }

    /** @return whether the item was written (false: a newer one is stored, and stays) */
    static boolean put(DynamoDbClient dynamo, String table, Map<String, AttributeValue> item, String versionAttribute,
                       long version, boolean sameVersionToo) {
        try {
            dynamo.putItem(b -> b.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(#v) OR #v " + (sameVersionToo ? "<=" : "<") + " :v")
                    .expressionAttributeNames(Map.of("#v", versionAttribute))
                    .expressionAttributeValues(Map.of(":v", AttributeValue.fromN(Long.toString(version)))));
            return true;
        } catch (ConditionalCheckFailedException newerStored) {
            return false;
        }
    }
}
