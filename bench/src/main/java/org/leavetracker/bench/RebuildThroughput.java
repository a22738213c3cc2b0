package org.leavetracker.bench;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.leavetracker.adapters.dynamodb.DynamoDbEventStore;
import org.leavetracker.adapters.dynamodb.DynamoDbReadModel;
import org.leavetracker.adapters.dynamodb.EventItems;
import org.leavetracker.adapters.dynamodb.Snapshots;
import org.leavetracker.adapters.holiday.JollydayHolidayCalendar;
import org.leavetracker.adapters.json.EventJson;
import org.leavetracker.adapters.system.PinnedDateClock;
import org.leavetracker.adapters.system.RandomIds;
import org.leavetracker.adapters.testing.LocalDynamo;
import org.leavetracker.domain.event.DomainEvent;
import org.leavetracker.domain.event.EmploymentEvent;
import org.leavetracker.domain.event.EventMetadata;
import org.leavetracker.domain.event.LeaveEvent;
import org.leavetracker.domain.event.LeaveTypeEvent;
import org.leavetracker.domain.event.LocationEvent;
import org.leavetracker.domain.event.OrganizationEvent;
import org.leavetracker.domain.event.PersonEvent;
import org.leavetracker.domain.event.PolicyEvent;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.port.EventStore.StreamAppend;
import org.leavetracker.domain.read.projection.ReadModelProjector;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.functions.maintenance.ReadModelRebuild;
import org.leavetracker.functions.maintenance.SegmentedRebuild;

/**
 * Rebuild of the read side from the events table on DynamoDB Local: events per second.
 * Run: {@code bench/run RebuildThroughput [users=100] [requestsPerUser=48] [threads=8] [segments=0]}: with
 * segments, the resumable rebuild of the RebuildFunction (organizations, then that many scan segments at once, as
 * parallel Lambda calls, each with {@code threads} threads, one page per call as after repeated timeouts).
 */
public final class RebuildThroughput {

    /** The organizations, then every segment at once, each called again until done (a call does one page). */
    private static int segmented(SegmentedRebuild rebuild, int segments) {
        int rebuilt = rebuild.organizations("bench").rebuilt();
        java.util.concurrent.ExecutorService calls = java.util.concurrent.Executors.newFixedThreadPool(segments);
        try {
            List<java.util.concurrent.Future<Integer>> done = new ArrayList<>();
            for (int segment = 0; segment < segments; segment++) {
                int s = segment;
                done.add(calls.submit(() -> {
                    SegmentedRebuild.Outcome outcome;
                    int invocations = 0;
                    do {
                        outcome = rebuild.segment("bench", s, segments, () -> false);
                        invocations++;
                    } while (!outcome.done());
                    System.out.printf("segment %d: %d people in %d calls%n", s, outcome.rebuilt(), invocations);
                    return outcome.rebuilt();
                }));
            }
            for (java.util.concurrent.Future<Integer> one : done) {
                rebuilt += one.get();
            }
            return rebuilt;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            calls.shutdownNow();
        }
    }

    public static void main(String[] args) {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 48;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : ReadModelRebuild.DEFAULT_THREADS;
        int segments = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        LocalDynamo dynamo = LocalDynamo.shared();
        String prefix = dynamo.freshTables();
        EventJson json = new EventJson();
        DynamoDbEventStore store = new DynamoDbEventStore(dynamo.client(), prefix, new EventItems(json),
                new Snapshots(dynamo.client(), prefix, json, 100));
        Instant at = Instant.parse("2026-06-15T10:00:00Z");
        String org = "org";
        store.append(new EventMetadata(org, null, "c-org", at), List.of(new StreamAppend(org, 0, List.of(
                new OrganizationEvent.OrganizationCreated("Bench"),
                new LocationEvent.LocationCreated("loc", "Berlin", "Europe/Berlin", "DE",
                        List.of(DayOfWeek.values()).subList(0, 5)),
                new LeaveTypeEvent.LeaveTypeCreated("vac", "Vacation", true, true, true),
                new PolicyEvent.LeavePolicySet("pol", "loc", "vac", LocalDate.of(2020, 1, 1), Days.of(25),
                        Accrual.UPFRONT, Days.of(5), 3, Days.ZERO)))), List.of());
        long events = 4;
        for (int u = 0; u < users; u++) {
            String user = "user" + u;
            List<DomainEvent> history = new ArrayList<>();
            history.add(new PersonEvent.UserAdded(user + "@bench.test", "User " + u, Role.MEMBER));
            history.add(new EmploymentEvent.UserMovedToLocation("loc", LocalDate.of(2024, 1, 1)));
            for (int r = 0; r < requests; r++) {
                LocalDate day = LocalDate.of(2024, 1, 8).plusWeeks(r);
                history.add(new LeaveEvent.LeaveRequested(user + ".r" + r, "vac", day, day, HalfDay.NONE, null,
                        null));
                history.add(new LeaveEvent.LeaveApproved(user + ".r" + r, null, null));
            }
            for (int from = 0; from < history.size(); from += 50) { // one transaction takes at most 100 items
                List<DomainEvent> chunk = history.subList(from, Math.min(history.size(), from + 50));
                store.append(new EventMetadata(org, null, "c-" + user + "-" + from, at),
                        List.of(new StreamAppend(user, from, chunk)), List.of());
            }
            events += history.size();
        }
        JollydayHolidayCalendar holidays = new JollydayHolidayCalendar();
        DynamoDbReadModel readModel = new DynamoDbReadModel(dynamo.client(), prefix);
        ReadModelProjector projector = new ReadModelProjector(new Repository(store,
                new PinnedDateClock(LocalDate.of(2026, 6, 15)), new RandomIds()), readModel, readModel, holidays);
        long start = System.nanoTime();
        int aggregates = segments == 0
                ? new ReadModelRebuild(dynamo.scanningClient(), prefix, projector).run(line -> { }, threads)
                : segmented(new SegmentedRebuild(dynamo.scanningClient(), prefix, projector, threads), segments);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("rebuilt %d aggregates, %d events in %.1f s on %d threads%s: %.0f events/s%n", aggregates,
                events, seconds, threads, segments == 0 ? "" : " in each of " + segments + " segments",
                events / seconds);
        System.exit(0);
    }
}
