package org.leavetracker.infra;

import java.util.List;

import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.lambda.Code;

/**
 * The stack as the tests synthesize it: every option set, so every optional resource is there to check, in
 * eu-west-1 with its edge stack in us-east-1, as {@link LeaveTrackerApp} builds them.
 */
final class TestStacks {

    static final String ACCOUNT = "123456789012";

    private TestStacks() {
    }

    static LeaveTrackerStack everythingConfigured(App app) {
        return everythingConfigured(app, StackNames.DEFAULT_PREFIX);
    }

    static LeaveTrackerStack everythingConfigured(App app, String prefix) {
        StackNames names = new StackNames(prefix);
        EdgeStack edge = new EdgeStack(app, names, ACCOUNT, prefix);
        return new LeaveTrackerStack(app, names.main(), StackProps.builder()
                .env(Environment.builder().account(ACCOUNT).region("eu-west-1").build())
                .crossRegionReferences(true).build(),
                LambdaPackages.built(),
                new LeaveTrackerStack.Options(prefix, "ops@example.com", "https://leave.example.com",
                        "leave@example.com", new SignIn.Config(prefix.replace("leave-tracker-", "") + "acme-leave", List.of("https://leave.example.com/"),
                                LeaveTrackerApp.providers("""
                                        {"google": {"clientId": "g-id", "clientSecretName": "leave/google"},
                                         "oidc": {"name": "Okta", "clientId": "o-id", "clientSecretName": "leave/okta",
                                                  "issuerUrl": "https://acme.okta.example"},
                                         "saml": {"name": "EntraID", "metadataUrl": "https://login.example/metadata"}}
                                        """), "leave@example.com", true, true, List.of("acme.example")),
                        "leave/slack", new LeaveTrackerStack.Edge(false, "leave.acme.example",
                        "arn:aws:acm:us-east-1:123456789012:certificate/abc", "eu-central-1",
                        edge.firewall().arn())));
    }
}
