package org.leavetracker.adapters.system;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.leavetracker.domain.port.Clock;

/**
 * A clock whose date is pinned (the local runtime's {@code --today}) while its time of day still moves, so events
 * keep distinct, increasing timestamps. It starts at noon UTC of the pinned date: every time zone from UTC−11 to
 * UTC+11 sees the same date for the next eleven hours.
 */
public final class PinnedDateClock implements Clock {

    private final Instant start;
    private final long startNanos = System.nanoTime();

    public PinnedDateClock(LocalDate today) {
        this.start = today.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    @Override
    public Instant now() {
        return start.plus(Duration.ofNanos(System.nanoTime() - startNanos));
    }
}
