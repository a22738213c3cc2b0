package org.leavetracker.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import org.junit.jupiter.api.Test;
import org.leavetracker.domain.port.BusEntry;
import org.leavetracker.functions.pipeline.BusRules;

/** The in-process bus: the deployed rules decide who gets what; a poison event ends in the dead-letter store. */
class LocalEventBusTest {

    private static BusEntry entry(String type, int n) {
        return new BusEntry("leave-tracker", type, "{\"aggregateId\":\"u" + n + "\",\"version\":1,\"n\":" + n + "}");
    }

    @Test
    void a_consumer_that_keeps_failing_on_one_event_sends_it_to_the_dead_letters_and_the_others_flow()
            throws Exception {
        Path dataDir = Files.createTempDirectory("bus");
        DeadLetterStore deadLetters = new DeadLetterStore(dataDir);
        List<Object> delivered = new ArrayList<>();
        LocalEventBus bus = new LocalEventBus(Map.of(BusRules.Consumer.PROJECTIONS, (ScheduledEvent e) -> {
            if (Integer.valueOf(2).equals(e.getDetail().get("n"))) {
                throw new IllegalStateException("poison: cannot project event 2");
            }
            delivered.add(e.getDetail().get("n"));
        }, BusRules.Consumer.NOTIFICATIONS, (ScheduledEvent e) -> { }), deadLetters);

        List<String> results = bus.lane(BusRules.Consumer.PROJECTIONS).put(List.of(entry("LeaveRequested", 1), entry("LeaveApproved", 2),
                entry("LeaveCancelled", 3)));

        assertThat(results).containsOnlyNulls();
        assertThat(delivered).containsExactly(1, 3);
        assertThat(deadLetters.all()).singleElement().satisfies(letter -> {
            assertThat(letter.get("rule")).isEqualTo(BusRules.READ_MODEL.name());
            assertThat((String) letter.get("reason")).contains("poison");
            assertThat((String) letter.get("event")).contains("\"n\":2").contains("\"detail-type\":\"LeaveApproved\"");
        });
        assertThat(new DeadLetterStore(dataDir).all()).as("persisted").hasSize(1);
    }

    @Test
    void the_read_side_takes_a_polls_events_together_and_a_failing_batch_is_delivered_again_one_by_one()
            throws Exception {
        DeadLetterStore deadLetters = new DeadLetterStore(Files.createTempDirectory("bus"));
        List<List<Object>> batches = new ArrayList<>();
        List<Object> single = new ArrayList<>();
        LocalEventBus bus = new LocalEventBus(Map.of(BusRules.Consumer.PROJECTIONS, (ScheduledEvent e) -> {
            if (Integer.valueOf(2).equals(e.getDetail().get("n"))) {
                throw new IllegalStateException("poison: cannot project event 2");
            }
            single.add(e.getDetail().get("n"));
        }), Map.of(BusRules.READ_MODEL.name(), (List<ScheduledEvent> events) -> {
            List<Object> ns = events.stream().map(e -> e.getDetail().get("n")).toList();
            if (ns.contains(2)) {
                throw new IllegalStateException("poison in the batch");
            }
            batches.add(ns);
        }), deadLetters);

        bus.lane(BusRules.Consumer.PROJECTIONS).put(List.of(entry("LeaveRequested", 1), entry("LeaveApproved", 3),
                entry("LeaveCancelled", 4)));
        assertThat(batches).containsExactly(List.of(1, 3, 4));
        assertThat(single).isEmpty();

        bus.lane(BusRules.Consumer.PROJECTIONS).put(List.of(entry("LeaveRequested", 5), entry("LeaveApproved", 2),
                entry("LeaveCancelled", 6)));
        assertThat(batches).hasSize(1);
        assertThat(single).as("the batch failed: each of its events on its own").containsExactly(5, 6);
        assertThat(deadLetters.all()).singleElement()
                .satisfies(letter -> assertThat((String) letter.get("event")).contains("\"n\":2"));
    }

    @Test
    void events_no_rule_matches_reach_no_consumer() throws Exception {
        List<Object> delivered = new ArrayList<>();
        LocalEventBus bus = new LocalEventBus(Map.of(BusRules.Consumer.PROJECTIONS,
                (ScheduledEvent e) -> delivered.add(e), BusRules.Consumer.NOTIFICATIONS,
                (ScheduledEvent e) -> delivered.add(e)), new DeadLetterStore(Files.createTempDirectory("bus")));

        for (BusRules.Consumer lane : List.of(BusRules.Consumer.PROJECTIONS, BusRules.Consumer.NOTIFICATIONS)) {
            bus.lane(lane).put(List.of(new BusEntry("someone-else", "LeaveRequested", "{}"), entry("NotAnEvent", 1)));
        }

        assertThat(delivered).isEmpty();
    }

    @Test
    void a_poison_event_redriven_after_the_fix_is_applied_once_and_leaves_the_dead_letters() throws Exception {
        DeadLetterStore deadLetters = new DeadLetterStore(Files.createTempDirectory("bus"));
        List<Object> applied = new ArrayList<>();
        AtomicBoolean fixed = new AtomicBoolean(false);
        LocalEventBus bus = new LocalEventBus(Map.of(BusRules.Consumer.PROJECTIONS, (ScheduledEvent e) -> {
            if (!fixed.get() && Integer.valueOf(2).equals(e.getDetail().get("n"))) {
                throw new IllegalStateException("cannot read payload of event 2");
            }
            applied.add(e.getDetail().get("n"));
        }, BusRules.Consumer.NOTIFICATIONS, (ScheduledEvent e) -> { }), deadLetters);

        bus.lane(BusRules.Consumer.PROJECTIONS).put(List.of(entry("HolidayAdded", 1), entry("HolidayAdded", 2),
                entry("HolidayAdded", 3)));
        System.out.println("poisoned: applied " + applied + ", dead letters " + deadLetters.all().size());
        assertThat(bus.redrive()).as("still broken: it stays").isEqualTo(new LocalEventBus.Redrive(0, 1));
        assertThat(deadLetters.all()).singleElement().satisfies(letter ->
                assertThat((String) letter.get("reason")).contains("cannot read payload of event 2"));

        fixed.set(true);
        assertThat(bus.redrive()).isEqualTo(new LocalEventBus.Redrive(1, 0));
        assertThat(bus.redrive()).as("nothing left to redrive").isEqualTo(new LocalEventBus.Redrive(0, 0));
        assertThat(applied).containsExactly(1, 3, 2);
        assertThat(deadLetters.all()).isEmpty();
    }

    @Test
    void a_closed_bus_refuses_deliveries_instead_of_dead_lettering_them() throws Exception {
        DeadLetterStore deadLetters = new DeadLetterStore(Files.createTempDirectory("bus"));
        List<Object> delivered = new ArrayList<>();
        LocalEventBus bus = new LocalEventBus(Map.of(BusRules.Consumer.PROJECTIONS,
                (ScheduledEvent e) -> delivered.add(e), BusRules.Consumer.NOTIFICATIONS, (ScheduledEvent e) -> { }),
                deadLetters);
        bus.close();

        assertThatThrownBy(() -> bus.lane(BusRules.Consumer.PROJECTIONS).put(List.of(entry("HolidayAdded", 1))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(delivered).isEmpty();
        assertThat(deadLetters.all()).isEmpty();
    }

    @Test
    void a_consumer_that_hangs_holds_only_its_own_lane() throws Exception {
        CountDownLatch webhookStarted = new CountDownLatch(1);
        CountDownLatch releaseWebhook = new CountDownLatch(1);
        List<Object> projected = new CopyOnWriteArrayList<>();
        List<Object> notified = new CopyOnWriteArrayList<>();
        LocalEventBus bus = new LocalEventBus(Map.of(
                BusRules.Consumer.PROJECTIONS, (ScheduledEvent e) -> projected.add(e.getDetail().get("n")),
                BusRules.Consumer.NOTIFICATIONS, (ScheduledEvent e) -> notified.add(e.getDetail().get("n")),
                BusRules.Consumer.WEBHOOKS, (ScheduledEvent e) -> {
                    webhookStarted.countDown();
                    try {
                        releaseWebhook.await(); // an endpoint that does not answer
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                    }
                }), new DeadLetterStore(Files.createTempDirectory("bus")));
        ExecutorService webhookPoller = Executors.newSingleThreadExecutor();
        try {
            Future<List<String>> held = webhookPoller.submit(() ->
                    bus.lane(BusRules.Consumer.WEBHOOKS).put(List.of(entry("LeaveRequested", 1))));
            assertThat(webhookStarted.await(30, TimeUnit.SECONDS)).isTrue();

            // while the webhook lane is stuck on event 1, the other lanes deliver events 1 and 2
            for (BusRules.Consumer lane : List.of(BusRules.Consumer.PROJECTIONS, BusRules.Consumer.NOTIFICATIONS)) {
                assertThat(bus.lane(lane).put(List.of(entry("LeaveRequested", 1), entry("LeaveApproved", 2))))
                        .containsOnlyNulls();
            }
            assertThat(held).isNotDone();
            assertThat(projected).containsExactly(1, 2);
            assertThat(notified).as("each lane delivers to its own consumer only").containsExactly(1, 2);

            releaseWebhook.countDown();
            assertThat(held.get(30, TimeUnit.SECONDS)).containsOnlyNulls();
            assertThat(projected).as("the webhook lane delivered to no other consumer").containsExactly(1, 2);
        } finally {
            releaseWebhook.countDown();
            webhookPoller.shutdownNow();
        }
        assertThatThrownBy(() -> new LocalEventBus(Map.of(BusRules.Consumer.PROJECTIONS, (ScheduledEvent e) -> { }),
                new DeadLetterStore(Files.createTempDirectory("bus"))).lane(BusRules.Consumer.SLACK))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
