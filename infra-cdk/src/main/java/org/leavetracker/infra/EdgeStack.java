package org.leavetracker.infra;

import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.constructs.Construct;

/**
 * What CloudFront accepts only from us-east-1, for a deployment in another region: the web app's web ACL. The
 * application's stack reads its ARN through CDK's cross-region references (an SSM parameter CDK writes and reads).
 */
final class EdgeStack extends Stack {

    static final String REGION = "us-east-1";

    private final WebFirewall firewall;

    EdgeStack(Construct scope, StackNames names, String account, String prefix) {
        super(scope, names.edge(), StackProps.builder()
                .env(Environment.builder().account(account).region(REGION).build())
                .crossRegionReferences(true)
                .description("Leave Tracker: the web app's CloudFront web ACL (CloudFront takes it from us-east-1)")
                .build());
        this.firewall = new WebFirewall(this, "WebFirewall", prefix, WebFirewall.Scope.CLOUDFRONT,
                WebFirewall.WEB_REQUESTS_PER_5_MINUTES);
    }

    WebFirewall firewall() {
        return firewall;
    }
}
