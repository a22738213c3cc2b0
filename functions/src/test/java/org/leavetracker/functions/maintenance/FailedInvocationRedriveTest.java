package org.leavetracker.functions.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Redriving a consumer's failure queue: each failed event is delivered once, what fails again stays. */
class FailedInvocationRedriveTest {

    /** A queue as SQS behaves for one reader: received records are hidden until deleted or the next run. */
    private static final class Queue implements FailedInvocationRedrive.FailureQueue {
        final Map<String, String> records = new LinkedHashMap<>();
        private final Set<String> hidden = new java.util.HashSet<>();

        @Override
        public List<FailedInvocationRedrive.Message> receive(int max) {
            List<FailedInvocationRedrive.Message> batch = new ArrayList<>();
            for (var record : records.entrySet()) {
                if (batch.size() < max && hidden.add(record.getKey())) {
                    batch.add(new FailedInvocationRedrive.Message(record.getKey(), record.getValue()));
                }
            }
            return batch;
        }

        @Override
        public void delete(FailedInvocationRedrive.Message message) {
            records.remove(message.receiptHandle());
        }

        void visibilityTimeoutPassed() {
            hidden.clear();
        }
    }

    /** What Lambda's on-failure destination writes for an asynchronous invocation that failed. */
    private static String failureRecord(String eventId) {
        return """
                {"version": "1.0", "timestamp": "2026-06-15T10:00:00.000Z",
                 "requestContext": {"requestId": "r-%1$s", "functionArn": "arn:aws:lambda:eu-central-1:1:function:p:live",
                                    "condition": "RetriesExhausted", "approximateInvokeCount": 3},
                 "requestPayload": {"id": "%1$s", "source": "leave-tracker", "detail-type": "LeaveRequested",
                                    "detail": {"eventId": "%1$s"}},
                 "responseContext": {"statusCode": 200, "executedVersion": "7", "functionError": "Unhandled"},
                 "responsePayload": {"errorMessage": "boom"}}""".formatted(eventId);
    }

    @Test
    void every_failed_event_is_delivered_once_and_what_fails_again_stays_for_the_next_redrive() {
        Queue queue = new Queue();
        for (int i = 1; i <= 25; i++) {
            queue.records.put("m" + i, failureRecord("e" + i));
        }
        queue.records.put("junk", "not a failure record");
        List<String> delivered = new ArrayList<>();
        Set<String> stillFailing = new java.util.HashSet<>(Set.of("e7", "e19"));
        FailedInvocationRedrive.Consumer consumer = event -> {
            String id = event.replaceAll(".*\"id\":\"(e\\d+)\".*", "$1");
            if (stillFailing.contains(id)) {
                return "Unhandled: still broken";
            }
            delivered.add(id);
            return null;
        };

        FailedInvocationRedrive.Outcome first = new FailedInvocationRedrive(queue, consumer).run(1000);
        assertThat(first).isEqualTo(new FailedInvocationRedrive.Outcome(23, 2, 1));
        assertThat(delivered).hasSize(23).doesNotHaveDuplicates().doesNotContain("e7", "e19");
        assertThat(queue.records).containsOnlyKeys("m7", "m19", "junk");

        stillFailing.clear();
        queue.visibilityTimeoutPassed();
        FailedInvocationRedrive.Outcome second = new FailedInvocationRedrive(queue, consumer).run(1000);
        assertThat(second).isEqualTo(new FailedInvocationRedrive.Outcome(2, 0, 1));
        assertThat(delivered).hasSize(25).doesNotHaveDuplicates();
        assertThat(queue.records).containsOnlyKeys("junk");
    }

    @Test
    void the_consumer_gets_exactly_the_event_it_was_first_invoked_with() {
        assertThat(FailedInvocationRedrive.originalEvent(failureRecord("e1")))
                .isEqualTo("{\"id\":\"e1\",\"source\":\"leave-tracker\",\"detail-type\":\"LeaveRequested\","
                        + "\"detail\":{\"eventId\":\"e1\"}}");
        assertThat(FailedInvocationRedrive.originalEvent("{\"requestPayload\": \"text\"}")).isNull();
        assertThat(FailedInvocationRedrive.originalEvent("{")).isNull();
    }

    @Test
    void a_limit_bounds_one_run() {
        Queue queue = new Queue();
        for (int i = 1; i <= 30; i++) {
            queue.records.put("m" + i, failureRecord("e" + i));
        }
        assertThat(new FailedInvocationRedrive(queue, event -> null).run(12).delivered()).isEqualTo(12);
        assertThat(queue.records).hasSize(18);
    }

    @Test
    void the_stack_s_target_lists_are_read_by_name() {
        assertThat(RedriveTargets.parse("projections=https://q/1, webhooks=https://q/2"))
                .containsExactly(Map.entry("projections", "https://q/1"), Map.entry("webhooks", "https://q/2"));
        assertThat(RedriveTargets.parse(null)).isEmpty();
    }
}
