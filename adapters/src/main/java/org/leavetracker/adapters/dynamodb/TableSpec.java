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

    /**
     * A global secondary index: it holds the keys and the {@code projected} attributes (what the queries on it read),
     * or every attribute when {@code projected} is null.
     */
    public record Index(String name, Key partitionKey, Key sortKey, List<String> projected) {
        public Index {
            projected = projected == null ? null : List.copyOf(projected);
        }

        /** An index every attribute is copied into (a query on it reads whole items). */
        public Index(String name, Key partitionKey, Key sortKey) {
            this(name, partitionKey, sortKey, null);
        }
    }
}
