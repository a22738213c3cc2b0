package org.leavetracker.adapters.dynamodb;

import org.leavetracker.adapters.testing.LocalDynamo;
import org.leavetracker.domain.port.DeliveryLog;
import org.leavetracker.domain.testing.DeliveryLogContract;

class DynamoDbDeliveryLogTest extends DeliveryLogContract {

    private final LocalDynamo dynamo = LocalDynamo.shared();
    private final DynamoDbDeliveryLog log = new DynamoDbDeliveryLog(dynamo.client(), dynamo.freshTables());

    @Override
    protected DeliveryLog log() {
        return log;
    }
}
