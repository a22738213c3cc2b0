package org.leavetracker.domain.read;

import java.util.Map;

import org.leavetracker.domain.port.EventStore;
import org.leavetracker.domain.port.ReadModel;
import org.leavetracker.domain.write.Caller;

/**
 * SPEC §4 "Freshness": before a query reads the read side, waits until it shows what the caller's own latest command
 * wrote, for at most a bound; then answers anyway and says the answer may be behind. Like Cosmos DB's session
 * consistency, with the session kept by the server (the caller's last write), so no client sends anything
 * (docs/decisions/0020-read-your-own-writes.md).
 */
public final class ReadYourWrites {

    /** What the caller was answered from: the read side with their writes, or one still behind them. */
    public record Freshness(boolean upToDate, long waitedMillis) {
        public static final Freshness UP_TO_DATE = new Freshness(true, 0);
    }

    private static final long FIRST_PAUSE_MILLIS = 10;
    private static final long LONGEST_PAUSE_MILLIS = 100;

    private final EventStore store;
    private final ReadModel readModel;
    private final long boundMillis;

    public ReadYourWrites(EventStore store, ReadModel readModel, long boundMillis) {
        this.store = store;
        this.readModel = readModel;
        this.boundMillis = boundMillis;
    }

    public Freshness await(Caller caller) {
        Map<String, Long> written = store.lastWrittenBy(caller.userId());
        if (written.isEmpty()) {
            return Freshness.UP_TO_DATE;
        }
        long start = System.nanoTime();
        long pause = FIRST_PAUSE_MILLIS;
        while (!shows(written)) {
            long waited = (System.nanoTime() - start) / 1_000_000;
            if (waited >= boundMillis) {
                return new Freshness(false, waited);
            }
            try {
                Thread.sleep(Math.min(pause, boundMillis - waited));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Freshness(false, waited);
            }
            pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
        }
        return new Freshness(true, (System.nanoTime() - start) / 1_000_000);
    }

    private boolean shows(Map<String, Long> written) {
        return written.entrySet().stream().allMatch(w -> readModel.projectedVersion(w.getKey()) >= w.getValue());
    }
}
