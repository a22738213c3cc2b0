package org.leavetracker.local;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.leavetracker.domain.port.BusEntry;
import org.leavetracker.domain.port.EventBus;
import org.leavetracker.functions.pipeline.BusRules;
import software.amazon.event.ruler.Machine;

/**
 * EventBridge in-process: the rule patterns the stack deploys, matched with AWS's event-ruler, each matching rule's
 * consumer invoked with an EventBridge-shaped event. Delivery is synchronous, so the stream checkpoint only moves
 * past an event once its consumers are done; a consumer that keeps failing sends the event to the dead-letter store
 * (the other events keep flowing). As in the cloud, where each target of a rule is invoked on its own, a slow
 * consumer must not hold the others: {@link #lane} gives each consumer its own entrance, fed by its own poller.
 */
public final class LocalEventBus {

    private static final int ATTEMPTS = 3;

    private final Machine machine = new Machine();
    private final Map<String, BusRules.Consumer> targets = new LinkedHashMap<>();
    private final Map<BusRules.Consumer, Consumer<ScheduledEvent>> consumers;
    private final Map<String, Consumer<List<ScheduledEvent>>> batchConsumers;
    private final BusRules.Consumer first;
    private final DeadLetterStore deadLetters;
    private final ObjectMapper mapper = new ObjectMapper();
    private volatile boolean closed;

    /** The cloud's rules for the consumers this runtime has (Slack's only where a Slack app is configured). */
    public LocalEventBus(Map<BusRules.Consumer, Consumer<ScheduledEvent>> consumers, DeadLetterStore deadLetters) {
        this(consumers, Map.of(), deadLetters);
    }

    /**
     * @param batchConsumers by rule name: consumers that take the entries of one poll matching that rule together
     *                       (the read side projects each aggregate of a batch once, decision 0026); should a batch
     *                       fail, its entries are delivered again one by one, with the retries and dead letters of any
     *                       other delivery
     */
    public LocalEventBus(Map<BusRules.Consumer, Consumer<ScheduledEvent>> consumers,
                         Map<String, Consumer<List<ScheduledEvent>>> batchConsumers, DeadLetterStore deadLetters) {
        this.consumers = Map.copyOf(consumers);
        this.batchConsumers = Map.copyOf(batchConsumers);
        this.first = consumers.keySet().stream().min(Comparator.naturalOrder()).orElse(null);
        this.deadLetters = deadLetters;
        try {
            for (BusRules.Rule rule : BusRules.forConsumers(consumers.keySet())) {
                machine.addRule(rule.name(), rule.eventPattern());
                targets.put(rule.name(), rule.target());
            }
        } catch (Exception e) {
            throw new IllegalStateException("a rule pattern does not parse", e);
        }
    }

    /**
     * The bus as one consumer's poller sees it: entries go only to the rules targeting that consumer, so a slow
     * consumer (a webhook endpoint that times out) delays no one else. A lane is used by its poller's thread, and the
     * read side's also by the threads of an organization-wide change's pieces (consumers are safe to run concurrently,
     * as Lambda runs them).
     */
    public EventBus lane(BusRules.Consumer consumer) {
        if (!consumers.containsKey(consumer)) {
            throw new IllegalArgumentException("this runtime has no " + consumer + " consumer");
        }
        return entries -> put(entries, consumer);
    }

    private List<String> put(List<BusEntry> entries, BusRules.Consumer to) {
        List<Delivery> batch = new ArrayList<>();
        for (BusEntry entry : entries) {
            if (closed) {
                // the forwarder reports the batch as failed, so the poller keeps it for the next start
                throw new IllegalStateException("the local event bus is shutting down");
            }
            for (Delivery delivery : match(entry, to)) {
                if (!batch.isEmpty() && !batch.getFirst().rule().equals(delivery.rule())) {
                    deliver(batch);
                    batch.clear();
                }
                batch.add(delivery);
                if (!batchConsumers.containsKey(delivery.rule())) {
                    deliver(batch);
                    batch.clear();
                }
            }
        }
        deliver(batch);
        return Collections.nCopies(entries.size(), null);
    }

    /** An entry as one rule's target receives it. */
    private record Delivery(String rule, Map<String, Object> envelope, String json) {
    }

    /** Entries of one rule, in their order: together where the rule's consumer takes batches, else one by one. */
    private void deliver(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        Consumer<List<ScheduledEvent>> together = batchConsumers.get(deliveries.getFirst().rule());
        if (together != null && deliveries.size() > 1) {
            try {
                together.accept(deliveries.stream().map(d -> scheduledEvent(d.envelope())).toList());
                return;
            } catch (RuntimeException failure) {
                // one by one: the entry at fault ends in the dead-letter store, the others apply
            }
        }
        deliveries.forEach(d -> invoke(d.rule(), d.envelope(), d.json()));
    }

    private List<Delivery> match(BusEntry entry, BusRules.Consumer to) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("version", "0");
        envelope.put("id", UUID.randomUUID().toString());
        envelope.put("detail-type", entry.detailType());
        envelope.put("source", entry.source());
        envelope.put("account", "000000000000");
        envelope.put("time", Instant.now().toString());
        envelope.put("region", "local");
        envelope.put("resources", List.of());
        String json;
        List<String> rules;
        try {
            envelope.put("detail", mapper.readValue(entry.detail(), new TypeReference<LinkedHashMap<String, Object>>() {
            }));
            json = mapper.writeValueAsString(envelope);
            rules = machine.rulesForJSONEvent(json);
        } catch (Exception unmatchable) {
            if (to == first) { // once, not once per lane
                deadLetters.add("(matching)", entry.detail(), unmatchable.toString());
            }
            return List.of();
        }
        List<Delivery> deliveries = new ArrayList<>();
        for (String rule : rules) {
            if (targets.get(rule) == to) {
                deliveries.add(new Delivery(rule, envelope, json));
            }
        }
        return deliveries;
    }

    /**
     * Refuses further deliveries: during shutdown, consumers would fail for want of the emulator and their events
     * would be dead-lettered for nothing; refused, they stay in the stream for the next start.
     */
    public void close() {
        closed = true;
    }

    /** What a redrive did: letters delivered (and removed) and letters that failed again (kept, with a new reason). */
    public record Redrive(int delivered, int failedAgain) {
    }

    /**
     * Delivers every dead letter again to its rule's consumer, one by one: a delivered letter is removed, one that
     * fails again stays (a new letter with the new reason replaces it). Letters whose rule no longer exists stay.
     */
    public synchronized Redrive redrive() {
        int delivered = 0;
        int failed = 0;
        for (Map<String, Object> letter : deadLetters.all()) {
            String rule = (String) letter.get("rule");
            if (letter.get("id") == null || !targets.containsKey(rule)) {
                continue;
            }
            String json = (String) letter.get("event");
            try {
                Map<String, Object> envelope = mapper.readValue(json,
                        new TypeReference<LinkedHashMap<String, Object>>() {
                        });
                boolean ok = invoke(rule, envelope, json);
                deadLetters.remove((String) letter.get("id"));
                if (ok) {
                    delivered++;
                } else {
                    failed++;
                }
            } catch (IOException unreadable) {
                failed++;
            }
        }
        return new Redrive(delivered, failed);
    }

    /** @return whether the consumer took the event; if not, it is in the dead-letter store */
    private boolean invoke(String rule, Map<String, Object> envelope, String json) {
        ScheduledEvent event = scheduledEvent(envelope);
        Consumer<ScheduledEvent> consumer = consumers.get(targets.get(rule));
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                consumer.accept(event);
                return true;
            } catch (RuntimeException failure) {
                last = failure;
                sleep(20L * attempt);
            }
        }
        if (closed) {
            // failing because the emulator is going away: keep it in the stream rather than dead-letter it
            throw new IllegalStateException("the local event bus is shutting down", last);
        }
        deadLetters.add(rule, json, String.valueOf(last));
        return false;
    }

    @SuppressWarnings("unchecked")
    private static ScheduledEvent scheduledEvent(Map<String, Object> envelope) {
        ScheduledEvent event = new ScheduledEvent();
        event.setId((String) envelope.get("id"));
        event.setSource((String) envelope.get("source"));
        event.setDetailType((String) envelope.get("detail-type"));
        event.setAccount("000000000000");
        event.setRegion("local");
        event.setDetail((Map<String, Object>) envelope.get("detail"));
        return event;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
