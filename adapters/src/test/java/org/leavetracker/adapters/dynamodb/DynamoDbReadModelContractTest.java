package org.leavetracker.adapters.dynamodb;

import org.leavetracker.adapters.testing.LocalDynamo;
import org.leavetracker.domain.port.ReadModel;
import org.leavetracker.domain.port.ReadModelUpdates;
import org.leavetracker.domain.testing.ReadModelContract;

class DynamoDbReadModelContractTest extends ReadModelContract {

    private final LocalDynamo dynamo = LocalDynamo.shared();
    private final DynamoDbReadModel model = new DynamoDbReadModel(dynamo.client(), dynamo.freshTables());

    @Override
    protected ReadModel reads() {
        return model;
    }

    @Override
    protected ReadModelUpdates writes() {
        return model;
    }
}
