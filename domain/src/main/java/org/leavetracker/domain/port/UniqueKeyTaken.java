package org.leavetracker.domain.port;

/** An append tried to claim a unique key (such as an e-mail address) that another aggregate holds. */
public final class UniqueKeyTaken extends RuntimeException {

    private final String key;
    private final String ownerId;

    public UniqueKeyTaken(String key, String ownerId) {
        super("unique key " + key + " is held by " + ownerId, null, false, false);
        this.key = key;
        this.ownerId = ownerId;
    }

    public String key() {
        return key;
    }

    public String ownerId() {
        return ownerId;
    }
}
