package org.leavetracker.domain.testing;

import org.leavetracker.domain.readmodel.ReadModel;
import org.leavetracker.domain.readmodel.ReadModelUpdates;

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
