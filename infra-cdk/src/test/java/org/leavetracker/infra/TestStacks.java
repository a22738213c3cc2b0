package org.leavetracker.infra;

import java.util.List;

import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.lambda.Code;

/** The stack as the tests synthesize it: every option set, so every optional resource is there to check. */
final class TestStacks {

    private TestStacks() {
    }

    static LeaveTrackerStack everythingConfigured(App app) {
        return new LeaveTrackerStack(app, "LeaveTracker", StackProps.builder().build(),
                Code.fromAsset(LeaveTrackerApp.lambdaPackage("lambda").toString()),
                Code.fromAsset(LeaveTrackerApp.lambdaPackage("slack").toString()),
                new LeaveTrackerStack.Options("leave-tracker-", "ops@example.com", "https://leave.example.com",
                        "leave@example.com", new SignIn.Config("acme-leave", List.of("https://leave.example.com/"),
                                LeaveTrackerApp.providers("""
                                        {"google": {"clientId": "g-id", "clientSecretName": "leave/google"},
                                         "oidc": {"name": "Okta", "clientId": "o-id", "clientSecretName": "leave/okta",
                                                  "issuerUrl": "https://acme.okta.example"},
                                         "saml": {"name": "EntraID", "metadataUrl": "https://login.example/metadata"}}
                                        """), "leave@example.com", true), "leave/slack"));
    }
}
