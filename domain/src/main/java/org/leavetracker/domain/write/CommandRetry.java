package org.leavetracker.domain.write;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.leavetracker.domain.error.Conflict;
import org.leavetracker.domain.port.ConcurrencyConflict;

/**
 * Optimistic concurrency: a command that loses the race to append reloads and decides again, a few times with
 * jittered back-off, then answers CONFLICT. Each attempt re-reads everything, so no decision uses stale state.
 */
public final class CommandRetry {

    public static final int DEFAULT_ATTEMPTS = 5;

    private final int attempts;
    private final long maxBackoffMillis;

    public CommandRetry(int attempts, long maxBackoffMillis) {
        this.attempts = attempts;
        this.maxBackoffMillis = maxBackoffMillis;
    }

    public static CommandRetry standard() {
        return new CommandRetry(DEFAULT_ATTEMPTS, 40);
    }

    public <T> T run(Supplier<T> attempt) {
        for (int i = 1; ; i++) {
            try {
                return attempt.get();
            } catch (ConcurrencyConflict lost) {
                if (i >= attempts) {
                    throw new Conflict("the data changed while this command ran, " + attempts
                            + " times in a row; try again");
                }
                pause(i);
            }
        }
    }

    private void pause(int attempt) {
        long bound = Math.min(maxBackoffMillis, 5L << attempt);
        if (bound <= 0) {
            return;
        }
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(bound + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Conflict("interrupted while retrying; try again");
        }
    }
}
