package org.leavetracker.bench;

import static org.leavetracker.bench.PublicEndpoint.HTTP;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.leavetracker.local.LocalRuntime;

/**
 * Load on the local runtime through its public endpoints: start-up time to the first answer, commands per second
 * with N concurrent clients, and mutation → subscription-message latency (p50/p95/p99) at a fixed rate.
 * Run: {@code bench/run LocalLoad [clients=8] [commands=2000] [rate=50] [seconds=20]}
 */
public final class LocalLoad {

    private static final AtomicInteger received = new AtomicInteger();
    private static final String REQUEST = "mutation($t: ID!, $d: AWSDate!) { requestLeave(leaveTypeId: $t, "
            + "startDate: $d, endDate: $d) { id } }";

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int commands = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;

        long t0 = System.nanoTime();
        LocalRuntime runtime = startRuntime("load");
        String base = "http://localhost:" + runtime.port();
        String admin = token(base, "admin@load.test");
        call(base, admin, "{ me { id } }", Map.of());
        System.out.printf("start-up to first answer: %d ms%n", (System.nanoTime() - t0) / 1_000_000);

        String orgId = call(base, admin, "mutation { createOrganization(name: \"Load\") { id } }", Map.of())
                .path("data").path("createOrganization").path("id").asText();
        PublicEndpoint.Site site = PublicEndpoint.everydaySite(base, admin);
        String location = site.locationId();
        String sick = site.sickTypeId();
        List<String> people = new ArrayList<>();
        for (int c = 0; c <= clients; c++) {
            String email = "p" + c + "@load.test";
            String id = call(base, admin, "mutation($e: AWSEmail!) { addUser(email: $e, name: \"P\", role: MEMBER) "
                    + "{ id } }", Map.of("e", email)).path("data").path("addUser").path("id").asText();
            call(base, admin, "mutation($u: ID!, $l: ID!) { moveUserToLocation(userId: $u, locationId: $l, "
                    + "effectiveDate: \"2020-01-01\") { id } }", Map.of("u", id, "l", location));
            people.add(token(base, email));
        }

        // throughput: each client requests one-day sick leave on its own distinct dates (no contention)
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            String token = people.get(c);
            int client = c;
            done.add(pool.submit(() -> {
                int mine = 0;
                while (next.getAndIncrement() < commands) {
                    call(base, token, REQUEST, Map.of("t", sick, "d", LocalDate.of(2027, 1, 1)
                            .plusDays(mine++ * 1L).toString()));
                }
                return client;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds1 = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf("%d clients: %d commands in %.1f s = %.0f commands/s%n", clients, commands, seconds1,
                commands / seconds1);

        // latency: one subscriber, one client at a fixed rate
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        WebSocket socket = PublicEndpoint.subscribeToRequests(runtime.port(), admin, orgId, (change, now) -> {
            received.incrementAndGet();
            Long sent = sentAt.remove(change.path("startDate").asText());
            if (sent != null) {
                latencies.add(now - sent);
            }
        });
        // let the pipeline drain the throughput phase's backlog first: wait for a quiet second and a half
        for (int quiet = received.get(), polls = 0; polls < 120; polls++) {
            Thread.sleep(1500);
            if (received.get() == quiet) {
                break;
            }
            quiet = received.get();
        }
        String token = people.get(clients);
        long interval = 1_000_000_000L / rate;
        long begin = System.nanoTime();
        for (int i = 0; i < rate * seconds; i++) {
            long due = begin + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            // keyed by the request's date, recorded before sending: the message may beat the HTTP answer
            String date = LocalDate.of(2030, 1, 1).plusDays(i).toString();
            sentAt.put(date, System.nanoTime());
            call(base, token, REQUEST, Map.of("t", sick, "d", date));
        }
        Thread.sleep(2000);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("latency mutation -> subscription message at %d/s, %d messages of %d: p50 %.1f ms, "
                        + "p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", rate, sorted.size(), rate * seconds,
                pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted.isEmpty() ? 0 : sorted.getLast() / 1e6);
        socket.abort();
        runtime.close();
        System.exit(0);
    }
}
