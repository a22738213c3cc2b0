package org.leavetracker.functions.support;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.leavetracker.domain.error.RateLimited;

/**
 * At most {@link #CALLS_AT_ONCE} calls of one organization run at once in this process; more wait their turn, in
 * order. One organization's burst then takes a bounded share of a machine that serves several (the local runtime),
 * so another organization's calls and pushes keep their pace (docs/PERFORMANCE.md, "Two organizations"). A Lambda
 * execution environment serves one call at a time, so there it never waits. A call that waited
 * {@link #MAX_WAIT_SECONDS} is answered RATE_LIMITED.
 */
final class OrganizationBulkhead {

    static final int CALLS_AT_ONCE = 2;
    static final int MAX_WAIT_SECONDS = 10;

    private final ConcurrentHashMap<String, Semaphore> permits = new ConcurrentHashMap<>();

    <T> T run(String orgId, Supplier<T> call) {
        Semaphore organization = permits.computeIfAbsent(orgId, id -> new Semaphore(CALLS_AT_ONCE, true));
        try {
            if (!organization.tryAcquire(MAX_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new RateLimited("your organization has too many calls in progress; try again in a second", 1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RateLimited("interrupted while waiting for a turn; try again", 1);
        }
        try {
            return call.get();
        } finally {
            organization.release();
        }
    }
}
