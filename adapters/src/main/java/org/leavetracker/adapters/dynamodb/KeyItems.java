package org.leavetracker.adapters.dynamodb;

/** The shape of an item in the keys table. */
public final class KeyItems {

    public static final String KEY = "key";
    public static final String OWNER_ID = "ownerId";
    public static final String EXPIRES_AT = "expiresAt";
    public static final String EVENTS = "events";
    public static final String VERSION = "version";

    static final String COMMAND_PREFIX = "command#";
    public static final String SNAPSHOT_PREFIX = "snapshot#";
    /** The aggregates an actor's latest command wrote, for read-your-own-writes (decision 0020). */
    static final String WRITER_PREFIX = "writer#";
    static final String POSITIONS = "positions";

    private KeyItems() {
    }
}
