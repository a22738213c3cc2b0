package org.leavetracker.bench;

import static org.leavetracker.bench.PublicEndpoint.berlin;
import static org.leavetracker.bench.PublicEndpoint.call;
import static org.leavetracker.bench.PublicEndpoint.pct;
import static org.leavetracker.bench.PublicEndpoint.startRuntime;
import static org.leavetracker.bench.PublicEndpoint.token;

import java.net.http.WebSocket;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.leavetracker.local.LocalRuntime;

/**
 * A large company on the local runtime, through its public endpoints only (issue 16): set-up throughput and the read
 * side's catch-up, p50/p95 of each paged query, and a public holiday's fan-out to everyone while another person's
 * fresh requests are timed from mutation to subscription message.
 * Run: {@code bench/run LargeOrganization [people=1000] [requestsEach=4] [clients=8]}
 */
public final class LargeOrganization {

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int requestsEach = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        LocalRuntime runtime = startRuntime("large");
        String base = "http://localhost:" + runtime.port();
        String admin = token(base, "admin@large.test");
        String orgId = field(call(base, admin, "mutation { createOrganization(name: \"Large\") { id } }", Map.of()),
                "createOrganization");
        String berlin = berlin(base, admin);
        String pto = field(call(base, admin, "mutation { createLeaveType(name: \"PTO\", deductsFromAllowance: true, "
                + "requiresApproval: false, allowHalfDays: true) { id } }", Map.of()), "createLeaveType");
        // every tenth person's leave waits for a decision: the admins' queue holds a tenth of all requests
        String training = field(call(base, admin, "mutation { createLeaveType(name: \"Training\", "
                + "deductsFromAllowance: false, requiresApproval: true, allowHalfDays: true) { id } }", Map.of()),
                "createLeaveType");
        call(base, admin, "mutation($l: ID!, $t: ID!) { setLeavePolicy(locationId: $l, leaveTypeId: $t, "
                + "effectiveDate: \"2020-01-01\", annualAllowanceDays: 30, accrual: UPFRONT) { id } }",
                Map.of("l", berlin, "t", pto));

        String boss = field(call(base, admin, "mutation { addUser(email: \"boss@large.test\", name: \"Boss\", "
                + "role: APPROVER) { id } }", Map.of()), "addUser");
        String bossToken = token(base, "boss@large.test");

        // set-up: each person added, moved to Berlin (50 of those needing approval given the boss as approver),
        // then a year of requests of their own (one on 3 July)
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        List<String> tokens = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger commands = new AtomicInteger();
        long setUpStart = System.nanoTime();
        inParallel(clients, people, i -> {
            String email = "p" + i + "@large.test";
            String id = field(call(base, admin, "mutation($e: AWSEmail!, $n: String!) { addUser(email: $e, name: $n,"
                    + " role: MEMBER) { id } }", Map.of("e", email, "n", "Person " + i)), "addUser");
            call(base, admin, "mutation($u: ID!, $l: ID!) { moveUserToLocation(userId: $u, locationId: $l, "
                    + "effectiveDate: \"2025-01-01\") { id } }", Map.of("u", id, "l", berlin));
            String type = i % 10 == 0 ? training : pto;
            if (i % 10 == 0 && i < 500) {
                call(base, admin, "mutation($u: ID!, $a: ID!) { assignApprover(userId: $u, approverId: $a) { id } }",
                        Map.of("u", id, "a", boss));
                commands.incrementAndGet();
            }
            String token = token(base, email);
            for (int r = 0; r < requestsEach; r++) {
                LocalDate day = r == 0 ? LocalDate.of(2026, 7, 2) : LocalDate.of(2026, 2, 2).plusWeeks(r * 2L);
                call(base, token, "mutation($t: ID!, $s: AWSDate!, $e: AWSDate!) { requestLeave(leaveTypeId: $t, "
                        + "startDate: $s, endDate: $e) { id } }", Map.of("t", type, "s", day.toString(),
                        "e", (r == 0 ? day.plusDays(1) : day).toString()));
            }
            commands.addAndGet(2 + requestsEach);
            ids.add(id);
            tokens.add(token);
            return null;
        });
        double setUp = seconds(setUpStart);
        long catchUpStart = System.nanoTime();
        String last = ids.getLast();
        waitUntil(() -> call(base, admin, "query($u: ID) { leaveRequests(userId: $u) { id } }", Map.of("u", last))
                .path("data").path("leaveRequests").size() == requestsEach);
        System.out.printf("set-up: %d people, %d commands in %.1f s = %.0f commands/s; read side caught up %.1f s"
                + " after the last%n", people, commands.get(), setUp, commands.get() / setUp, seconds(catchUpStart));

        // paged queries: p50/p95 of each, every page of the directory
        timePages("usersPage (limit 100, every page)", base, admin, "query($n: String) { usersPage(limit: 100, "
                + "nextToken: $n) { items { id name } nextToken } }", "usersPage", Map.of(), 1);
        timePages("leaveRequestsPage (a person's)", base, tokens.getFirst(), "query($n: String) { leaveRequestsPage("
                + "limit: 100, nextToken: $n) { items { id days } nextToken } }", "leaveRequestsPage", Map.of(), 20);
        timePages("teamCalendarPage (July, limit 100)", base, admin, "query($n: String) { teamCalendarPage("
                + "from: \"2026-07-01\", to: \"2026-07-31\", limit: 100, nextToken: $n) { items { requestId } "
                + "nextToken } }", "teamCalendarPage", Map.of(), 1);
        timePages("historyPage (a person's)", base, admin, "query($n: String, $a: ID!) { historyPage(aggregateId: $a,"
                + " limit: 100, nextToken: $n) { items { version } nextToken } }", "historyPage", Map.of("a", last), 20);
        timePages("pendingApprovalsPage (an admin's: a tenth)", base, admin, "query($n: String) { pendingApprovalsPage("
                + "limit: 100, nextToken: $n) { items { id } nextToken } }", "pendingApprovalsPage", Map.of(), 3);
        timePages("pendingApprovalsPage (an approver's)", base, bossToken, "query($n: String) { pendingApprovalsPage("
                + "limit: 100, nextToken: $n) { items { id } nextToken } }", "pendingApprovalsPage", Map.of(), 20);

        // a holiday on Friday 3 July for everyone in Berlin, while one person keeps requesting leave
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        List<Long> fresh = Collections.synchronizedList(new ArrayList<>());
        // everyone's 2–3 July request arrives again, counting one day: heard, not polled for (polling 10,000 people
        // in a loop would compete with the fan-out it measures)
        Set<String> recounted = ConcurrentHashMap.newKeySet();
        WebSocket socket = PublicEndpoint.subscribeToRequests(runtime.port(), admin, orgId, (change, now) -> {
            if ("2026-07-02".equals(change.path("startDate").asText()) && change.path("days").asDouble() == 1.0) {
                recounted.add(change.path("id").asText());
            }
            Long sent = sentAt.remove(change.path("id").asText());
            if (sent != null) {
                fresh.add(now - sent);
            }
        });
        Thread.sleep(300);
        String requester = tokens.get(tokens.size() / 2);
        long holidayStart = System.nanoTime();
        call(base, admin, "mutation($l: ID!) { addHoliday(locationId: $l, date: \"2026-07-03\", name: \"Party\") "
                + "{ id } }", Map.of("l", berlin));
        ExecutorService probe = Executors.newSingleThreadExecutor();
        Future<?> requests = probe.submit(() -> {
            for (int i = 0; i < 40; i++) {
                LocalDate day = LocalDate.of(2026, 9, 1).plusDays(i);
                if (day.getDayOfWeek().getValue() < 6) {
                    long sent = System.nanoTime();
                    String id = field(call(base, requester, "mutation($t: ID!, $d: AWSDate!) { requestLeave("
                            + "leaveTypeId: $t, startDate: $d, endDate: $d) { id } }", Map.of("t", pto,
                            "d", day.toString())), "requestLeave");
                    sentAt.put(id, sent);
                }
                Thread.sleep(100);
            }
            return null;
        });
        waitUntil(() -> recounted.size() == people);
        double fanOut = seconds(holidayStart);
        if (!everyoneRecounted(base, admin, ids, clients)) {
            throw new IllegalStateException("every person's change was announced, yet the read side disagrees");
        }
        requests.get();
        probe.shutdown();
        Thread.sleep(1000);
        List<Long> sorted = new ArrayList<>(fresh);
        Collections.sort(sorted);
        System.out.printf("holiday for %d people: everyone's recounted request reached the subscriber %.1f s after it; meanwhile another person's"
                + " %d fresh requests reached the subscriber in p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                people, fanOut, sorted.size(), pct(sorted, 50), pct(sorted, 95), pct(sorted, 100));
        socket.abort();
        runtime.close();
        System.exit(0);
    }

    private static void timePages(String what, String base, String token, String query, String field,
                                  Map<String, Object> fixed, int rounds) {
        List<Long> times = new ArrayList<>();
        int pages = 0;
        for (int round = 0; round < rounds; round++) {
            String next = null;
            do {
                Map<String, Object> variables = new java.util.HashMap<>(fixed);
                variables.put("n", next);
                long start = System.nanoTime();
                JsonNode page = call(base, token, query, variables).path("data").path(field);
                times.add(System.nanoTime() - start);
                next = page.path("nextToken").isNull() ? null : page.path("nextToken").asText();
                pages++;
            } while (next != null);
        }
        Collections.sort(times);
        System.out.printf("%-40s %4d pages: p50 %5.1f ms, p95 %5.1f ms%n", what, pages, pct(times, 50), pct(times, 95));
    }

    /** Whether every person's request of 2–3 July counts 1 day now (3 July became a holiday). */
    private static boolean everyoneRecounted(String base, String admin, List<String> ids, int clients)
            throws Exception {
        AtomicInteger stale = new AtomicInteger();
        inParallel(clients, ids.size(), i -> {
            JsonNode requests = call(base, admin, "query($u: ID) { leaveRequests(userId: $u, from: \"2026-07-02\", "
                    + "to: \"2026-07-03\") { days } }", Map.of("u", ids.get(i))).path("data").path("leaveRequests");
            if (requests.isEmpty() || requests.get(0).path("days").asDouble() != 1.0) {
                stale.incrementAndGet();
            }
            return null;
        });
        return stale.get() == 0;
    }

    @FunctionalInterface
    private interface Check {
        boolean ok() throws Exception;
    }

    private static void waitUntil(Check check) throws Exception {
        while (!check.ok()) {
            Thread.sleep(200);
        }
    }

    @FunctionalInterface
    interface Work {
        Object run(int index) throws Exception;
    }

    static void inParallel(int threads, int count, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Object>> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            done.add(pool.submit(() -> work.run(index)));
        }
        for (Future<Object> f : done) {
            f.get();
        }
        pool.shutdown();
    }

    private static String field(JsonNode answer, String name) {
        return answer.path("data").path(name).path("id").asText();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
