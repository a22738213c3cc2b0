package org.leavetracker.domain.testing;

import org.leavetracker.domain.port.EventStore;

class InMemoryEventStoreTest extends EventStoreContract {

    private final InMemoryEventStore store = new InMemoryEventStore();

    @Override
    protected EventStore store() {
        return store;
    }
}
