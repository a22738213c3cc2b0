package org.leavetracker.infra;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.leavetracker.adapters.dynamodb.Tables;
import org.leavetracker.functions.pipeline.BusRules;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.IStableStringProducer;
import software.amazon.awscdk.Lazy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolClient;
import software.amazon.awscdk.services.dynamodb.TableV2;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.wafv2.CfnWebACLAssociation;
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
                          SignIn.Config signIn, String slackSecretName, Edge edge) {
        public Options(String tablePrefix, String alarmEmail, String webOrigin, String mailFrom,
                       SignIn.Config signIn) {
            this(tablePrefix, alarmEmail, webOrigin, mailFrom, signIn, null, Edge.none());
        }

        public static Options defaults() {
            SignIn.Config signIn = SignIn.Config.none();
            return new Options(StackNames.DEFAULT_PREFIX, null, "", null, signIn);
        }
    }

    /**
     * What faces the internet, from the context: {@code introspection} (GraphQL introspection on AppSync, off by
     * default in a deployment), {@code webDomain} with {@code webCertificateArn} (the web app on the company's own
     * domain, an ACM certificate in us-east-1, TLS 1.2 at least), {@code backupCopyRegion} (an AWS Backup plan copying
     * the tables to that region), and the CloudFront web ACL's ARN when an edge stack holds it (null: this stack is
     * in us-east-1 and holds it itself).
     */
    public record Edge(boolean introspection, String webDomain, String webCertificateArn, String backupCopyRegion,
                       String cloudFrontWebAclArn) {
        public static Edge none() {
            return new Edge(false, null, null, null, null);
        }
    }

    /** @param packages the functions' code, one package per group of functions */
    public LeaveTrackerStack(Construct scope, String id, StackProps props, LambdaPackages packages, Options options) {
        super(scope, id, props);
        String tablePrefix = options.tablePrefix();
        Alarms alarms = new Alarms(this, "Alarms", options.alarmEmail());
        DataTables tables = new DataTables(this, "Tables", tablePrefix);
        TableV2 events = tables.table(Tables.EVENTS);
        Map<String, String> environment = Map.of("TABLE_PREFIX", tablePrefix,
                "PERSONAL_DATA_KEY_ID", tables.personalDataKeyArn(),
                "JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1");

        // the web app's address is known once its distribution exists (below); the app client's callbacks need it
        WebApp[] web = new WebApp[1];
        String webUrl = Lazy.string((IStableStringProducer) () -> web[0].url() + "/");
        SignIn signIn = new SignIn(this, "SignIn", tablePrefix, webUrl, options.signIn());
        UserPool users = signIn.pool();
        UserPoolClient client = signIn.client();

        Functions functions = new Functions(this, "Default", packages, environment, tables);
        JavaFunction resolver = functions.resolver;
        signIn.trustedBy(resolver);
        if (options.mailFrom() != null) {
            functions.sendMailFrom(options.mailFrom());
        }
        new WebhookSigningKey(this, "WebhookSigningKey").readableBy(resolver, functions.webhooks);
        alarms.watch(functions.webhooks, "Webhook");

        CalendarDeliveries calendars = new CalendarDeliveries(this, "Calendars", packages.calendars(), environment,
                tables, tablePrefix);
        calendars.managedBy(resolver);
        alarms.watch(calendars.deliveries, "CalendarDelivery");
        alarms.watch(calendars.check, "CalendarCheck");

        Map<BusRules.Consumer, JavaFunction> consumers = new EnumMap<>(Map.of(
                BusRules.Consumer.PROJECTIONS, functions.projection, BusRules.Consumer.NOTIFICATIONS, functions.notifier,
                BusRules.Consumer.WEBHOOKS, functions.webhooks, BusRules.Consumer.CALENDARS, calendars.deliveries));
        SlackApp slack = options.slackSecretName() == null ? null : new SlackApp(this, "Slack", packages.slack(),
                environment, options.slackSecretName(), tables);
        if (slack != null) {
            consumers.put(BusRules.Consumer.SLACK, slack.notifier());
            alarms.watch(slack.requests(), "Slack");
            alarms.watch(slack.notifier(), "SlackNotification");
        }
        EventPipeline pipeline = new EventPipeline(this, "Pipeline", tablePrefix, events, functions.forwarder,
                consumers, alarms);
        functions.fanOutOn(pipeline.bus());
        pipeline.redriveWith(functions.redrive);
        pipeline.daily("retention", functions.retention);
        GraphQlApi graphql = new GraphQlApi(this, "GraphQl", tablePrefix, users, resolver,
                options.edge().introspection());
        WebFirewall apiFirewall = new WebFirewall(this, "ApiFirewall", tablePrefix, WebFirewall.Scope.REGIONAL,
                WebFirewall.API_REQUESTS_PER_5_MINUTES);
        CfnWebACLAssociation.Builder.create(this, "ApiFirewallAssociation").webAclArn(apiFirewall.arn())
                .resourceArn(graphql.api().getArn()).build();
        functions.watchedBy(alarms);
        alarms.watch(graphql.api());
        alarms.watchTables(tables.all());
        if (options.mailFrom() != null) {
            alarms.watchMailReputation();
        }
        functions.publishThrough(graphql.api());

        Uploads uploads = new Uploads(this, "Uploads", tablePrefix, webUrl, options.webOrigin());
        uploads.presignedBy(resolver);
        uploads.personalDataDeletedBy(resolver, functions.retention);

        String realtimeUrl = Fn.join("", List.of("wss://", graphql.api().getApiId(), ".appsync-realtime-api.",
                getRegion(), ".amazonaws.com/graphql"));
        String webAclArn = options.edge().cloudFrontWebAclArn() != null ? options.edge().cloudFrontWebAclArn()
                : new WebFirewall(this, "WebFirewall", tablePrefix, WebFirewall.Scope.CLOUDFRONT,
                        WebFirewall.WEB_REQUESTS_PER_5_MINUTES).arn();
        List<String> connectTo = new ArrayList<>(List.of(graphql.api().getGraphqlUrl(), realtimeUrl,
                Fn.join("", List.of("https://cognito-idp.", getRegion(), ".amazonaws.com")),
                "https://" + signIn.signInDomain()));
        connectTo.addAll(uploads.urls());
        Map<String, Object> webConfig = new java.util.HashMap<>(Map.of("graphqlUrl", graphql.api().getGraphqlUrl(),
                "realtimeUrl", realtimeUrl, "region", getRegion(), "signIn", "cognito",
                "userPoolId", users.getUserPoolId(), "userPoolClientId", client.getUserPoolClientId(),
                "signInDomain", signIn.signInDomain()));
        signIn.companyProvider().ifPresent(provider -> webConfig.put("identityProvider", provider));
        web[0] = new WebApp(this, "Web", LeaveTrackerApp.webBuild().toString(), connectTo,
                new WebApp.Edge(webAclArn, options.edge().webDomain(), options.edge().webCertificateArn(),
                        tablePrefix),
                webConfig);

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
        CfnOutput.Builder.create(this, "CalendarFeedBaseUrl").value(functions.calendarFeedUrl.getUrl()).build();
        CfnOutput.Builder.create(this, "ScimUrl").value(Fn.join("", List.of(functions.scimUrl.getUrl(), "scim/v2")))
                .description("SCIM 2.0 for Okta or Entra ID: the Set-up page shows it with a token").build();
        CfnOutput.Builder.create(this, "Region").value(getRegion()).build();
        CfnOutput.Builder.create(this, "RebuildFunctionName").value(functions.rebuild.function().getFunctionName())
                .description("The resumable read-side rebuild: bin/rebuild-read-side --lambda <this>").build();
        CfnOutput.Builder.create(this, "SealingFunctionName").value(functions.sealing.function().getFunctionName())
                .description("The one-off sealing of personal fields written in clear: docs/OPERATIONS.md").build();
        CfnOutput.Builder.create(this, "AlarmTopicArn").value(alarms.topic().getTopicArn())
                .description("Every alarm goes here: subscribe someone (README, first deploy)").build();
        List<JavaFunction> watched = new ArrayList<>(functions.all());
        if (slack != null) {
            watched.addAll(List.of(slack.requests(), slack.notifier()));
        }
        OperatorDashboard dashboard = new OperatorDashboard(this, "Dashboard", tablePrefix, graphql.api(), watched,
                tables.all(), web[0].distribution());
        CfnOutput.Builder.create(this, "DashboardUrl").value(dashboard.url())
                .description("The operator's first page: errors, latency, throttles, the read side's lag").build();
        if (EdgeStack.REGION.equals(getRegion())) {
            alarms.watch(web[0].distribution()); // CloudFront's metrics live in us-east-1 only
        }
        if (options.edge().backupCopyRegion() != null) {
            new TableBackups(this, "Backups", tablePrefix, options.edge().backupCopyRegion(), tables.backedUp());
        }
        NagFindings.acceptWithReasons(this);
    }
}
