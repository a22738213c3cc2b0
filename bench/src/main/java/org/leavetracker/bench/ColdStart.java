package org.leavetracker.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.leavetracker.adapters.system.PinnedDateClock;
import org.leavetracker.adapters.testing.LocalDynamo;
import org.leavetracker.functions.api.ApiHandler;
import org.leavetracker.functions.api.ApiRouter;
import org.leavetracker.functions.support.Application;
import org.leavetracker.functions.support.SnapStartPriming;

/**
 * A stand-in for a Lambda cold start on this machine: wiring the resolver handler, (optionally) the SnapStart
 * priming that would run before the snapshot, then the first and second resolver events — a real
 * createOrganization against DynamoDB Local, whose own start is left out.
 * Run: {@code [JAVA_OPTS=-XX:TieredStopAtLevel=1] bench/run ColdStart [prime]}
 */
public final class ColdStart {

    public static void main(String[] args) {
        boolean prime = args.length > 0 && "prime".equals(args[0]);
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long ddbStart = System.currentTimeMillis();
        LocalDynamo dynamo = LocalDynamo.shared();
        String prefix = dynamo.freshTables();
        long ddbMillis = System.currentTimeMillis() - ddbStart;

        long t0 = System.nanoTime();
        Application app = new Application(dynamo.client(), prefix, new PinnedDateClock(LocalDate.of(2026, 6, 15)));
        ApiHandler handler = new ApiHandler(new ApiRouter(app));
        long t1 = System.nanoTime();
        if (prime) {
            new SnapStartPriming(app.holidays, app.json).prime();
        }
        long t2 = System.nanoTime();
        Map<String, Object> first = handler.handleRequest(event("first@cold.test", "First"), null);
        long t3 = System.nanoTime();
        Map<String, Object> second = handler.handleRequest(event("second@cold.test", "Second"), null);
        long t4 = System.nanoTime();
        if (first.containsKey("error") || second.containsKey("error")) {
            throw new IllegalStateException(first + " " + second);
        }
        long jvmToWiring = ddbStart - jvmStart;
        System.out.printf("priming %s | JVM start to main %d ms | wiring %d ms | priming %d ms | first event %d ms"
                        + " | second event %d ms | (DynamoDB Local start %d ms, excluded)%n",
                prime ? "on " : "off", jvmToWiring, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000, ddbMillis);
        System.exit(0);
    }

    private static Map<String, Object> event(String email, String organization) {
        Map<String, Object> event = new HashMap<>();
        event.put("info", Map.of("parentTypeName", "Mutation", "fieldName", "createOrganization"));
        event.put("arguments", Map.of("name", organization));
        event.put("identity", Map.of("sub", "sub-" + email, "claims", Map.of("email", email, "sub", "sub-" + email)));
        event.put("request", Map.of("headers", Map.of()));
        return event;
    }
}
