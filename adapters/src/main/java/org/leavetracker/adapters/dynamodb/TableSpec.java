package org.leavetracker.adapters.dynamodb;

import java.util.List;

/**
 * One DynamoDB table as the application needs it. The definitions in {@link Tables} are the single source of
 * truth: the CDK stack, the local runtime and the tests all build their tables from them.
 *
 * @param logicalName the table's name without the deployment's prefix
 * @param ttlAttribute the attribute holding an expiry time in epoch seconds, or null
 * @param stream whether the table has a stream of new images (the events table feeds the read path with it)
 */
public record TableSpec(String logicalName, Key partitionKey, Key sortKey, List<Index> indexes, String ttlAttribute,
                        boolean stream) {

    public TableSpec {
        indexes = List.copyOf(indexes);
    }

    /** The physical table name under a deployment prefix (such as {@code leave-tracker-}). */
    public String tableName(String prefix) {
        return prefix + logicalName;
    }

    public enum KeyType { STRING, NUMBER }

    public record Key(String name, KeyType type) {
        public static Key string(String name) {
            return new Key(name, KeyType.STRING);
        }

        public static Key number(String name) {
            return new Key(name, KeyType.NUMBER);
        }
    }

    /** A global secondary index projecting all attributes. */
    public record Index(String name, Key partitionKey, Key sortKey) {
    }
}
