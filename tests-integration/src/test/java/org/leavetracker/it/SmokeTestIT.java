package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The operator's smoke test, bin/smoke-test, exactly as an operator runs it after a deploy, against the application
 * (by default the local runtime started here): every step must pass, one line each.
 */
class SmokeTestIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void the_operator_s_smoke_test_passes_against_the_running_application() throws Exception {
        try (Target target = Target.start()) {
            ProcessBuilder smoke = new ProcessBuilder(List.of(ROOT.resolve("bin/smoke-test").toString(),
                    target.baseUrl)).directory(ROOT.toFile()).redirectErrorStream(true);
            if (target.isLocal()) {
                // the runtime's data directory holds the certificate its wss:// endpoint presents
                smoke.environment().put("LEAVE_TRACKER_DATA_DIR",
                        target.runtime().certificatePem().toAbsolutePath().getParent().getParent().toString());
            }
            Process process = smoke.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            boolean finished = process.waitFor(5, TimeUnit.MINUTES);
            System.out.println(output);
            assertThat(finished).as("bin/smoke-test finished").isTrue();
            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output).contains("ok    the subscription delivered both changes (PENDING, APPROVED)",
                    "ok    the member's calendar feed lists the leave", "ok    a CSV report of the period holds the request",
                    "smoke test passed").doesNotContain("FAIL");
        }
    }
}
