package org.leavetracker.infra;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.leavetracker.adapters.dynamodb.Tables;
import org.leavetracker.domain.usecase.LeaveReports;
import org.leavetracker.functions.pipeline.BusRules;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.IStableStringProducer;
import software.amazon.awscdk.Lazy;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolClient;
import software.amazon.awscdk.services.dynamodb.TableV2;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.FunctionUrl;
import software.amazon.awscdk.services.lambda.FunctionUrlAuthType;
import software.amazon.awscdk.services.lambda.FunctionUrlOptions;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.CorsRule;
import software.amazon.awscdk.services.s3.HttpMethods;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.constructs.Construct;

/**
 * The whole application in one account: tables, the resolver, forwarder and projection functions, the event
 * pipeline, AppSync with Cognito, and the uploads bucket. The stack only composes constructs; permissions are
 * granted per function, least privilege (docs/decisions/0006-tables.md).
 */
public final class LeaveTrackerStack extends Stack {

    /**
     * Deployment choices, from the CDK context (cdk.json or {@code -c key=value}).
     *
     * @param mailFrom an SES-verified sender for notifications; without it notifications are only logged
     * @param slackSecretName a Secrets Manager secret with the Slack app's {@code signingSecret} and
     *                        {@code botToken}; without it there is no Slack app
     */
    public record Options(String tablePrefix, String alarmEmail, String webOrigin, String mailFrom,
                          SignIn.Config signIn, String slackSecretName) {
        public Options(String tablePrefix, String alarmEmail, String webOrigin, String mailFrom,
                       SignIn.Config signIn) {
            this(tablePrefix, alarmEmail, webOrigin, mailFrom, signIn, null);
        }

        public static Options defaults() {
            SignIn.Config signIn = SignIn.Config.none();
            return new Options("leave-tracker-", null,
                    LeaveTrackerApp.originsOf(String.join(",", signIn.callbackUrls())), null, signIn);
        }
    }

    /**
     * @param lambdaPackage every function's code but the Slack app's
     * @param slackPackage  the Slack app's functions' code (the Slack SDK only they need)
     */
    public LeaveTrackerStack(Construct scope, String id, StackProps props, Code lambdaPackage, Code slackPackage,
                             Options options) {
        super(scope, id, props);
        String tablePrefix = options.tablePrefix();
        Alarms alarms = new Alarms(this, "Alarms", options.alarmEmail());
        DataTables tables = new DataTables(this, "Tables", tablePrefix);
        TableV2 events = tables.table(Tables.EVENTS);
        Map<String, String> environment = Map.of("TABLE_PREFIX", tablePrefix,
                "JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1");

        // the web app's address is known once its distribution exists (below); the app client's callbacks need it
        WebApp[] web = new WebApp[1];
        String webUrl = Lazy.string((IStableStringProducer) () -> web[0].url() + "/");
        SignIn signIn = new SignIn(this, "SignIn", tablePrefix, webUrl, options.signIn());
        UserPool users = signIn.pool();
        UserPoolClient client = signIn.client();

        JavaFunction resolver = new JavaFunction(this, "ResolverFunction", lambdaPackage,
                "org.leavetracker.functions.api.ApiHandler::handleRequest", Duration.seconds(15), environment);
        JavaFunction forwarder = new JavaFunction(this, "ForwarderFunction", lambdaPackage,
                "org.leavetracker.functions.pipeline.StreamForwarderHandler::handleRequest", Duration.seconds(60),
                environment);
        JavaFunction projection = new JavaFunction(this, "ProjectionFunction", lambdaPackage,
                "org.leavetracker.functions.pipeline.ProjectionHandler::handleRequest", Duration.seconds(60),
                environment);
        JavaFunction notifier = new JavaFunction(this, "NotificationFunction", lambdaPackage,
                "org.leavetracker.functions.pipeline.NotificationHandler::handleRequest", Duration.seconds(60),
                environment);
        JavaFunction calendarFeed = new JavaFunction(this, "CalendarFeedFunction", lambdaPackage,
                "org.leavetracker.functions.calendar.CalendarFeedHandler::handleRequest", Duration.seconds(15),
                environment);
        // Public by design: calendar apps cannot sign requests; the secret in the path is the credential.
        FunctionUrl feedUrl = calendarFeed.live().addFunctionUrl(FunctionUrlOptions.builder()
                .authType(FunctionUrlAuthType.NONE).build());
        resolver.function().addEnvironment("CALENDAR_BASE_URL", feedUrl.getUrl());

        tables.grantCommands(resolver);
        // only the projection writes read items
        tables.grantReads(projection, true);
        tables.grantReads(calendarFeed, false);
        tables.grantReads(notifier, false);
        if (options.mailFrom() != null) {
            notifier.function().addEnvironment("MAIL_FROM", options.mailFrom());
            notifier.function().addToRolePolicy(PolicyStatement.Builder.create()
                    .actions(List.of("ses:SendEmail"))
                    .resources(List.of(Stack.of(this).formatArn(ArnComponents.builder().service("ses")
                            .resource("identity").resourceName(options.mailFrom().substring(
                                    options.mailFrom().indexOf('@') + 1)).build()),
                            Stack.of(this).formatArn(ArnComponents.builder().service("ses")
                                    .resource("identity").resourceName(options.mailFrom()).build())))
                    .build());
        }

        // Webhook secrets are derived from this key (docs/decisions/0016); the event log never holds one.
        Secret webhookKey = Secret.Builder.create(this, "WebhookSigningKey")
                .description("Leave Tracker: the key every webhook endpoint's signing secret is derived from")
                .generateSecretString(SecretStringGenerator.builder().passwordLength(64).excludePunctuation(true)
                        .build()).build();
        JavaFunction webhookSender = new JavaFunction(this, "WebhookFunction", lambdaPackage,
                "org.leavetracker.functions.webhook.WebhookDeliveryHandler::handleRequest", Duration.seconds(120),
                environment);
        // the functions read the key at run time (CachedSecret): its value is in no environment variable
        for (JavaFunction signer : List.of(resolver, webhookSender)) {
            signer.function().addEnvironment("WEBHOOK_SIGNING_KEY_SECRET", webhookKey.getSecretArn());
            webhookKey.grantRead(signer.function());
        }
        tables.grantReads(webhookSender, true); // the delivery log lives in the read table
        alarms.watch(webhookSender, "Webhook");

        Map<BusRules.Consumer, JavaFunction> consumers = new EnumMap<>(Map.of(BusRules.Consumer.PROJECTIONS,
                projection, BusRules.Consumer.NOTIFICATIONS, notifier, BusRules.Consumer.WEBHOOKS, webhookSender));
        SlackApp slack = options.slackSecretName() == null ? null : new SlackApp(this, "Slack", slackPackage,
                environment, options.slackSecretName(), tables);
        if (slack != null) {
            consumers.put(BusRules.Consumer.SLACK, slack.notifier());
            alarms.watch(slack.requests(), "Slack");
            alarms.watch(slack.notifier(), "SlackNotification");
        }
        EventPipeline pipeline = new EventPipeline(this, "Pipeline", tablePrefix, events, forwarder, consumers, alarms);
        // an organization-wide change goes back on the bus in pieces of people (decision 0023)
        pipeline.bus().grantPutEventsTo(projection.function());
        projection.function().addEnvironment("EVENT_BUS_NAME", pipeline.bus().getEventBusName());
        // the operator's redrive of the consumers' failure queues (docs/OPERATIONS.md), invoked by hand only
        JavaFunction redrive = new JavaFunction(this, "RedriveFunction", lambdaPackage,
                "org.leavetracker.functions.maintenance.RedriveHandler::handleRequest", Duration.minutes(15),
                environment);
        pipeline.redriveWith(redrive);
        GraphQlApi graphql = new GraphQlApi(this, "GraphQl", tablePrefix, users, resolver);
        alarms.watch(resolver, "Resolver");
        alarms.watch(forwarder, "Forwarder");
        alarms.watch(projection, "Projection");
        alarms.watch(notifier, "Notification");
        alarms.watch(calendarFeed, "CalendarFeed");
        alarms.watchStreamAge(forwarder);
        alarms.watch(graphql.api());
        graphql.api().grantMutation(projection.function(), "publishLeaveRequestChanged", "publishBalanceChanged",
                "publishSettingsChanged");
        projection.function().addEnvironment("GRAPHQL_URL", graphql.api().getGraphqlUrl());

        // named from the prefix (unique with the account and region), so the web app's CSP can name its address
        // without a reference to the bucket, whose CORS refers to the web app
        String uploadsBucketName = Fn.join("", List.of(tablePrefix, "uploads-", getAccount(), "-", getRegion()));
        Bucket uploads = Bucket.Builder.create(this, "Uploads").bucketName(uploadsBucketName)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .versioned(true)
                .removalPolicy(RemovalPolicy.RETAIN)
                // uploads that were started and never finished cost money and hold nothing useful
                .lifecycleRules(List.of(LifecycleRule.builder().abortIncompleteMultipartUploadAfter(Duration.days(1))
                        .noncurrentVersionExpiration(Duration.days(30)).build(),
                        // a report is fetched once through a 15-minute link; a week covers "send it to me again"
                        LifecycleRule.builder().prefix(LeaveReports.KEY_PREFIX).expiration(Duration.days(7)).build()))
                .cors(List.of(CorsRule.builder().allowedMethods(List.of(HttpMethods.PUT, HttpMethods.GET))
                        .allowedOrigins(uploadOrigins(webUrl, options.webOrigin())).allowedHeaders(List.of("*"))
                        .maxAge(3000).build()))
                .build();
        // presigned URLs are signed with the resolver's credentials: PutObject for uploads, and for reports (which
        // it writes itself) GetObject under reports/ only, so no one downloads another person's upload through it
        // exactly these two actions: CDK's grantPut adds retention, legal-hold and tagging actions, and grantRead
        // s3:List* and s3:GetBucket* on the whole bucket, with which the resolver could list everyone's uploads
        resolver.function().addToRolePolicy(PolicyStatement.Builder.create().actions(List.of("s3:PutObject"))
                .resources(List.of(uploads.arnForObjects("*"))).build());
        resolver.function().addToRolePolicy(PolicyStatement.Builder.create().actions(List.of("s3:GetObject"))
                .resources(List.of(uploads.arnForObjects(LeaveReports.KEY_PREFIX + "*"))).build());
        resolver.function().addEnvironment("UPLOADS_BUCKET", uploads.getBucketName());

        String realtimeUrl = Fn.join("", List.of("wss://", graphql.api().getApiId(), ".appsync-realtime-api.",
                getRegion(), ".amazonaws.com/graphql"));
        web[0] = new WebApp(this, "Web", LeaveTrackerApp.webBuild().toString(), List.of(
                graphql.api().getGraphqlUrl(), realtimeUrl,
                Fn.join("", List.of("https://cognito-idp.", getRegion(), ".amazonaws.com")),
                "https://" + signIn.signInDomain(),
                Fn.join("", List.of("https://", uploadsBucketName, ".s3.", getRegion(), ".amazonaws.com"))),
                Map.of("graphqlUrl", graphql.api().getGraphqlUrl(), "realtimeUrl", realtimeUrl,
                        "region", getRegion(), "signIn", "cognito", "userPoolId", users.getUserPoolId(),
                        "userPoolClientId", client.getUserPoolClientId(), "signInDomain", signIn.signInDomain()));

        CfnOutput.Builder.create(this, "WebUrl").value(web[0].url() + "/")
                .description("The web app: open it and sign in").build();
        CfnOutput.Builder.create(this, "GraphQlUrl").value(graphql.api().getGraphqlUrl()).build();
        if (slack != null) {
            CfnOutput.Builder.create(this, "SlackRequestUrl").value(slack.url().getUrl()).build();
        }
        CfnOutput.Builder.create(this, "RealtimeUrl").value(realtimeUrl).build();
        CfnOutput.Builder.create(this, "UserPoolId").value(users.getUserPoolId()).build();
        CfnOutput.Builder.create(this, "UserPoolClientId").value(client.getUserPoolClientId()).build();
        if (signIn.testClient() != null) {
            CfnOutput.Builder.create(this, "TestClientId").value(signIn.testClient().getUserPoolClientId()).build();
        }
        CfnOutput.Builder.create(this, "CalendarFeedBaseUrl").value(feedUrl.getUrl()).build();
        CfnOutput.Builder.create(this, "Region").value(getRegion()).build();
        NagFindings.acceptWithReasons(this);
    }

    /** Browsers may upload from the web app's own address and from the origins the operator adds. */
    private static List<String> uploadOrigins(String webUrl, String configured) {
        List<String> origins = new java.util.ArrayList<>(List.of(Fn.select(0, Fn.split("/", webUrl, 4)) + "//"
                + Fn.select(2, Fn.split("/", webUrl, 4))));
        for (String origin : configured.split(",")) {
            if (!origin.isBlank()) {
                origins.add(origin.strip());
            }
        }
        return origins;
    }
}
