package org.leavetracker.domain.port;

import java.util.List;

/** An event bus that takes batches and may refuse some entries of a batch (as EventBridge's PutEvents does). */
public interface EventBus {

    /** At most this many entries per call. */
    int MAX_ENTRIES = 10;
    /** At most this many bytes per call, and so per entry. */
    int MAX_BYTES = 256 * 1024;

    /**
     * Puts the entries; returns, per entry in the same order, null when it was accepted or an error code.
     * Throws when the whole call failed.
     */
    List<String> put(List<BusEntry> entries);
}
