package org.leavetracker.infra;

import java.util.List;
import java.util.Map;

import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.Code;
import software.constructs.Construct;

/**
 * SPEC §8 calendars and out-of-office: the rule target that writes to people's calendars and replies, and the
 * connection test the resolver invokes; both in their own package, the only one with Google's and Microsoft's client
 * libraries. Each organization's credentials are one Secrets Manager secret under {@link #secretsPrefix}: the
 * resolver may create, replace and delete them, the two functions only read them; none is in the template.
 */
final class CalendarDeliveries extends Construct {

    /**
     * At most this many deliveries at once: a 10,000-person holiday-season backlog is then drained within the
     * providers' published limits (Graph: 4 concurrent requests per mailbox, 10,000 per 10 minutes; Google Calendar:
     * per-user and per-project queries per minute), and 429s are waited out (docs/OPERATIONS.md).
     */
    static final int CONCURRENCY = 4;

    final JavaFunction deliveries;
    final JavaFunction check;
    private final String secretsPrefix;

    CalendarDeliveries(Construct scope, String id, Code code, Map<String, String> environment, DataTables tables,
                       String tablePrefix) {
        super(scope, id);
        secretsPrefix = tablePrefix + "calendar/";
        deliveries = new JavaFunction(this, "DeliveryFunction", code,
                "org.leavetracker.functions.outofoffice.CalendarDeliveryHandler::handleRequest", Duration.seconds(300),
                environment, Functions.IO);
        deliveries.reserve(CONCURRENCY);
        check = new JavaFunction(this, "CheckFunction", code,
                "org.leavetracker.functions.outofoffice.CalendarCheckHandler::handleRequest", Duration.seconds(30),
                environment, Functions.IO);
        tables.grantReads(check, false);
        tables.grantReads(deliveries, true); // the delivery log lives in the read table
        tables.grantCommands(deliveries); // the provider ids live in the keys table
        for (JavaFunction function : List.of(deliveries, check)) {
            function.function().addEnvironment("CALENDAR_SECRETS_PREFIX", secretsPrefix);
            function.function().addToRolePolicy(secrets("secretsmanager:GetSecretValue"));
        }
    }

    /** The resolver keeps the credentials an admin gives and asks the check function for a test. */
    void managedBy(JavaFunction resolver) {
        resolver.function().addEnvironment("CALENDAR_SECRETS_PREFIX", secretsPrefix);
        resolver.function().addEnvironment("CALENDAR_CHECK_FUNCTION", check.live().getFunctionArn());
        resolver.function().addToRolePolicy(secrets("secretsmanager:CreateSecret", "secretsmanager:PutSecretValue",
                "secretsmanager:DeleteSecret", "secretsmanager:DescribeSecret"));
        check.live().grantInvoke(resolver.function());
    }

    private PolicyStatement secrets(String... actions) {
        return PolicyStatement.Builder.create().actions(List.of(actions))
                .resources(List.of(Stack.of(this).formatArn(ArnComponents.builder().service("secretsmanager")
                        .resource("secret").arnFormat(ArnFormat.COLON_RESOURCE_NAME)
                        .resourceName(secretsPrefix + "*").build())))
                .build();
    }
}
