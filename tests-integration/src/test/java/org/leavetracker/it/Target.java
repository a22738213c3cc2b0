package org.leavetracker.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.leavetracker.local.LocalOptions;
import org.leavetracker.local.LocalRuntime;

/**
 * The application under test. By default a local runtime started in this JVM on a free port, with a temporary data
 * directory and "today" pinned to 2026-06-15. With LEAVE_TRACKER_URL (or -Dleave-tracker.url) set, that running
 * application instead — another local runtime, or a stack whose endpoint offers the same API.
 */
final class Target implements AutoCloseable {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    final String baseUrl;
    private final LocalRuntime runtime;
    final Path dataDir;

    private Target(String baseUrl, LocalRuntime runtime, Path dataDir) {
        this.baseUrl = baseUrl;
        this.runtime = runtime;
        this.dataDir = dataDir;
    }

    static Target start() throws Exception {
        String given = System.getProperty("leave-tracker.url", System.getenv("LEAVE_TRACKER_URL"));
        if (given != null && !given.isBlank()) {
            return new Target(given.replaceAll("/+$", ""), null, null);
        }
        Path dataDir = Files.createTempDirectory("leave-tracker-it");
        return local(dataDir);
    }

    static Target local(Path dataDir) throws Exception {
        return local(new LocalOptions(0, dataDir, TODAY).withLoopbackWebhooks()); // the receivers are on loopback
    }

    static Target local(LocalOptions options) throws Exception {
        LocalRuntime runtime = LocalRuntime.start(options);
        Path dataDir = options.dataDir();
        return new Target("http://localhost:" + runtime.port(), runtime, dataDir);
    }

    boolean isLocal() {
        return runtime != null;
    }

    String graphqlUrl() {
        return baseUrl + "/graphql";
    }

    String wsUrl() {
        return baseUrl.replaceFirst("^http", "ws") + "/graphql";
    }

    String realtimeUrl() {
        return baseUrl.replaceFirst("^http", "ws") + "/graphql/realtime";
    }

    LocalRuntime runtime() {
        return runtime;
    }

    @Override
    public void close() throws Exception {
        if (runtime != null) {
            runtime.close();
        }
    }
}
