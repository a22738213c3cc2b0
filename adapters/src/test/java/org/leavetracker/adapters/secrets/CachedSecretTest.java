package org.leavetracker.adapters.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class CachedSecretTest {

    @Test
    void a_secret_is_read_when_first_needed_and_again_once_older_than_its_maximum_age() {
        AtomicLong clock = new AtomicLong(1_000);
        AtomicInteger reads = new AtomicInteger();
        String[] stored = {"first"};
        CachedSecret secret = new CachedSecret(() -> {
            reads.incrementAndGet();
            return stored[0];
        }, Duration.ofMinutes(5), clock::get);

        assertThat(reads).hasValue(0);
        assertThat(secret.get()).isEqualTo("first");
        stored[0] = "rotated";
        clock.addAndGet(Duration.ofMinutes(4).toNanos());
        assertThat(secret.get()).as("still within its age").isEqualTo("first");
        assertThat(reads).hasValue(1);
        clock.addAndGet(Duration.ofMinutes(1).toNanos());
        assertThat(secret.get()).as("five minutes after the first read").isEqualTo("rotated");
        assertThat(reads).hasValue(2);
    }
}
