package org.leavetracker.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.leavetracker.adapters.testing.LocalDynamo;
import org.leavetracker.domain.error.RateLimited;
import org.leavetracker.domain.port.RateLimits;

/** The budgets on DynamoDB Local: counted per key and window, refused past the budget with the wait, then again. */
class DynamoDbRateLimitsTest {

    private final LocalDynamo dynamo = LocalDynamo.shared();
    /**
     * 3 s into a 10-second window a minute from now: the counters' TTL lies in the future (DynamoDB Local deletes
     * expired items, which would reset a count mid-test).
     */
    private final Instant windowStart = Instant.ofEpochSecond((Instant.now().getEpochSecond() + 60) / 10 * 10);
    private final AtomicReference<Instant> now = new AtomicReference<>(windowStart.plusSeconds(3));
    private final RateLimits limits = new DynamoDbRateLimits(dynamo.client(), dynamo.freshTables(), now::get);
    private final RateLimits.Budget threePer10s = new RateLimits.Budget("caller", 3, Duration.ofSeconds(10));

    @Test
    void a_key_over_its_budget_is_refused_until_the_window_ends_and_others_are_not() {
        for (int i = 0; i < 3; i++) {
            limits.spend(threePer10s, "ann");
        }
        assertThatThrownBy(() -> limits.spend(threePer10s, "ann")).isInstanceOfSatisfying(RateLimited.class,
                limited -> {
                    assertThat(limited.errorType()).isEqualTo("RATE_LIMITED");
                    assertThat(limited.retryAfterSeconds()).isEqualTo(7); // 3 s into a 10-second window
                });
        limits.spend(threePer10s, "bob"); // another caller's budget is their own
        limits.spend(new RateLimits.Budget("org", 3, Duration.ofSeconds(10)), "ann"); // and another scope's

        now.set(windowStart.plusSeconds(10));
        limits.spend(threePer10s, "ann");
    }

    @Test
    void concurrent_calls_never_spend_more_than_the_budget() throws Exception {
        RateLimits.Budget fifty = new RateLimits.Budget("caller", 50, Duration.ofSeconds(10));
        java.util.concurrent.atomic.AtomicInteger allowed = new java.util.concurrent.atomic.AtomicInteger();
        Thread[] threads = new Thread[8];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 20; i++) {
                    try {
                        limits.spend(fifty, "script");
                        allowed.incrementAndGet();
                    } catch (RateLimited refused) {
                        // expected past the budget
                    }
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(allowed.get()).isEqualTo(50);
    }
}
