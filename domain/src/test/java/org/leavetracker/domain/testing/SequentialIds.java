package org.leavetracker.domain.testing;

import java.util.concurrent.atomic.AtomicLong;

import org.leavetracker.domain.port.IdGenerator;

public final class SequentialIds implements IdGenerator {

    private final AtomicLong next = new AtomicLong();

    @Override
    public String newId() {
        return "id" + next.incrementAndGet();
    }
}
