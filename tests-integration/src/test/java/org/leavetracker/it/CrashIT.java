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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/**
 * kill -9 of the local runtime in the middle of a stream of mutations: after a restart on the same data directory,
 * every acknowledged mutation is there and the read side catches up from the stream checkpoint.
 */
class CrashIT {

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
    void no_acknowledged_mutation_is_lost_when_the_process_is_killed() throws Exception {
        Path dataDir = Files.createTempDirectory("leave-tracker-crash");
        int port = freePort();
        Process first = startRuntime(dataDir, port);
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        String token;
        try {
            System.setProperty("leave-tracker.url", "http://localhost:" + port);
            Api.Person ada = new Api(Target.start()).signIn("ada@crash.test");
            token = ada.token;
            ada.ok("mutation { createOrganization(name: \"Crashy\") { id } }");
            AtomicBoolean writing = new AtomicBoolean(true);
            Thread writer = new Thread(() -> {
                for (int i = 0; writing.get(); i++) {
                    try {
                        Map<String, Object> response = ada.call("mutation($n: String!) { createLeaveType(name: $n, "
                                + "deductsFromAllowance: false, requiresApproval: false, allowHalfDays: false) { id } }",
                                Map.of("n", "Type " + i));
                        if (response.get("errors") == null && response.get("data") != null) {
                            acknowledged.add("Type " + i);
                        }
                    } catch (RuntimeException connectionLost) {
                        return;
                    }
                }
            });
            writer.start();
            eventually(acknowledged::size, n -> n >= 25);
            first.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs
            writing.set(false);
            writer.join(10_000);
        } finally {
            System.clearProperty("leave-tracker.url");
            first.destroyForcibly();
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(25);

        try (Target second = Target.local(dataDir)) {
            Api.Person ada = new Api(second).new Person("ada@crash.test", token);
            List<Map<String, Object>> types = eventually(() -> ada.ok("{ leaveTypes { name } }"),
                    t -> ((List<?>) t).size() >= acknowledged.size());
            assertThat(types).extracting(t -> (String) t.get("name")).containsAll(List.copyOf(acknowledged));
            assertThat(second.runtime().deadLetters().all()).isEmpty();
        }
    }
}
