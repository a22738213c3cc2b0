package org.leavetracker.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** What a company's go-live meets in the template (issue 28): each finding of the AWS review, held by a check. */
class GoLiveTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Template production;
    private static Template productionEdge;
    private static Template staging;
    private static Template stagingEdge;
    private static String productionName;
    private static String stagingName;

    @BeforeAll
    static void synthesize() {
        App app = new App();
        LeaveTrackerStack prod = TestStacks.everythingConfigured(app);
        LeaveTrackerStack stage = TestStacks.everythingConfigured(app, "staging-");
        productionName = prod.getStackName();
        stagingName = stage.getStackName();
        production = Template.fromStack(prod);
        staging = Template.fromStack(stage);
        productionEdge = Template.fromStack((EdgeStack) app.getNode().findChild("LeaveTracker-edge"));
        stagingEdge = Template.fromStack((EdgeStack) app.getNode().findChild("LeaveTracker-staging-edge"));
    }

    // 1. a staging deploy is a stack of its own, sharing no account-wide name with production

    @Test
    void a_prefix_names_a_stack_of_its_own_and_the_default_keeps_production_s_name() {
        assertThat(productionName).isEqualTo("LeaveTracker");
        assertThat(stagingName).isEqualTo("LeaveTracker-staging");
        assertThat(new StackNames("acme-leave-").main()).isEqualTo("LeaveTracker-acme-leave");
        assertThat(new StackNames("staging-").edge()).isEqualTo("LeaveTracker-staging-edge");
        assertThatThrownBy(() -> new StackNames("Staging")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void production_and_staging_have_no_physical_name_in_common() throws Exception {
        Set<String> prodNames = physicalNames(production, productionEdge);
        Set<String> stagingNames = physicalNames(staging, stagingEdge);
        // the names that must never collide in one account are all there, so the comparison means something
        assertThat(String.join(" ", prodNames)).contains("leave-tracker-web-headers-", "leave-tracker-web-oac-",
                "leave-tracker-webfirewall", "leave-tracker-apifirewall", "leave-tracker-events", "leave-tracker-bus",
                "leave-tracker-operations", "leave-tracker-backups", "leave-tracker-uploads-", "\"acme-leave\"");
        Set<String> common = new HashSet<>(prodNames);
        common.retainAll(stagingNames);
        assertThat(common).isEmpty();
    }

    /**
     * The names AWS holds unique within an account (or an account and region), by resource type: each type of the
     * two templates that has one is listed, so a new account-wide name cannot slip past.
     */
    private static final Map<String, String> UNIQUE_NAMES = Map.ofEntries(
            Map.entry("AWS::DynamoDB::GlobalTable", "TableName"), Map.entry("AWS::Events::EventBus", "Name"),
            Map.entry("AWS::Events::Archive", "ArchiveName"), Map.entry("AWS::Events::Rule", "Name"),
            Map.entry("AWS::S3::Bucket", "BucketName"), Map.entry("AWS::Cognito::UserPool", "UserPoolName"),
            Map.entry("AWS::Cognito::UserPoolDomain", "Domain"), Map.entry("AWS::WAFv2::WebACL", "Name"),
            Map.entry("AWS::CloudWatch::Dashboard", "DashboardName"),
            Map.entry("AWS::Backup::BackupVault", "BackupVaultName"), Map.entry("AWS::AppSync::GraphQLApi", "Name"),
            Map.entry("AWS::CloudFront::ResponseHeadersPolicy", "ResponseHeadersPolicyConfig.Name"),
            Map.entry("AWS::CloudFront::OriginAccessControl", "OriginAccessControlConfig.Name"));

    private static Set<String> physicalNames(Template... templates) throws Exception {
        Set<String> names = new HashSet<>();
        for (Template template : templates) {
            for (Map.Entry<String, String> unique : UNIQUE_NAMES.entrySet()) {
                for (Map<String, Object> resource : template.findResources(unique.getKey()).values()) {
                    Object value = resource.get("Properties");
                    for (String key : unique.getValue().split("\\.")) {
                        value = ((Map<?, ?>) value).get(key);
                    }
                    if (value != null) { // unnamed: CloudFormation makes a unique name
                        names.add(JSON.writeValueAsString(value));
                    }
                }
            }
        }
        return names;
    }

    // 2. alarms reach someone

    @Test
    void cloudwatch_may_publish_this_account_s_alarms_to_the_topic_which_the_outputs_name() throws Exception {
        production.hasResourceProperties("AWS::SNS::TopicPolicy", Match.objectLike(Map.of("PolicyDocument",
                Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Effect", "Allow", "Action", "sns:Publish",
                        "Principal", Map.of("Service", "cloudwatch.amazonaws.com"),
                        "Condition", Match.objectLike(Map.of(
                                "StringEquals", Map.of("aws:SourceAccount", TestStacks.ACCOUNT))))))))))));
        assertThat(JSON.writeValueAsString(production.findResources("AWS::SNS::TopicPolicy")))
                .contains(":cloudwatch:eu-west-1:" + TestStacks.ACCOUNT + ":alarm:*");
        assertThat(production.findOutputs("AlarmTopicArn")).hasSize(1);
        assertThat(production.findOutputs("DashboardUrl")).hasSize(1);
    }

    // 3. single sign-on users get in

    @Test
    void google_and_oidc_say_whether_they_verified_the_e_mail_and_saml_domains_reach_the_resolver() {
        production.hasResourceProperties("AWS::Cognito::UserPoolIdentityProvider", Match.objectLike(Map.of(
                "ProviderType", "Google", "AttributeMapping", Match.objectLike(Map.of(
                        "email", "email", "email_verified", "email_verified")))));
        production.hasResourceProperties("AWS::Cognito::UserPoolIdentityProvider", Match.objectLike(Map.of(
                "ProviderType", "OIDC", "AttributeMapping", Match.objectLike(Map.of(
                        "email", "email", "email_verified", "email_verified")))));
        production.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Handler", "org.leavetracker.functions.api.ApiHandler::handleRequest",
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "SAML_PROVIDER", "EntraID", "SAML_EMAIL_DOMAINS", "acme.example"))))));
        assertThatThrownBy(() -> new SignIn.Config(null, List.of(), Map.of("saml", Map.of("name", "EntraID")),
                null, false, false, List.of())).hasMessageContaining("samlEmailDomains");
    }

    @Test
    void the_sign_in_page_names_the_company_s_provider_saml_before_oidc_before_google() {
        assertThat(companyProvider(Map.of("saml", Map.of("name", "EntraID", "metadataUrl", "https://idp/m"),
                "oidc", Map.of("name", "Okta", "clientId", "c", "clientSecretName", "s", "issuerUrl", "https://okta"),
                "google", Map.of("clientId", "g", "clientSecretName", "gs")))).contains("EntraID");
        assertThat(companyProvider(Map.of("oidc", Map.of("name", "Okta", "clientId", "c", "clientSecretName", "s",
                "issuerUrl", "https://okta"), "google", Map.of("clientId", "g", "clientSecretName", "gs"))))
                .contains("Okta");
        assertThat(companyProvider(Map.of("google", Map.of("clientId", "g", "clientSecretName", "gs"))))
                .contains("Google");
        assertThat(companyProvider(Map.of())).isEmpty();
    }

    private static java.util.Optional<String> companyProvider(Map<String, Map<String, String>> providers) {
        software.amazon.awscdk.Stack stack = new software.amazon.awscdk.Stack(new App(), "SignInOnly");
        return new SignIn(stack, "SignIn", "t-", "https://leave.example.com/", new SignIn.Config(null, List.of(),
                providers, null, false, false, providers.containsKey("saml") ? List.of("acme.example") : List.of()))
                .companyProvider();
    }

    // 4. no one is locked out for good

    @Test
    void the_user_pool_cannot_be_deleted_and_offers_a_one_time_password_app() {
        production.hasResourceProperties("AWS::Cognito::UserPool", Match.objectLike(Map.of(
                "DeletionProtection", "ACTIVE", "MfaConfiguration", "OPTIONAL",
                "EnabledMfas", List.of("SOFTWARE_TOKEN_MFA"))));
    }

    // 5. limits at every door

    @Test
    void appsync_and_cloudfront_sit_behind_web_acls_that_answer_429_past_a_rate_per_address() {
        production.hasResourceProperties("AWS::WAFv2::WebACL", Match.objectLike(Map.of("Scope", "REGIONAL",
                "Rules", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Statement", Map.of("RateBasedStatement", Match.objectLike(Map.of(
                                "Limit", WebFirewall.API_REQUESTS_PER_5_MINUTES, "AggregateKeyType", "IP"))),
                        "Action", Map.of("Block", Map.of("CustomResponse", Match.objectLike(Map.of(
                                "ResponseCode", 429)))))))))));
        production.resourceCountIs("AWS::WAFv2::WebACLAssociation", 1);
        productionEdge.hasResourceProperties("AWS::WAFv2::WebACL", Match.objectLike(Map.of("Scope", "CLOUDFRONT")));
        production.hasResourceProperties("AWS::CloudFront::Distribution", Match.objectLike(Map.of(
                "DistributionConfig", Match.objectLike(Map.of("WebACLId", Match.anyValue())))));
        assertThat(productionEdge.toJSON().get("Resources").toString()).doesNotContain("Distribution");
    }

    @Test
    void appsync_limits_depth_and_resolvers_and_hides_its_schema_unless_asked() {
        production.hasResourceProperties("AWS::AppSync::GraphQLApi", Match.objectLike(Map.of(
                "QueryDepthLimit", org.leavetracker.graphql.ApiContract.QUERY_DEPTH_LIMIT,
                "ResolverCountLimit", org.leavetracker.graphql.ApiContract.RESOLVER_COUNT_LIMIT,
                "IntrospectionConfig", "DISABLED")));
    }

    @Test
    void the_public_function_urls_cannot_take_more_than_their_reserved_concurrency() {
        production.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Handler", "org.leavetracker.functions.calendar.CalendarFeedHandler::handleRequest",
                "ReservedConcurrentExecutions", Functions.CALENDAR_FEED_CONCURRENCY)));
        production.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Handler", "org.leavetracker.functions.slack.SlackHandler::handleRequest",
                "ReservedConcurrentExecutions", SlackApp.REQUEST_CONCURRENCY)));
    }

    // 7. nothing lost by accident

    @Test
    void the_signing_key_outlives_the_stack_and_appsync_logs_expire() {
        production.hasResource("AWS::SecretsManager::Secret", Map.of("DeletionPolicy", "Retain",
                "Properties", Match.objectLike(Map.of("Description", Match.stringLikeRegexp(".*webhook.*")))));
        production.hasResourceProperties("Custom::LogRetention", Match.objectLike(Map.of(
                "LogGroupName", Match.objectLike(Map.of("Fn::Join", Match.arrayWith(List.of(Match.arrayWith(
                        List.of("/aws/appsync/apis/")))))), "RetentionInDays", 90)));
    }

    @Test
    void the_test_client_has_no_oauth_flow_and_the_csp_allows_both_s3_hosts() throws Exception {
        production.hasResourceProperties("AWS::Cognito::UserPoolClient", Match.objectLike(Map.of(
                "ExplicitAuthFlows", Match.arrayWith(List.of("ALLOW_ADMIN_USER_PASSWORD_AUTH")),
                "AllowedOAuthFlowsUserPoolClient", false)));
        String csp = JSON.writeValueAsString(production.findResources("AWS::CloudFront::ResponseHeadersPolicy"));
        assertThat(csp).contains("leave-tracker-uploads-" + TestStacks.ACCOUNT + "-eu-west-1.s3.eu-west-1.amazonaws.com")
                .contains("leave-tracker-uploads-" + TestStacks.ACCOUNT + "-eu-west-1.s3.amazonaws.com");
    }

    // 8. no blind spots

    @Test
    void the_operator_hears_of_throttles_slow_functions_latency_and_mail_reputation() throws Exception {
        String alarms = JSON.writeValueAsString(production.findResources("AWS::CloudWatch::Alarm"));
        assertThat(alarms).contains("ReadThrottleEvents", "WriteThrottleEvents", "\"Duration\"",
                "ConcurrentExecutions", "\"Latency\"", "Reputation.BounceRate", "Reputation.ComplaintRate", "5XXError");
        production.resourceCountIs("AWS::CloudWatch::Dashboard", 1);
    }

    @Test
    void cloudfront_logs_its_viewers_and_speaks_tls_1_2_at_least_on_the_company_s_domain() {
        production.hasResourceProperties("AWS::CloudFront::Distribution", Match.objectLike(Map.of(
                "DistributionConfig", Match.objectLike(Map.of(
                        "Aliases", List.of("leave.acme.example"),
                        "Logging", Match.objectLike(Map.of("Prefix", "cloudfront/")),
                        "ViewerCertificate", Match.objectLike(Map.of("MinimumProtocolVersion", "TLSv1.2_2021",
                                "SslSupportMethod", "sni-only")))))));
    }

    @Test
    void in_us_east_1_the_cloudfront_errors_alarm_and_its_web_acl_live_in_the_stack_itself() {
        App app = new App();
        LeaveTrackerStack stack = new LeaveTrackerStack(app, "LeaveTracker", software.amazon.awscdk.StackProps
                .builder().env(software.amazon.awscdk.Environment.builder().account(TestStacks.ACCOUNT)
                        .region("us-east-1").build()).build(),
                LambdaPackages.built(),
                LeaveTrackerStack.Options.defaults());
        Template template = Template.fromStack(stack);
        template.hasResourceProperties("AWS::WAFv2::WebACL", Match.objectLike(Map.of("Scope", "CLOUDFRONT")));
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "MetricName", "5xxErrorRate", "Namespace", "AWS/CloudFront")));
    }

    // 9. cost

    @Test
    void read_indexes_hold_only_the_record_their_queries_read_and_delivery_attempts_expire() {
        production.hasResourceProperties("AWS::DynamoDB::GlobalTable", Match.objectLike(Map.of(
                "TableName", "leave-tracker-read",
                "TimeToLiveSpecification", Map.of("AttributeName", "expiresAt", "Enabled", true),
                "GlobalSecondaryIndexes", Match.arrayWith(List.of(Match.objectLike(Map.of("IndexName", "gsi1",
                        "Projection", Map.of("ProjectionType", "INCLUDE", "NonKeyAttributes", List.of("data")))))))));
        String read = production.findResources("AWS::DynamoDB::GlobalTable").toString();
        assertThat(read.split("ProjectionType=INCLUDE", -1)).hasSize(4); // gsi1, gsi2, gsi3
        // the organization's event index serves whole events (replays, audits)
        production.hasResourceProperties("AWS::DynamoDB::GlobalTable", Match.objectLike(Map.of(
                "TableName", "leave-tracker-events", "GlobalSecondaryIndexes", List.of(Match.objectLike(Map.of(
                        "Projection", Map.of("ProjectionType", "ALL")))))));
    }

    @Test
    void each_function_has_the_memory_its_measurement_and_its_work_call_for() {
        Map<String, Integer> expected = Map.of("api.ApiHandler", Functions.LATENCY,
                "pipeline.ProjectionHandler", Functions.LATENCY, "pipeline.StreamForwarderHandler", Functions.IO,
                "pipeline.NotificationHandler", Functions.IO, "calendar.CalendarFeedHandler", Functions.IO,
                "webhook.WebhookDeliveryHandler", Functions.IO, "maintenance.RedriveHandler", Functions.IO,
                "maintenance.RebuildHandler", Functions.FULL_CPU, "slack.SlackHandler", Functions.LATENCY,
                "slack.SlackNotificationHandler", Functions.IO);
        expected.forEach((handler, memory) -> production.hasResourceProperties("AWS::Lambda::Function",
                Match.objectLike(Map.of("Handler", "org.leavetracker.functions." + handler + "::handleRequest",
                        "MemorySize", memory))));
        // the rebuild may scan the events table; nothing else may
        production.hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of("PolicyName",
                Match.stringLikeRegexp("RebuildFunction.*"), "PolicyDocument", Match.objectLike(Map.of("Statement",
                        Match.arrayWith(List.of(Match.objectLike(Map.of("Action", "dynamodb:Scan")))))))));
        assertThat(production.findResources("AWS::IAM::Policy").entrySet().stream()
                .filter(p -> p.getValue().toString().contains("dynamodb:Scan")).map(Map.Entry::getKey))
                .allMatch(name -> name.startsWith("RebuildFunction") || name.startsWith("SealingFunction")
                        || name.startsWith("RetentionFunction"));
        assertThat(production.findOutputs("RebuildFunctionName")).hasSize(1);
    }

    // 10. backups beyond point-in-time recovery

    @Test
    void a_daily_backup_of_every_table_is_copied_to_the_second_region() throws Exception {
        production.hasResourceProperties("AWS::Backup::BackupPlan", Match.objectLike(Map.of("BackupPlan",
                Match.objectLike(Map.of("BackupPlanRule", List.of(Match.objectLike(Map.of(
                        "Lifecycle", Map.of("DeleteAfterDays", TableBackups.KEEP_DAYS),
                        "CopyActions", List.of(Match.objectLike(Map.of("Lifecycle",
                                Map.of("DeleteAfterDays", TableBackups.COPY_KEEP_DAYS))))))))))));
        assertThat(JSON.writeValueAsString(production.findResources("AWS::Backup::BackupPlan")))
                .contains(":backup:eu-central-1:" + TestStacks.ACCOUNT + ":backup-vault:leave-tracker-backups");
        production.resourceCountIs("AWS::Backup::BackupSelection", 1);
    }
}
