package org.leavetracker.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.leavetracker.adapters.bus.EventDetails;
import org.leavetracker.adapters.dynamodb.DynamoDbEventStore;
import org.leavetracker.adapters.dynamodb.EventItems;
import org.leavetracker.adapters.dynamodb.Snapshots;
import org.leavetracker.adapters.system.PinnedDateClock;
import org.leavetracker.adapters.testing.LocalDynamo;
import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.Email;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.port.BusEntry;
import org.leavetracker.domain.port.ChangePublisher;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.read.model.SettingsArea;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.employee.Identity;
import org.leavetracker.functions.pipeline.BusRules;
import org.leavetracker.functions.pipeline.NotificationHandler;
import org.leavetracker.functions.pipeline.ProjectionRunner;
import org.leavetracker.functions.support.Application;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * The cost of a month of Leave Tracker, from counted calls. Runs the real use cases, projections and notifier on
 * DynamoDB Local through a client that counts every call and the request units DynamoDB's on-demand pricing would
 * charge for it (item sizes as DynamoDB measures them), for a scripted month of a small company; prints the
 * counts per leave request and per read, then prices a 50-person and a 5,000-person company at list prices.
 * Run: {@code bench/run CostModel}. The model and its assumptions are in docs/PERFORMANCE.md.
 */
public final class CostModel {

    private static final int PEOPLE = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Calls and request units, counted. */
    static final class Meter {
        final AtomicLong calls = new AtomicLong();
        final AtomicLong writeUnits = new AtomicLong();
        final AtomicLong readHalfUnits = new AtomicLong(); // eventually consistent reads cost half a unit

        void reset() {
            calls.set(0);
            writeUnits.set(0);
            readHalfUnits.set(0);
        }

        void add(Meter after, Meter before) {
            calls.addAndGet(after.calls.get() - before.calls.get());
            writeUnits.addAndGet(after.writeUnits.get() - before.writeUnits.get());
            readHalfUnits.addAndGet(after.readHalfUnits.get() - before.readHalfUnits.get());
        }

        void subtract(Meter other) {
            calls.addAndGet(-other.calls.get());
            writeUnits.addAndGet(-other.writeUnits.get());
            readHalfUnits.addAndGet(-other.readHalfUnits.get());
        }

        Meter copy() {
            Meter m = new Meter();
            m.calls.set(calls.get());
            m.writeUnits.set(writeUnits.get());
            m.readHalfUnits.set(readHalfUnits.get());
            return m;
        }
    }

    static long itemBytes(Map<String, AttributeValue> item) {
        long bytes = 0;
        for (Map.Entry<String, AttributeValue> a : item.entrySet()) {
            bytes += a.getKey().length() + valueBytes(a.getValue());
        }
        return bytes;
    }

    private static long valueBytes(AttributeValue v) {
        if (v.s() != null) {
            return v.s().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        if (v.n() != null) {
            return 1 + (v.n().length() + 1) / 2;
        }
        if (v.b() != null) {
            return ((SdkBytes) v.b()).asByteArray().length;
        }
        if (v.hasM()) {
            return 3 + itemBytes(v.m());
        }
        if (v.hasL()) {
            return 3 + v.l().stream().mapToLong(e -> 1 + valueBytes(e)).sum();
        }
        if (v.hasSs()) {
            return v.ss().stream().mapToLong(String::length).sum();
        }
        return 1;
    }

    private static long units(long bytes, int unitSize) {
        return Math.max(1, (bytes + unitSize - 1) / unitSize);
    }

    /** A DynamoDB client that counts what each call would consume. */
    static DynamoDbClient metered(DynamoDbClient real, Meter meter) {
        InvocationHandler handler = (proxy, method, args) -> {
            // builder and paginator forms are interface defaults calling the request form on this proxy: count once
            if (args != null && args.length == 1 && args[0] instanceof java.util.function.Consumer
                    || method.getName().endsWith("Paginator")) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            Object result;
            try {
                result = method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            Object request = args == null || args.length == 0 ? null : args[0];
            meter.calls.incrementAndGet();
            switch (request) {
                case PutItemRequest put -> meter.writeUnits.addAndGet(units(itemBytes(put.item()), 1024));
                case TransactWriteItemsRequest tx -> {
                    for (TransactWriteItem item : tx.transactItems()) {
                        long bytes = item.put() != null ? itemBytes(item.put().item())
                                : item.conditionCheck() != null ? itemBytes(item.conditionCheck().key()) : 1;
                        meter.writeUnits.addAndGet(2 * units(bytes, 1024));
                    }
                }
                case GetItemRequest get -> {
                    GetItemResponse answer = (GetItemResponse) result;
                    long bytes = answer.hasItem() ? itemBytes(answer.item()) : 1;
                    meter.readHalfUnits.addAndGet(units(bytes, 4096) * (Boolean.TRUE.equals(get.consistentRead()) ? 2 : 1));
                }
                case QueryRequest query -> {
                    QueryResponse answer = (QueryResponse) result;
                    long bytes = answer.items().stream().mapToLong(CostModel::itemBytes).sum();
                    meter.readHalfUnits.addAndGet(units(bytes, 4096)
                            * (Boolean.TRUE.equals(query.consistentRead()) ? 2 : 1));
                }
                case null, default -> {
                    // describe calls and the like: not charged per request
                }
            }
            return result;
        };
        return (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
                new Class<?>[] {DynamoDbClient.class}, handler);
    }

    public static void main(String[] args) throws Exception {
        try {
            run();
        } finally {
            System.exit(0); // DynamoDB Local's threads would keep the JVM up, even after a failure
        }
    }

    private static void run() {
        LocalDynamo dynamo = LocalDynamo.shared();
        String prefix = dynamo.freshTables();
        Meter meter = new Meter();
        Application app = new Application(metered(dynamo.client(), meter), prefix,
                new PinnedDateClock(LocalDate.of(2026, 6, 15)));
        DynamoDbEventStore harness = new DynamoDbEventStore(dynamo.client(), prefix, new EventItems(app.json),
                new Snapshots(dynamo.client(), prefix, app.json, 100));
        AtomicLong requestPublishes = new AtomicLong();
        AtomicLong balancePublishes = new AtomicLong();
        AtomicLong mails = new AtomicLong();
        ProjectionRunner projections = new ProjectionRunner(new EventDetails(app.json), app.repository,
                app.projector, new ChangePublisher() {
                    @Override
                    public void leaveRequestChanged(LeaveRequestView request) {
                        requestPublishes.incrementAndGet();
                    }

                    @Override
                    public void balanceChanged(Balance balance) {
                        balancePublishes.incrementAndGet();
                    }

                    @Override
                    public void settingsChanged(String orgId, SettingsArea area) {
                    }
                });
        NotificationHandler notifier = new NotificationHandler(NotificationHandler.notifier(app.repository, app.readModel, app.json, n -> mails.incrementAndGet()));
        EventDetails details = new EventDetails(app.json);

        // set-up (not counted): a company of PEOPLE members with two approvers
        app.setup.createOrganization(new Identity("sub-admin", Email.of("admin@cost.test"), "Admin"), "Cost", null);
        Caller admin = new Caller(harness.ownerOf("email#admin@cost.test").orElseThrow(), null);
        String orgId = app.repository.employee(admin.userId()).orgId();
        String berlin = app.setup.createLocation(admin, "Berlin", "Europe/Berlin", "DE",
                List.of(DayOfWeek.values()).subList(0, 5)).id();
        String vacation = app.setup.createLeaveType(admin, "Vacation", true, true, true).id();
        app.setup.setLeavePolicy(admin, berlin, vacation, LocalDate.of(2020, 1, 1), Days.of(28), Accrual.UPFRONT,
                Days.of(5), 3, null);
        Caller approver = new Caller(app.setup.addUser(admin, "boss@cost.test", "Boss", Role.APPROVER).id(), null);
        List<Caller> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            Caller person = new Caller(app.setup.addUser(admin, "p" + i + "@cost.test", "P" + i, Role.MEMBER).id(),
                    null);
            app.administration.moveUserToLocation(admin, person.userId(), berlin, LocalDate.of(2024, 1, 1));
            app.administration.assignApprover(admin, person.userId(), approver.userId());
            people.add(person);
        }
        int[] seen = {0};
        Runnable pipeline = () -> {
            List<RecordedEvent> events = harness.eventsOfOrganization(orgId);
            for (RecordedEvent event : events.subList(seen[0], events.size())) {
                BusEntry entry = details.entry(event);
                projections.run(entry.detail());
                if (BusRules.NOTIFICATIONS.eventPattern().contains("\"" + event.type() + "\"")) {
                    try {
                        ScheduledEvent scheduled = new ScheduledEvent();
                        scheduled.setDetail(JSON.readValue(entry.detail(), new TypeReference<Map<String, Object>>() {
                        }));
                        notifier.handleRequest(scheduled, null);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            seen[0] = events.size();
        };
        pipeline.run();

        // one leave request's life: request → pipeline → approve → pipeline (the bus follows within a second)
        meter.reset();
        requestPublishes.set(0);
        balancePublishes.set(0);
        mails.set(0);
        int eventsBefore = seen[0];
        Meter pipelineCost = new Meter();
        Runnable meteredPipeline = () -> {
            Meter before = meter.copy();
            pipeline.run();
            pipelineCost.add(meter, before);
        };
        for (int i = 0; i < PEOPLE; i++) {
            LocalDate day = LocalDate.of(2026, 7, 6).plusWeeks(i % 10);
            String id = app.workflow.requestLeave(people.get(i), vacation, day, day.plusDays(1), HalfDay.NONE,
                    "trip", null).id();
            meteredPipeline.run();
            app.workflow.approveLeave(approver, id, null);
            meteredPipeline.run();
        }
        Meter commands = meter.copy();
        commands.subtract(pipelineCost);
        long events = seen[0] - eventsBefore;

        // what a person reads in a visit: who am I, my balances, my requests, the team calendar
        meter.reset();
        for (Caller person : people) {
            app.leaveQueries.me(person);
            app.leaveQueries.balances(person, null, 2026, null);
            app.readQueries.leaveRequests(person, null, LeaveStatus.APPROVED, null, null);
            app.readQueries.teamCalendar(person, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31), null);
        }
        Meter reads = meter.copy();

        double n = PEOPLE;
        System.out.printf("Per leave request (request + approval), measured over %d:%n", PEOPLE);
        System.out.printf("  write side: %.1f DynamoDB calls, %.1f WRU, %.1f RRU%n", commands.calls.get() / n,
                commands.writeUnits.get() / n, commands.readHalfUnits.get() / 2.0 / n);
        System.out.printf("  read side : %.1f events, %.1f DynamoDB calls, %.1f WRU, %.1f RRU, %.1f + %.1f publish "
                        + "mutations (request, balance changes), %.1f e-mails%n", events / n,
                pipelineCost.calls.get() / n, pipelineCost.writeUnits.get() / n,
                pipelineCost.readHalfUnits.get() / 2.0 / n, requestPublishes.get() / n, balancePublishes.get() / n,
                mails.get() / n);
        System.out.printf("Per visit (4 queries): %.1f DynamoDB calls, %.1f RRU%n", reads.calls.get() / n,
                reads.readHalfUnits.get() / 2.0 / n);

        Usage perRequest = new Usage(commands.calls.get() / n, pipelineCost.calls.get() / n,
                (commands.writeUnits.get() + pipelineCost.writeUnits.get()) / n,
                (commands.readHalfUnits.get() + pipelineCost.readHalfUnits.get()) / 2.0 / n, events / n,
                requestPublishes.get() / n, balancePublishes.get() / n, mails.get() / n);
        double visitCalls = reads.calls.get() / n;
        double visitReadUnits = reads.readHalfUnits.get() / 2.0 / n;
        for (int company : new int[] {50, 5_000}) {
            System.out.println(Pricing.month(company, perRequest, visitCalls, visitReadUnits, company));
        }
        System.out.println("the same, everyone watching their team's changes (onLeaveRequestChanged with teamId) "
                + "instead of the organization's:");
        System.out.println(Pricing.month(5_000, perRequest, visitCalls, visitReadUnits, Pricing.TEAM_SIZE));
    }

    /** Counted usage of one leave request's life. */
    record Usage(double writeSideCalls, double readSideCalls, double writeUnits, double readUnits, double events,
                 double requestPublishes, double balancePublishes, double mails) {
    }
}
