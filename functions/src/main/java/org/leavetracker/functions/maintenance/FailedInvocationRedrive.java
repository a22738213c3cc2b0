package org.leavetracker.functions.maintenance;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sends the events a consumer failed on after Lambda's asynchronous retries back to it, each once: a failure record
 * (Lambda's on-failure destination, in the consumer's failure queue) carries the original event as
 * {@code requestPayload}; it is invoked synchronously and the record is deleted only once that succeeded. A record
 * that fails again stays in the queue (it shows again after its visibility timeout) and is counted. The consumers
 * are idempotent, so a record redriven twice (a deletion lost after a success) changes nothing more.
 */
public final class FailedInvocationRedrive {

    /** A consumer's failure queue. */
    public interface FailureQueue {
        /** Up to {@code max} records, hidden from other readers for a while. */
        List<Message> receive(int max);

        void delete(Message message);
    }

    /** One failure record as the queue holds it. */
    public record Message(String receiptHandle, String body) {
    }

    /** The consumer function, invoked synchronously. */
    public interface Consumer {
        /** @return null when it succeeded, else its error */
        String invoke(String eventJson);
    }

    /** What a redrive did. */
    public record Outcome(int delivered, int failedAgain, int unreadable) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FailureQueue queue;
    private final Consumer consumer;

    public FailedInvocationRedrive(FailureQueue queue, Consumer consumer) {
        this.queue = queue;
        this.consumer = consumer;
    }

    /** Redrives until the queue answers nothing or {@code limit} records were tried. */
    public Outcome run(int limit) {
        int delivered = 0;
        int failed = 0;
        int unreadable = 0;
        int tried = 0;
        while (tried < limit) {
            List<Message> batch = queue.receive(Math.min(10, limit - tried));
            if (batch.isEmpty()) {
                break;
            }
            for (Message message : batch) {
                tried++;
                String event = originalEvent(message.body());
                if (event == null) {
                    unreadable++; // left in the queue for a person to look at
                } else if (consumer.invoke(event) == null) {
                    queue.delete(message);
                    delivered++;
                } else {
                    failed++;
                }
            }
        }
        return new Outcome(delivered, failed, unreadable);
    }

    /** The event Lambda was invoked with, from an on-failure destination record; null if it is not one. */
    static String originalEvent(String body) {
        try {
            JsonNode record = JSON.readTree(body);
            JsonNode payload = record == null ? null : record.get("requestPayload");
            return payload == null || !payload.isObject() ? null : JSON.writeValueAsString(payload);
        } catch (Exception e) {
            return null;
        }
    }
}
