package org.leavetracker.adapters.dynamodb;

import java.util.List;

import org.leavetracker.adapters.dynamodb.TableSpec.Index;
import org.leavetracker.adapters.dynamodb.TableSpec.Key;

/** Every table of the application (docs/decisions/0006-tables.md explains each key). */
public final class Tables {

    /** What a query on a read-table index reads of each item besides its keys: the record (DynamoDbReadModel.read). */
    private static final List<String> RECORD = List.of(ReadItems.DATA);

    /** The append-only event log: one item per event, keyed by (aggregate id, version). */
    public static final TableSpec EVENTS = new TableSpec("events",
            Key.string(EventItems.AGGREGATE_ID), Key.number(EventItems.VERSION),
            List.of(new Index(EventItems.BY_ORGANIZATION_INDEX, Key.string(EventItems.ORG_ID),
                    Key.string(EventItems.ORG_TIME))),
            null, true);

    /**
     * Claims written in the same transaction as events: unique values ({@code email#…}), command ids
     * ({@code command#…}, expiring) and compacted snapshots of long event streams ({@code snapshot#…}).
     */
    public static final TableSpec KEYS = new TableSpec("keys", Key.string(KeyItems.KEY), null, List.of(),
            KeyItems.EXPIRES_AT, false);

    /**
     * Every read model in one table (pk, sk) with three indexes: users by organization (gsi1), by e-mail (gsi2), and
     * the calendar and approval queues in page order, holding only what is listed (gsi3). The key layouts are listed
     * in {@link ReadItems}. Not backed up: it is derived, and a rebuild from the events restores it (and keeps no
     * copy of what erasure removed from it).
     */
    public static final TableSpec READ = new TableSpec("read", Key.string(ReadItems.PK), Key.string(ReadItems.SK),
            List.of(new Index(ReadItems.GSI1, Key.string(ReadItems.GSI1_PK), Key.string(ReadItems.GSI1_SK), RECORD),
                    new Index(ReadItems.GSI2, Key.string(ReadItems.GSI2_PK), Key.string(ReadItems.GSI2_SK), RECORD),
                    new Index(ReadItems.GSI3, Key.string(ReadItems.GSI3_PK), Key.string(ReadItems.GSI3_SK), RECORD)),
            ReadItems.EXPIRES_AT, false, 0);

    /**
     * Each person's data key, wrapped by the master key, or the tombstone of an erased person's (DataKeys). Kept
     * apart so that its backups can be short: an erasure destroys the key in every copy a day later.
     */
    public static final TableSpec PERSONAL_KEYS = new TableSpec("personal-keys",
            Key.string(org.leavetracker.adapters.privacy.DataKeys.PERSON), null, List.of(), null, false, 1);

    public static final List<TableSpec> ALL = List.of(EVENTS, KEYS, READ, PERSONAL_KEYS);

    private Tables() {
    }
}
