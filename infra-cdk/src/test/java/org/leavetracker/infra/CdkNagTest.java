package org.leavetracker.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.cxapi.SynthesisMessage;

/** cdk-nag's AwsSolutions pack over both stacks: no finding without a written suppression. */
class CdkNagTest {

    @Test
    void the_stack_has_no_unsuppressed_aws_solutions_finding() {
        App app = new App();
        LeaveTrackerStack stack = TestStacks.everythingConfigured(app);
        Aspects.of(app).add(AwsSolutionsChecks.Builder.create().verbose(true).build());
        app.synth();

        for (software.amazon.awscdk.Stack checked : List.of(stack,
                (software.amazon.awscdk.Stack) app.getNode().findChild("LeaveTracker-edge"))) {
            List<SynthesisMessage> errors = Annotations.fromStack(checked)
                    .findError("*", Match.stringLikeRegexp("AwsSolutions-.*"));
            assertThat(errors).extracting(e -> e.getId() + ": " + e.getEntry().getData()).isEmpty();
        }
    }
}
