package org.leavetracker.adapters.dynamodb;

import java.util.List;

/**
 * One DynamoDB table as the application needs it. The definitions in {@link Tables} are the single source of
 * truth: the CDK stack, the local runtime and the tests all build their tables from them.
 *
 * @param logicalName the table's name without the deployment's prefix
 * @param ttlAttribute the attribute holding an expiry time in epoch seconds, or null
 * @param stream whether the table has a stream of new images (the events table feeds the read path with it)
 * @param backupDays how far back point-in-time recovery reaches (1..35), or 0 for none: the read table is rebuilt
 *                   from the events instead, and people's keys are kept one day, so that an erasure reaches every
 *                   backup a day later (docs/decisions/0036)
 */
public record TableSpec(String logicalName, Key partitionKey, Key sortKey, List<Index> indexes, String ttlAttribute,
                        boolean stream, int backupDays) {

    public static final int LONGEST_BACKUP_DAYS = 35;

    public TableSpec {
        indexes = List.copyOf(indexes);
        if (backupDays < 0 || backupDays > LONGEST_BACKUP_DAYS) {
            throw new IllegalArgumentException("point-in-time recovery reaches 1 to 35 days back, or is off (0)");
        }
    }

    /** Backed up as far back as point-in-time recovery reaches. */
    public TableSpec(String logicalName, Key partitionKey, Key sortKey, List<Index> indexes, String ttlAttribute,
                     boolean stream) {
        this(logicalName, partitionKey, sortKey, indexes, ttlAttribute, stream, LONGEST_BACKUP_DAYS);
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
