package org.leavetracker.domain.port;

/** An append lost the race: another command wrote the expected version of an aggregate first. */
public final class ConcurrencyConflict extends RuntimeException {

    public ConcurrencyConflict(String aggregateId, long expectedVersion) {
        super("aggregate " + aggregateId + " is no longer at version " + expectedVersion, null, false, false);
    }
}
