package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/**
 * SPEC §4 Limits through the public endpoint (issue 29): a caller who floods is answered RATE_LIMITED with when to
 * try again, before any work, while another organization's people are served as usual.
 */
class RateLimitIT extends AgainstTarget {

    @Test
    void a_flooding_caller_is_rate_limited_with_a_retry_time_and_another_organization_is_served_meanwhile()
            throws Exception {
        Api.Person flooder = newCompany("Flood", "flood.test");
        Api.Person polite = newCompany("Polite", "polite.test");
        ConcurrentLinkedQueue<Map<String, Object>> floodAnswers = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Map<String, Object>> politeAnswers = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(9);
        try {
            List<Future<?>> work = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                work.add(clients.submit(() -> {
                    for (int i = 0; i < 90; i++) {
                        floodAnswers.add(flooder.call("{ me { id } }", Map.of()));
                    }
                }));
            }
            work.add(clients.submit(() -> {
                for (int i = 0; i < 20; i++) {
                    politeAnswers.add(polite.call("{ me { id } organization { name } }", Map.of()));
                }
            }));
            for (Future<?> one : work) {
                one.get();
            }
        } finally {
            clients.shutdownNow();
        }

        List<Map<String, Object>> limited = floodAnswers.stream().map(RateLimitIT::firstError)
                .filter(e -> e != null && "RATE_LIMITED".equals(e.get("errorType"))).toList();
        // 720 calls in a few seconds: at most two windows' 500 served, the rest refused with the wait
        assertThat(limited).hasSizeGreaterThanOrEqualTo(720 - 2 * 500);
        assertThat(limited).allSatisfy(error -> {
            assertThat((String) error.get("message")).contains("try again in");
            @SuppressWarnings("unchecked")
            Map<String, Object> extensions = (Map<String, Object>) error.get("extensions");
            assertThat(((Number) extensions.get("retryAfterSeconds")).intValue()).isBetween(1, 10);
        });
        assertThat(floodAnswers.stream().map(RateLimitIT::firstError))
                .allMatch(e -> e == null || "RATE_LIMITED".equals(e.get("errorType")));
        assertThat(politeAnswers).hasSize(20).allSatisfy(answer -> assertThat(answer).doesNotContainKey("errors"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstError(Map<String, Object> answer) {
        List<Map<String, Object>> errors = (List<Map<String, Object>>) answer.get("errors");
        return errors == null || errors.isEmpty() ? null : errors.getFirst();
    }
}
