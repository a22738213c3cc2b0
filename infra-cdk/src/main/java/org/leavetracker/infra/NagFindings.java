package org.leavetracker.infra;

import java.util.List;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import software.amazon.awscdk.Stack;

/**
 * The cdk-nag AwsSolutions findings this stack accepts, each with the reason. Anything not listed here fails the
 * tests (CdkNagTest).
 */
final class NagFindings {

    private NagFindings() {
    }

    static void acceptWithReasons(Stack stack) {
        NagSuppressions.addStackSuppressions(stack, List.of(
                accept("AwsSolutions-L1", "SPEC §7 fixes the runtime at java21 (the Lambda runtime the code is "
                        + "compiled for with --release 21); moving to a newer Java runtime is a deliberate upgrade."),
                accept("AwsSolutions-IAM4", "The only AWS managed policies are AWSLambdaBasicExecutionRole (write "
                        + "to the function's own log group) and AWSAppSyncPushToCloudWatchLogs (AppSync's own logs): "
                        + "logging permissions, no data access."),
                accept("AwsSolutions-IAM5", "Wildcards are limited to the index/* ARNs of this stack's own tables "
                        + "(queries on their GSIs) and to CDK's log-retention helper; no data action has a * resource."),
                accept("AwsSolutions-SQS3", "These queues are the dead-letter queues of the stream and the rule "
                        + "targets: a DLQ of a DLQ would only hide failures; each has an alarm on any message."),
                accept("AwsSolutions-S1", "Uploads are written and read only through short-lived presigned URLs "
                        + "that the API issues and logs, and the other bucket holds CloudFront's access logs (logs of "
                        + "a log bucket would only repeat them); enable server access logs if your compliance asks."),
                accept("AwsSolutions-COG3", "Cognito threat protection (advanced security) is a paid feature plan; "
                        + "the deploying company decides. Self sign-up is off and passwords are strong."),
                accept("AwsSolutions-CFR4", "Without a custom domain the distribution uses CloudFront's default "
                        + "*.cloudfront.net certificate, whose security policy CloudFront fixes; browsers negotiate "
                        + "TLS 1.2 or 1.3 with it. With webDomain and webCertificateArn the stack sets TLSv1.2_2021."),
                accept("AwsSolutions-SMG4", "Every webhook endpoint's signing secret is derived from this key: "
                        + "rotating it would break every receiver at once. A company rotates by registering its "
                        + "endpoints again after replacing the secret (docs/decisions/0016).")));
    }

    private static NagPackSuppression accept(String id, String reason) {
        return NagPackSuppression.builder().id(id).reason(reason).build();
    }
}
