package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web app's stories (web/e2e, Playwright) in Debian's Chromium, and Amplify JS v6 in Node, against the
 * application: by default the local runtime started here. Playwright's own test runner drives them; this class gives
 * them the runtime, the local certificate to trust and Node 20's WebSocket, and fails with their report.
 */
class WebAppBrowserIT {

    private static final Path WEB = Path.of("..", "web").toAbsolutePath().normalize();
    private static Target target;

    @BeforeAll
    static void start() throws Exception {
        target = Target.start();
    }

    @AfterAll
    static void stop() throws Exception {
        target.close();
    }

    @Test
    void the_browser_stories_and_amplify_pass() throws Exception {
        Process find = new ProcessBuilder(WEB.resolveSibling("bin").resolve("ensure-chromium").toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String chromium = new String(find.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(find.waitFor()).as("a Chromium for the browser stories (bin/ensure-chromium)").isZero();
        Path log = Path.of("target", "playwright.log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        ProcessBuilder playwright = new ProcessBuilder(List.of("npx", "playwright", "test"))
                .directory(WEB.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = playwright.environment();
        env.put("LEAVE_TRACKER_URL", target.baseUrl);
        env.put("LEAVE_TRACKER_TODAY", Target.TODAY.toString());
        env.put("CHROMIUM_PATH", chromium);
        env.put("NODE_OPTIONS", "--experimental-websocket");
        env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        if (target.isLocal()) {
            env.put("NODE_EXTRA_CA_CERTS", target.runtime().certificatePem().toString());
        }
        Process process = playwright.start();
        boolean finished = process.waitFor(15, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String report = read(log);
        System.out.println(report);
        assertThat(finished).as("Playwright finished within 15 minutes:\n" + report).isTrue();
        assertThat(process.exitValue()).as("Playwright's report:\n" + report).isZero();
        assertThat(report).as("every story ran").doesNotContain("skipped").contains("passed");
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no output)";
    }
}
