package org.leavetracker.adapters.system;

import java.time.Instant;

import org.leavetracker.domain.port.Clock;

/** The machine's clock, for the cloud. */
public final class SystemClock implements Clock {

    @Override
    public Instant now() {
        return Instant.now();
    }
}
