package org.leavetracker.infra;

import java.util.List;
import java.util.Map;

import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.appsync.GraphqlApi;
import software.amazon.awscdk.services.events.IEventBus;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.FunctionUrl;
import software.amazon.awscdk.services.lambda.FunctionUrlAuthType;
import software.amazon.awscdk.services.lambda.FunctionUrlOptions;
import software.constructs.Construct;

/**
 * The Lambda handlers of the functions jar, each with the table access it needs and nothing more: the resolver writes
 * commands, only the projection writes read items, the others read. The stack adds this construct under the id
 * "Default", which CDK leaves out of logical ids, so the functions keep the ids they had when the stack built them.
 */
final class Functions extends Construct {

    private static final String PACKAGE = "org.leavetracker.functions.";

    /*
     * Memory, from a measurement (docs/PERFORMANCE.md, "Memory of the functions"): the whole application, every
     * handler and DynamoDB Local in one JVM, ran 2,000 commands and 1,000 live updates in a 160 MB heap, 85 MB live at
     * most. So no function needs more than 512 MB for its memory; more is bought only for CPU, which Lambda gives in
     * proportion (1,769 MB = one vCPU): where a person waits on it, and for the rebuild's parallel recomputation.
     */
    /** Waiting on I/O (the bus, SES, a webhook receiver, a feed read): memory for the JVM, not CPU. */
    static final int IO = 512;
    /** A person waits on it (the resolver) or it recomputes balances for many (the projection). */
    static final int LATENCY = 1024;
    /** The rebuild: CPU-bound recomputation on 8 threads, a full vCPU. */
    static final int FULL_CPU = 1769;

    /** A calendar app polls a feed every few hours; 10 at once serve thousands of people (docs/OPERATIONS.md). */
    static final int CALENDAR_FEED_CONCURRENCY = 10;
    /**
     * An identity provider pushes its changes a few at a time (Okta: up to 5 connections per app, Entra ID: one
     * cycle per app at a time); 10 at once keep a 10,000-person initial push moving and cap what a leaked token can
     * spend. Within it, each organization has the GraphQL API's bulkhead (decision 0033).
     */
    static final int SCIM_CONCURRENCY = 10;

    final JavaFunction resolver;
    final JavaFunction forwarder;
    final JavaFunction projection;
    final JavaFunction notifier;
    final JavaFunction calendarFeed;
    final JavaFunction scim;
    final JavaFunction webhooks;
    final JavaFunction redrive;
    final JavaFunction rebuild;
    /** Once a day: each organization's retention period erases its long-gone leavers (SPEC §3.10). */
    final JavaFunction retention;
    /** The operator's one-off sealing of personal fields written in clear (docs/OPERATIONS.md), by hand only. */
    final JavaFunction sealing;
    /** Public by design: calendar apps cannot sign requests; the secret in the path is the credential. */
    final FunctionUrl calendarFeedUrl;
    /**
     * Public by design: identity providers call with a bearer token, not AWS credentials. Not behind the web app's
     * distribution, whose 403/404-to-index.html answers would turn SCIM's 404s into 200s (decision 0033).
     */
    final FunctionUrl scimUrl;

    Functions(Construct scope, String id, LambdaPackages code, Map<String, String> environment, DataTables tables) {
        super(scope, id);
        resolver = handler("ResolverFunction", "api.ApiHandler", Duration.seconds(15), code.api(), environment, LATENCY);
        forwarder = handler("ForwarderFunction", "pipeline.StreamForwarderHandler", Duration.seconds(60), code.pipeline(),
                environment, IO);
        projection = handler("ProjectionFunction", "pipeline.ProjectionHandler", Duration.seconds(60), code.pipeline(),
                environment, LATENCY);
        notifier = handler("NotificationFunction", "pipeline.NotificationHandler", Duration.seconds(60), code.pipeline(),
                environment, IO);
        calendarFeed = handler("CalendarFeedFunction", "calendar.CalendarFeedHandler", Duration.seconds(15), code.feeds(),
                environment, IO);
        calendarFeed.reserve(CALENDAR_FEED_CONCURRENCY);
        calendarFeedUrl = calendarFeed.live().addFunctionUrl(FunctionUrlOptions.builder()
                .authType(FunctionUrlAuthType.NONE).build());
        resolver.function().addEnvironment("CALENDAR_BASE_URL", calendarFeedUrl.getUrl());
        scim = handler("ScimFunction", "scim.ScimHandler", Duration.seconds(30), code.api(), environment, LATENCY);
        scim.reserve(SCIM_CONCURRENCY);
        scimUrl = scim.live().addFunctionUrl(FunctionUrlOptions.builder().authType(FunctionUrlAuthType.NONE).build());
        // the Function URL ends with a slash; the admin's Set-up page shows this address to paste into the provider
        resolver.function().addEnvironment("SCIM_URL", Fn.join("", List.of(scimUrl.getUrl(), "scim/v2")));
        tables.grantCommands(scim);
        tables.grantCommands(resolver);
        tables.grantReads(projection, true);
        tables.grantReads(calendarFeed, false);
        tables.grantReads(notifier, false);
        webhooks = handler("WebhookFunction", "webhook.WebhookDeliveryHandler", Duration.seconds(120), code.pipeline(),
                environment, IO);
        tables.grantReads(webhooks, true); // the delivery log lives in the read table
        // the operator's redrive of the consumers' failure queues (docs/OPERATIONS.md), invoked by hand only
        redrive = handler("RedriveFunction", "maintenance.RedriveHandler", Duration.minutes(15), code.operations(), environment, IO);
        // the operator's resumable read-side rebuild (docs/OPERATIONS.md), invoked by hand only: it scans the events
        rebuild = handler("RebuildFunction", "maintenance.RebuildHandler", Duration.minutes(15), code.operations(), environment, FULL_CPU);
        tables.grantRebuild(rebuild);
        retention = handler("RetentionFunction", "maintenance.RetentionHandler", Duration.minutes(15),
                code.operations(), environment, IO);
        retention.reserve(1); // one run at a time: a retried run must not race the one still going
        tables.grantRetention(retention);
        sealing = handler("SealingFunction", "maintenance.SealPersonalFieldsHandler", Duration.minutes(15),
                code.operations(), environment, IO);
        tables.grantSealingMigration(sealing);
    }

    private JavaFunction handler(String id, String handlerClass, Duration timeout, Code code,
                                 Map<String, String> environment, int memoryMb) {
        return new JavaFunction(this, id, code, PACKAGE + handlerClass + "::handleRequest", timeout, environment,
                memoryMb);
    }

    /** Notifications by e-mail through SES, from an address (or domain) the operator verified. */
    void sendMailFrom(String mailFrom) {
        notifier.function().addEnvironment("MAIL_FROM", mailFrom);
        Stack stack = Stack.of(this);
        notifier.function().addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("ses:SendEmail"))
                .resources(List.of(
                        stack.formatArn(ArnComponents.builder().service("ses").resource("identity")
                                .resourceName(mailFrom.substring(mailFrom.indexOf('@') + 1)).build()),
                        stack.formatArn(ArnComponents.builder().service("ses").resource("identity")
                                .resourceName(mailFrom).build())))
                .build());
    }

    /** The projection puts organization-wide changes back on the bus in pieces of people (decision 0023). */
    void fanOutOn(IEventBus bus) {
        bus.grantPutEventsTo(projection.function());
        projection.function().addEnvironment("EVENT_BUS_NAME", bus.getEventBusName());
    }

    /** The projection fires the subscriptions through the IAM-only publish… mutations, and nothing else may. */
    void publishThrough(GraphqlApi api) {
        api.grantMutation(projection.function(), "publishLeaveRequestChanged", "publishBalanceChanged",
                "publishSettingsChanged");
        projection.function().addEnvironment("GRAPHQL_URL", api.getGraphqlUrl());
    }

    List<JavaFunction> all() {
        return List.of(resolver, forwarder, projection, notifier, calendarFeed, scim, webhooks, redrive, rebuild);
    }

    void watchedBy(Alarms alarms) {
        alarms.watch(resolver, "Resolver");
        alarms.watch(forwarder, "Forwarder");
        alarms.watch(projection, "Projection");
        alarms.watch(notifier, "Notification");
        alarms.watch(calendarFeed, "CalendarFeed");
        alarms.watch(scim, "Scim");
        alarms.watchStreamAge(forwarder);
        alarms.watchAccountConcurrency();
    }
}
