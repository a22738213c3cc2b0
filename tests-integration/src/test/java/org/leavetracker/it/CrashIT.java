package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leavetracker.it.Api.eventually;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} of the local runtime at random moments while several clients send a bounded stream of 1,000
 * mutations: after each restart on the same data directory, every acknowledged mutation is in the events table and
 * reflected in the read side exactly once, and a mutation whose answer was lost in the kill is there at most once.
 */
class CrashIT {

    private static final int MUTATIONS = 1_000;
    private static final int CLIENTS = 3;
    private static final int KILLS = 3;

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Process startRuntime(Path dataDir, int port) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), "org.leavetracker.local.LocalRuntime",
                "--port", Integer.toString(port), "--data-dir", dataDir.toString(), "--today", "2026-06-15")
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (String line = out.readLine(); line != null && System.nanoTime() < deadline; line = out.readLine()) {
            if (line.contains("is running")) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return process;
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the local runtime did not start");
    }

    @Test
    void no_acknowledged_mutation_is_lost_or_doubled_when_the_process_is_killed_at_random() throws Exception {
        Path dataDir = Files.createTempDirectory("leave-tracker-crash");
        int port = freePort();
        long seed = System.nanoTime();
        Random random = new Random(seed);
        System.out.println("CrashIT: " + MUTATIONS + " mutations from " + CLIENTS + " clients, " + KILLS
                + " kills at random moments (seed " + seed + ")");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> inDoubt = ConcurrentHashMap.newKeySet();
        AtomicInteger sent = new AtomicInteger();
        String token;
        Process runtime = startRuntime(dataDir, port);
        try {
            System.setProperty("leave-tracker.url", "http://localhost:" + port);
            Api.Person ada = new Api(Target.start()).signIn("ada@crash.test");
            token = ada.token;
            ada.ok("mutation { createOrganization(name: \"Crashy\") { id } }");
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                Thread thread = new Thread(() -> {
                    for (int n = sent.getAndIncrement(); n < MUTATIONS; n = sent.getAndIncrement()) {
                        String name = "Type " + client + "-" + n;
                        while (true) {
                            try {
                                Map<String, Object> response = ada.call("mutation($n: String!) { createLeaveType("
                                        + "name: $n, deductsFromAllowance: false, requiresApproval: false, "
                                        + "allowHalfDays: false) { id } }", Map.of("n", name));
                                (response.get("errors") == null && response.get("data") != null ? acknowledged
                                        : inDoubt).add(name);
                                break;
                            } catch (RuntimeException failed) {
                                if (!refused(failed)) {
                                    inDoubt.add(name); // sent into a dying process: applied or not, unanswered
                                    break;
                                }
                                sleepQuietly(100); // the runtime is restarting; nothing was sent: try again
                            }
                        }
                    }
                });
                thread.start();
                clients.add(thread);
            }
            for (int kill = 1; kill <= KILLS; kill++) {
                int killAt = MUTATIONS * kill / (KILLS + 1) + random.nextInt(MUTATIONS / (KILLS + 2));
                eventually(sent::get, n -> n >= killAt);
                runtime.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs
                System.out.println("CrashIT: killed after " + sent.get() + " sent, " + acknowledged.size()
                        + " acknowledged");
                runtime = startRuntime(dataDir, port);
            }
            for (Thread client : clients) {
                client.join(TimeUnit.MINUTES.toMillis(3));
            }
        } finally {
            System.clearProperty("leave-tracker.url");
            runtime.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        System.out.println("CrashIT: " + acknowledged.size() + " acknowledged, " + inDoubt.size() + " in doubt");
        assertThat(acknowledged.size() + inDoubt.size()).isEqualTo(MUTATIONS);
        assertThat(acknowledged).hasSizeGreaterThan(MUTATIONS / 2);

        try (Target after = Target.local(dataDir)) {
            Api.Person ada = new Api(after).new Person("ada@crash.test", token);
            List<Map<String, Object>> types = eventually(() -> ada.ok("{ leaveTypes { name } }"),
                    t -> ((List<?>) t).size() >= acknowledged.size());
            List<String> names = types.stream().map(t -> (String) t.get("name")).toList();
            Map<String, Long> counts = names.stream().collect(Collectors.groupingBy(n -> n, Collectors.counting()));
            assertThat(counts).as("nothing twice").allSatisfy((name, count) -> assertThat(count).isEqualTo(1L));
            assertThat(names).as("every acknowledged mutation").containsAll(acknowledged);
            assertThat(Collections.unmodifiableSet(inDoubt)).as("and nothing else")
                    .containsAll(names.stream().filter(n -> !acknowledged.contains(n)).toList());
            List<?> events = ada.ok("query($id: ID!) { history(aggregateId: $id) { version } }",
                    Map.of("id", ada.<Map<String, Object>>ok("{ organization { id } }").get("id")));
            assertThat(events).as("one event per leave type, plus the organization's creation")
                    .hasSize(names.size() + 1);
            assertThat(after.runtime().deadLetters().all()).isEmpty();
        }
    }

    /** The connection was refused: the mutation never reached a server. */
    private static boolean refused(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException) {
                return true;
            }
        }
        return false;
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
