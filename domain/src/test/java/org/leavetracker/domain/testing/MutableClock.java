package org.leavetracker.domain.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.leavetracker.domain.port.Clock;

/** A clock the test sets: time is an input of the domain, never read from the machine. */
public final class MutableClock implements Clock {

    private volatile Instant now;

    public MutableClock(LocalDate today) {
        set(today);
    }

    public void set(LocalDate today) {
        now = today.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    @Override
    public Instant now() {
        return now;
    }
}
