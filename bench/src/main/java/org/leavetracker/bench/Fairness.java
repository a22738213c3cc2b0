package org.leavetracker.bench;

import static org.leavetracker.bench.PublicEndpoint.HTTP;
import static org.leavetracker.bench.PublicEndpoint.JSON;
import static org.leavetracker.bench.PublicEndpoint.call;
import static org.leavetracker.bench.PublicEndpoint.pct;
import static org.leavetracker.bench.PublicEndpoint.startRuntime;
import static org.leavetracker.bench.PublicEndpoint.token;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.leavetracker.local.LocalRuntime;

/**
 * Two organizations side by side on the local runtime (issue 29): a polite one, one person requesting leave four
 * times a second with an admin watching live, measured alone and then while the other organization floods, its
 * people each sending commands as fast as they are answered. Reports the polite person's answer times and the push
 * latency (mutation to subscription message) before and during the flood, and how much of the flood was served.
 * Run: {@code bench/run Fairness [floodClients=16] [seconds=15]}
 */
public final class Fairness {

    private static final String REQUEST = "mutation($t: ID!, $d: AWSDate!) { requestLeave(leaveTypeId: $t, "
            + "startDate: $d, endDate: $d) { id } }";

    private record Org(String admin, String orgId, String sick, List<String> people) {
    }

    public static void main(String[] args) throws Exception {
        int floodClients = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        LocalRuntime runtime = startRuntime("fair");
        String base = "http://localhost:" + runtime.port();
        Org polite = organization(base, "polite", 1);
        Org flood = organization(base, "flood", floodClients);

        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        List<Long> pushes = Collections.synchronizedList(new ArrayList<>());
        WebSocket socket = PublicEndpoint.subscribeToRequests(runtime.port(), polite.admin(), polite.orgId(),
                (change, now) -> {
                    Long sent = sentAt.remove(change.path("startDate").asText());
                    if (sent != null) {
                        pushes.add(now - sent);
                    }
                });
        AtomicInteger day = new AtomicInteger();
        List<Long> alone = new ArrayList<>();
        politely(base, polite, seconds, day, sentAt, alone);
        List<Long> pushesAlone = drain(pushes);

        AtomicBoolean flooding = new AtomicBoolean(true);
        AtomicInteger served = new AtomicInteger();
        AtomicInteger limited = new AtomicInteger();
        ExecutorService floodPool = Executors.newFixedThreadPool(floodClients);
        for (int c = 0; c < floodClients; c++) {
            String token = flood.people().get(c);
            int client = c;
            floodPool.submit(() -> {
                int mine = 0;
                while (flooding.get()) {
                    // each client its own dates, never overlapping (1,000 days each, all inside the date window)
                    String date = LocalDate.of(2030, 1, 1).plusDays(client * 1_000L + mine++ % 1_000).toString();
                    String answer = raw(base, token, REQUEST, Map.of("t", flood.sick(), "d", date));
                    if (answer.contains("RATE_LIMITED")) {
                        limited.incrementAndGet();
                    } else if (!answer.contains("errors")) {
                        served.incrementAndGet();
                    }
                }
            });
        }
        Thread.sleep(2_000); // the flood under way
        List<Long> during = new ArrayList<>();
        politely(base, polite, seconds, day, sentAt, during);
        flooding.set(false);
        floodPool.shutdown();
        floodPool.awaitTermination(30, TimeUnit.SECONDS);
        List<Long> pushesDuring = drain(pushes);
        socket.abort();

        report("polite answers, alone", alone);
        report("polite pushes, alone", pushesAlone);
        report("polite answers, during the flood", during);
        report("polite pushes, during the flood", pushesDuring);
        System.out.printf("flood: %d clients, %d commands served, %d answered RATE_LIMITED in %d s%n", floodClients,
                served.get(), limited.get(), seconds + 2);
        runtime.close();
        System.exit(0);
    }

    /** The polite person: one request every 250 ms, its answer time recorded, its push awaited by the admin. */
    private static void politely(String base, Org polite, int seconds, AtomicInteger day, Map<String, Long> sentAt,
                                 List<Long> answers) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            String date = LocalDate.of(2027, 1, 1).plusDays(day.getAndIncrement()).toString();
            long sent = System.nanoTime();
            sentAt.put(date, sent);
            call(base, polite.people().getFirst(), REQUEST, Map.of("t", polite.sick(), "d", date));
            answers.add(System.nanoTime() - sent);
            Thread.sleep(250);
        }
        Thread.sleep(3_000); // the last pushes arrive
    }

    private static List<Long> drain(List<Long> pushes) {
        synchronized (pushes) {
            List<Long> copy = new ArrayList<>(pushes);
            pushes.clear();
            return copy;
        }
    }

    private static void report(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("%-36s n=%4d  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n", what, sorted.size(),
                pct(sorted, 50), pct(sorted, 99), sorted.isEmpty() ? Double.NaN : sorted.getLast() / 1e6);
    }

    private static String raw(String base, String token, String query, Map<String, Object> variables) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/graphql")).header("Authorization", token)
                    .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            JSON.writeValueAsString(Map.of("query", query, "variables", variables)))).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static Org organization(String base, String name, int people) throws Exception {
        String admin = token(base, "admin@" + name + ".test");
        String orgId = call(base, admin, "mutation($n: String!) { createOrganization(name: $n) { id } }",
                Map.of("n", name)).path("data").path("createOrganization").path("id").asText();
        PublicEndpoint.Site site = PublicEndpoint.everydaySite(base, admin);
        String location = site.locationId();
        String sick = site.sickTypeId();
        List<String> tokens = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            String email = "p" + p + "@" + name + ".test";
            String id = call(base, admin, "mutation($e: AWSEmail!) { addUser(email: $e, name: \"P\", role: MEMBER) "
                    + "{ id } }", Map.of("e", email)).path("data").path("addUser").path("id").asText();
            call(base, admin, "mutation($u: ID!, $l: ID!) { moveUserToLocation(userId: $u, locationId: $l, "
                    + "effectiveDate: \"2020-01-01\") { id } }", Map.of("u", id, "l", location));
            tokens.add(token(base, email));
        }
        return new Org(admin, orgId, sick, tokens);
    }
}
