package org.leavetracker.domain.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.leavetracker.domain.error.DomainError;

/** Runs commands at the same instant, one thread each; each outcome is its result or its refusal. */
public final class Race {

    private Race() {
    }

    public static List<Object> of(List<? extends Callable<?>> commands) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(commands.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<?> command : commands) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return command.call();
                    } catch (DomainError refused) {
                        return refused;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
