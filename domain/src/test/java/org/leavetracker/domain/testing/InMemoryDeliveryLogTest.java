package org.leavetracker.domain.testing;

import org.leavetracker.domain.port.DeliveryLog;

class InMemoryDeliveryLogTest extends DeliveryLogContract {

    private final InMemoryDeliveryLog log = new InMemoryDeliveryLog();

    @Override
    protected DeliveryLog log() {
        return log;
    }
}
