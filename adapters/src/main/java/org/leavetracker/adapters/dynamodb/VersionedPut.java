package org.leavetracker.adapters.dynamodb;

import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Writes an item only if the stored one reflects no newer state (its version attribute is lower, or equal where a
 * rewrite of the same state is welcome): a late or duplicate write can never roll an item back.
 */
final class VersionedPut {

    private VersionedPut() {
    }

    /** DynamoDB's most items in one transaction. */
    private static final int MOST_IN_ONE_CALL = 100;

    /**
     * Items of one state in one call (up to 100 at a time) where none is newer, which is nearly always: a transaction
     * is all or nothing, so should any item hold a newer state, each item of that call is put on its own instead,
     * with its own condition. A transaction costs twice the write units of single puts and a sixth of the calls.
     */
    static void putAll(DynamoDbClient dynamo, String table, List<Map<String, AttributeValue>> items,
                       String versionAttribute, long version) {
        for (int from = 0; from < items.size(); from += MOST_IN_ONE_CALL) {
            List<Map<String, AttributeValue>> chunk = items.subList(from, Math.min(items.size(), from + MOST_IN_ONE_CALL));
            if (chunk.size() > 1) {
                try {
                    dynamo.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(chunk.stream()
                            .map(item -> TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                                    .conditionExpression(notNewer(true))
                                    .expressionAttributeNames(Map.of("#v", versionAttribute))
                                    .expressionAttributeValues(Map.of(":v", AttributeValue.fromN(Long.toString(version))))
                                    .build()).build())
                            .toList()).build());
                    continue;
                } catch (TransactionCanceledException newerStoredOrConcurrent) {
                    // one by one below: the items whose stored state is older still get this one
                }
            }
            chunk.forEach(item -> put(dynamo, table, item, versionAttribute, version, true));
        }
    }

    /** @return whether the item was written (false: a newer one is stored, and stays) */
    static boolean put(DynamoDbClient dynamo, String table, Map<String, AttributeValue> item, String versionAttribute,
                       long version, boolean sameVersionToo) {
        try {
            dynamo.putItem(b -> b.tableName(table).item(item)
                    .conditionExpression(notNewer(sameVersionToo))
                    .expressionAttributeNames(Map.of("#v", versionAttribute))
                    .expressionAttributeValues(Map.of(":v", AttributeValue.fromN(Long.toString(version)))));
            return true;
        } catch (ConditionalCheckFailedException newerStored) {
            return false;
        }
    }

    private static String notNewer(boolean sameVersionToo) {
        return "attribute_not_exists(#v) OR #v " + (sameVersionToo ? "<=" : "<") + " :v";
    }
}
