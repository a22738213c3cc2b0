package org.leavetracker.domain.read.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.leavetracker.domain.error.DomainError;
import org.leavetracker.domain.event.EventMetadata;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.port.EventStore;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.testing.InMemoryReadModel;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.Repository;

/**
 * Projections are idempotent and order-independent (SPEC §5): for a random history, applying its events in any
 * order, with duplicates, gives the same read items as applying them once in order.
 */
class ProjectionPropertiesTest {

    /** One step of a random history: what kind, and a few numbers to shape it. */
    record Step(int kind, int a, int b) {
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        return Combinators.combine(Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(0, 400), Arbitraries.integers().between(0, 6)).as(Step::new)
                .list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 40)
    void any_order_with_duplicates_gives_the_read_items_of_one_ordered_pass(@ForAll("histories") List<Step> steps,
                                                                             @ForAll long seed) {
        Acme acme = Acme.setUp();
        messyProjectionsGiveTheOrderedOnes(acme.app(), new Random(seed),
                afterEachStep -> play(acme, steps, afterEachStep));
    }

    /**
     * The same for the organization's settings: a projection writes only the locations, leave types and policies
     * changed since what the read side reflects, and a late one with an older state must still not win.
     */
    @Property(tries = 40)
    void organization_settings_in_any_order_with_duplicates_give_the_read_items_of_one_ordered_pass(
            @ForAll("histories") List<Step> steps, @ForAll long seed) {
        Acme acme = Acme.setUp();
        messyProjectionsGiveTheOrderedOnes(acme.app(), new Random(seed),
                afterEachStep -> changeSettings(acme, steps, afterEachStep));
    }

    private static void messyProjectionsGiveTheOrderedOnes(DomainFixture app, Random random,
                                                           Consumer<Runnable> playWithEachStepThen) {
        // A lagging, unreliable pipeline: while the history happens, some of the events so far are projected, in
        // random order, some again; afterwards every event once more, shuffled, with duplicates, and half of these
        // projections computed from stale reads (a slow projection whose write lands after a newer one's).
        StaleReads store = new StaleReads(app.store, random);
        InMemoryReadModel lagging = new InMemoryReadModel();
        ReadModelProjector laggingProjector = new ReadModelProjector(new Repository(store, app.clock, app.ids),
                lagging, lagging, app.holidays);
        playWithEachStepThen.accept(() -> {
            List<RecordedEvent> sofar = app.store.allEvents();
            for (int i = random.nextInt(4); i > 0; i--) {
                laggingProjector.project(sofar.get(random.nextInt(sofar.size())));
            }
        });
        List<RecordedEvent> events = app.store.allEvents();
        List<Runnable> messy = new ArrayList<>();
        for (RecordedEvent event : events) {
            messy.add(() -> laggingProjector.project(event));
        }
        for (int i = 0; i < events.size(); i++) {
            RecordedEvent event = events.get(random.nextInt(events.size()));
            messy.add(() -> store.stale(() -> laggingProjector.project(event)));
        }
        Collections.shuffle(messy, random);
        messy.forEach(Runnable::run);

        InMemoryReadModel ordered = new InMemoryReadModel();
        events.forEach(projector(app, ordered)::project);

        assertThat(lagging.snapshot()).isEqualTo(ordered.snapshot());
    }

    @Property(tries = 40)
    void a_batch_projected_once_per_aggregate_gives_the_read_items_of_one_event_at_a_time(
            @ForAll("histories") List<Step> steps, @ForAll long seed) {
        Acme acme = Acme.setUp();
        DomainFixture app = acme.app();
        // A poller behind the writers: now and then it takes what the stream holds beyond its position, in batches
        // of up to 12 events, each of which holds several events of one person about different requests.
        Random random = new Random(seed);
        InMemoryReadModel batched = new InMemoryReadModel();
        ReadModelProjector batches = projector(app, batched);
        int[] position = {0};
        Runnable poll = () -> {
            List<RecordedEvent> stream = app.store.allEvents();
            while (position[0] < stream.size()) {
                int end = Math.min(stream.size(), position[0] + 1 + random.nextInt(12));
                batches.project(stream.subList(position[0], end));
                position[0] = end;
            }
        };
        play(acme, steps, () -> {
            if (random.nextInt(3) == 0) {
                poll.run();
            }
        });
        poll.run();

        InMemoryReadModel oneByOne = new InMemoryReadModel();
        app.store.allEvents().forEach(projector(app, oneByOne)::project);

        assertThat(batched.snapshot()).isEqualTo(oneByOne.snapshot());
    }

    /** The event store as a slow reader sees it: when stale, each load stops at a random earlier version. */
    private static final class StaleReads implements EventStore {
        private final EventStore store;
        private final Random random;
        private boolean stale;

        StaleReads(EventStore store, Random random) {
            this.store = store;
            this.random = random;
        }

        void stale(Runnable work) {
            stale = true;
            try {
                work.run();
            } catch (DomainError | IllegalStateException notYetThere) {
                // a read so stale that the request does not exist yet: that projection simply fails
            } finally {
                stale = false;
            }
        }

        @Override
        public List<RecordedEvent> load(String aggregateId) {
            List<RecordedEvent> all = store.load(aggregateId);
            return stale && !all.isEmpty() ? all.subList(0, 1 + random.nextInt(all.size())) : all;
        }

        @Override
        public List<RecordedEvent> append(EventMetadata metadata,
                                          List<StreamAppend> streams, List<UniqueKey> keys) {
            throw new UnsupportedOperationException("projections never append");
        }

        @Override
        public Optional<String> ownerOf(String uniqueKey) {
            return store.ownerOf(uniqueKey);
        }

        @Override
        public java.util.Map<String, Long> lastWrittenBy(String actorId) {
            return store.lastWrittenBy(actorId);
        }
    }

    private static ReadModelProjector projector(DomainFixture app, InMemoryReadModel readModel) {
        return new ReadModelProjector(app.repository, readModel, readModel, app.holidays);
    }

    /** Ann in Berlin (25 days, 5 carried over for 3 months, 2 below zero) approved by the boss; Paris to move to. */
    private record Acme(DomainFixture app, Caller admin, Caller boss, Caller ann, String vacation, String paris) {
        static Acme setUp() {
            DomainFixture app = new DomainFixture(LocalDate.of(2026, 6, 15));
            Caller admin = app.newOrganization("Acme", "admin@acme.test");
            String berlin = app.location(admin, "Berlin", "DE");
            String paris = app.setup.createLocation(admin, "Paris", "Europe/Paris", "FR", DomainFixture.MON_FRI).id();
            String vacation = app.vacation(admin);
            app.setup.setLeavePolicy(admin, berlin, vacation, LocalDate.of(2024, 1, 1), Days.of(25), Accrual.UPFRONT,
                    Days.of(5), 3, Days.of(2));
            Caller boss = app.addUser(admin, "boss@acme.test", Role.APPROVER);
            Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);
            app.administration.moveUserToLocation(admin, ann.userId(), berlin, LocalDate.of(2025, 1, 1));
            app.administration.assignApprover(admin, ann.userId(), boss.userId());
            return new Acme(app, admin, boss, ann, vacation, paris);
        }
    }

    private static void play(Acme acme, List<Step> steps, Runnable afterEachStep) {
        DomainFixture app = acme.app();
        Caller admin = acme.admin();
        Caller ann = acme.ann();
        String vacation = acme.vacation();
        List<String> requests = new ArrayList<>();
        for (Step step : steps) {
            LocalDate day = LocalDate.of(2025, 6, 1).plusDays(step.a());
            try {
                switch (step.kind()) {
                    case 0, 1 -> requests.add(app.workflow.requestLeave(ann, vacation, day, day.plusDays(step.b()),
                            HalfDay.NONE, "r", null).id());
                    case 2 -> requests.add(app.workflow.addPastLeave(admin, ann.userId(), vacation, day, day,
                            HalfDay.MORNING, null).id());
                    case 3 -> {
                        if (!requests.isEmpty()) {
                            app.workflow.approveLeave(acme.boss(), requests.get(step.b() % requests.size()), null);
                        }
                    }
                    case 4 -> {
                        if (!requests.isEmpty()) {
                            app.workflow.cancelLeave(admin, requests.get(step.b() % requests.size()));
                        }
                    }
                    case 5 -> app.administration.moveUserToLocation(admin, ann.userId(), acme.paris(), day);
                    default -> app.administration.setWorkingWeek(admin, ann.userId(),
                            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), day);
                }
            } catch (DomainError refused) {
                // a refused step leaves the history as it was
            }
            afterEachStep.run();
        }
    }

    /** Leave types made and renamed, holidays, dated policies set and removed, locations made, the org renamed. */
    private static void changeSettings(Acme acme, List<Step> steps, Runnable afterEachStep) {
        DomainFixture app = acme.app();
        Caller admin = acme.admin();
        List<String> leaveTypes = new ArrayList<>(List.of(acme.vacation()));
        List<String> locations = new ArrayList<>(List.of(acme.paris()));
        for (Step step : steps) {
            String type = leaveTypes.get(step.b() % leaveTypes.size());
            String location = locations.get(step.b() % locations.size());
            LocalDate month = LocalDate.of(2026, 1, 1).plusMonths(step.a() % 4);
            try {
                switch (step.kind()) {
                    case 0 -> leaveTypes.add(app.setup.createLeaveType(admin, "Type " + step.a(), step.b() % 2 == 0,
                            true, true).id());
                    case 1 -> app.setup.updateLeaveType(admin, type, "Renamed " + step.a(), null, null);
                    case 2 -> app.setup.addHoliday(admin, location, month.plusDays(step.b()), "Holiday " + step.a());
                    case 3 -> app.setup.setLeavePolicy(admin, location, type, month, Days.of(step.a() % 30),
                            Accrual.UPFRONT, null, null, null);
                    case 4 -> app.setup.removeLeavePolicy(admin, location, type, month);
                    case 5 -> locations.add(app.setup.createLocation(admin, "Place " + step.a(), "Europe/Paris", "FR",
                            DomainFixture.MON_FRI).id());
                    default -> app.setup.updateOrganization(admin, "Acme " + step.a());
                }
            } catch (DomainError refused) {
                // a refused step leaves the history as it was
            }
            afterEachStep.run();
        }
    }
}
