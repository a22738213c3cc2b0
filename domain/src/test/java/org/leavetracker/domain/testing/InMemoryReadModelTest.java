package org.leavetracker.domain.testing;

import org.leavetracker.domain.port.ReadModel;
import org.leavetracker.domain.port.ReadModelUpdates;

class InMemoryReadModelTest extends ReadModelContract {

    private final InMemoryReadModel model = new InMemoryReadModel();

    @Override
    protected ReadModel reads() {
        return model;
    }

    @Override
    protected ReadModelUpdates writes() {
        return model;
    }
}
