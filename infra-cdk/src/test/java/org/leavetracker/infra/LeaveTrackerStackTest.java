package org.leavetracker.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leavetracker.adapters.dynamodb.Tables;
import org.leavetracker.functions.pipeline.BusRules;
import org.leavetracker.graphql.ApiContract;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Template;

/** The synthesized template, offline: built from the same tables, rules, schema and resolver mapping as local. */
class LeaveTrackerStackTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Template template;

    @BeforeAll
    static void synthesize() {
        App app = new App();
        LeaveTrackerStack stack = TestStacks.everythingConfigured(app);
        template = Template.fromStack(stack);
    }

    @Test
    void every_table_comes_from_the_table_definitions_protected_and_retained() {
        template.resourceCountIs("AWS::DynamoDB::GlobalTable", Tables.ALL.size());
        template.hasResource("AWS::DynamoDB::GlobalTable", Map.of(
                "DeletionPolicy", "Retain",
                "Properties", Match.objectLike(Map.of(
                        "TableName", "leave-tracker-events",
                        "StreamSpecification", Map.of("StreamViewType", "NEW_IMAGE"),
                        "KeySchema", List.of(Map.of("AttributeName", "aggregateId", "KeyType", "HASH"),
                                Map.of("AttributeName", "version", "KeyType", "RANGE")),
                        "Replicas", List.of(Match.objectLike(Map.of(
                                "DeletionProtectionEnabled", true,
                                "PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true))))))));
        template.hasResourceProperties("AWS::DynamoDB::GlobalTable", Match.objectLike(Map.of(
                "TableName", "leave-tracker-keys",
                "TimeToLiveSpecification", Map.of("AttributeName", "expiresAt", "Enabled", true))));
    }

    @Test
    void functions_run_java21_on_arm64_with_snapstart_behind_an_alias() {
        template.resourcePropertiesCountIs("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Runtime", "java21", "Architectures", List.of("arm64"),
                "SnapStart", Map.of("ApplyOn", "PublishedVersions"),
                "LoggingConfig", Match.objectLike(Map.of("LogFormat", "JSON")))), 15);
        template.resourceCountIs("AWS::Lambda::Alias", 15);
    }

    @Test
    void the_stream_feeds_the_forwarder_with_partial_batch_responses_and_a_dead_letter_queue() {
        template.hasResourceProperties("AWS::Lambda::EventSourceMapping", Match.objectLike(Map.of(
                "FunctionResponseTypes", List.of("ReportBatchItemFailures"),
                "BisectBatchOnFunctionError", true,
                "MaximumRetryAttempts", 5,
                "BatchSize", 100,
                "DestinationConfig", Match.objectLike(Map.of("OnFailure", Match.anyValue())))));
    }

    @Test
    void each_bus_rule_is_deployed_with_its_pattern_a_retry_policy_and_a_dead_letter_queue() throws Exception {
        // and the daily retention's schedule
        template.resourceCountIs("AWS::Events::Rule", BusRules.ALL.size() + 1);
        for (BusRules.Rule rule : BusRules.ALL) {
            Map<?, ?> pattern = JSON.readValue(rule.eventPattern(), Map.class);
            template.hasResourceProperties("AWS::Events::Rule", Match.objectLike(Map.of(
                    "Name", "leave-tracker-" + rule.name(),
                    "EventPattern", pattern,
                    "Targets", List.of(Match.objectLike(Map.of(
                            "DeadLetterConfig", Match.anyValue(),
                            "RetryPolicy", Map.of("MaximumRetryAttempts", 8, "MaximumEventAgeInSeconds", 86400)))))));
        }
        template.resourceCountIs("AWS::Events::Archive", 1);
        // a DLQ alarm per rule and for the stream, a failure queue's per rule-invoked function, errors, throttles and
        // duration per function but the redrive (run by hand), iterator age, account concurrency, AppSync 5xx and
        // latency, throttles per table, SES bounces and complaints (CloudFront's 5xx: only in us-east-1); the daily
        // retention's failure queue
        template.resourceCountIs("AWS::CloudWatch::Alarm", BusRules.ALL.size() + 1 + 5 + 11 * 3 + 1 + 1 + 2 + 1
                + Tables.ALL.size() + 2);
        template.hasResourceProperties("AWS::SNS::Subscription", Map.of("Protocol", "email",
                "Endpoint", "ops@example.com", "TopicArn", Match.anyValue()));
    }

    @Test
    void the_slack_app_has_a_public_request_url_and_reads_its_secret_at_run_time() {
        template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Handler", "org.leavetracker.functions.slack.SlackHandler::handleRequest",
                "Environment", Map.of("Variables", Match.objectLike(Map.of("SLACK_SECRET", "leave/slack"))))));
        template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Handler", "org.leavetracker.functions.slack.SlackNotificationHandler::handleRequest")));
        template.resourceCountIs("AWS::Lambda::Url", 3); // calendar feeds, SCIM, Slack
        assertThat(template.findOutputs("SlackRequestUrl")).hasSize(1);
    }

    @Test
    void each_group_of_functions_has_its_own_package_with_only_the_libraries_it_calls() throws Exception {
        Map<String, Map<String, Object>> functions = template.findResources("AWS::Lambda::Function");
        Map<String, java.util.Set<Object>> codeByGroup = functions.values().stream()
                .map(f -> (Map<?, ?>) f.get("Properties"))
                .filter(p -> String.valueOf(p.get("Handler")).startsWith("org.leavetracker."))
                .collect(java.util.stream.Collectors.groupingBy(p -> group(p.get("Handler").toString()),
                        java.util.stream.Collectors.mapping(p -> ((Map<?, ?>) p.get("Code")).get("S3Key"),
                                java.util.stream.Collectors.toSet())));
        assertThat(codeByGroup).containsOnlyKeys("api", "feeds", "pipeline", "operations", "slack", "calendars");
        assertThat(codeByGroup.values()).allSatisfy(keys -> assertThat(keys).hasSize(1));
        assertThat(codeByGroup.values().stream().flatMap(java.util.Set::stream).distinct()).hasSize(6);

        List<String> providers = List.of("com/google/api/services/", "com/microsoft/graph/", "com/microsoft/aad/");
        Map<String, List<String>> absent = Map.of(
                "api", plus(providers, "com/slack/", "kotlin/", "net/fortuna/ical4j/",
                        "software/amazon/awssdk/services/ses/", "software/amazon/awssdk/services/sqs/",
                        "software/amazon/awssdk/services/eventbridge/"),
                "feeds", plus(providers, "com/slack/", "software/amazon/awssdk/services/s3/",
                        "software/amazon/awssdk/services/ses/"),
                "pipeline", plus(providers, "com/slack/", "net/fortuna/ical4j/", "software/amazon/awssdk/services/s3/",
                        "software/amazon/awssdk/services/lambda/"),
                "operations", plus(providers, "com/slack/", "net/fortuna/ical4j/",
                        "software/amazon/awssdk/services/ses/"),
                "slack", plus(providers, "net/fortuna/ical4j/", "software/amazon/awssdk/services/s3/",
                        "software/amazon/awssdk/services/ses/"),
                "calendars", List.of("com/slack/", "net/fortuna/ical4j/", "software/amazon/awssdk/services/s3/",
                        "software/amazon/awssdk/services/ses/", "org/leavetracker/functions/api/"));
        for (var group : absent.entrySet()) {
            try (var jar = new java.util.zip.ZipFile(LeaveTrackerApp.lambdaPackage(group.getKey()).toFile())) {
                assertThat(jar.stream().map(java.util.zip.ZipEntry::getName)
                        .filter(n -> group.getValue().stream().anyMatch(n::startsWith))).as(group.getKey()).isEmpty();
            }
        }
    }

    private static List<String> plus(List<String> some, String... more) {
        List<String> all = new java.util.ArrayList<>(some);
        all.addAll(List.of(more));
        return all;
    }

    /** The package a handler's function runs from, by the handler's package. */
    private static String group(String handler) {
        String pkg = handler.substring("org.leavetracker.functions.".length(), handler.lastIndexOf('.'));
        return switch (pkg) {
            case "calendar" -> "feeds";
            case "webhook" -> "pipeline";
            case "maintenance" -> "operations";
            case "scim" -> "api";
            case "outofoffice" -> "calendars";
            default -> pkg;
        };
    }

    @Test
    void webhooks_are_sent_by_their_own_function_with_the_generated_signing_key() {
        template.hasResourceProperties("AWS::SecretsManager::Secret", Match.objectLike(Map.of(
                "GenerateSecretString", Match.objectLike(Map.of("PasswordLength", 64)))));
        for (String handler : List.of("org.leavetracker.functions.webhook.WebhookDeliveryHandler::handleRequest",
                "org.leavetracker.functions.api.ApiHandler::handleRequest")) {
            template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of("Handler", handler,
                    "Environment", Map.of("Variables", Match.objectLike(Map.of(
                            "WEBHOOK_SIGNING_KEY_SECRET", Map.of("Ref", Match.stringLikeRegexp("WebhookSigningKey.*"))))))));
        }
        template.hasResourceProperties("AWS::Events::Rule", Match.objectLike(Map.of(
                "Name", "leave-tracker-" + BusRules.WEBHOOKS.name())));
    }

    @Test
    void without_a_slack_secret_there_is_no_slack_app_and_no_slack_rule() {
        Template plain = Template.fromStack(new LeaveTrackerStack(new App(), "Plain", StackProps.builder().build(),
                LambdaPackages.built(), LeaveTrackerStack.Options.defaults()));
        plain.resourceCountIs("AWS::Events::Rule", BusRules.ALL.size() - 1 + 1); // no Slack rule; the daily schedule
        plain.resourceCountIs("AWS::Lambda::Url", 2); // calendar feeds and SCIM
        assertThat(plain.findOutputs("SlackRequestUrl")).isEmpty();
    }

    @Test
    void appsync_serves_the_schema_file_with_one_resolver_per_mapping_line_and_two_auth_modes() {
        template.hasResourceProperties("AWS::AppSync::GraphQLSchema", Map.of(
                "ApiId", Match.anyValue(), "Definition", ApiContract.schema()));
        template.resourceCountIs("AWS::AppSync::Resolver", ApiContract.resolvers().size());
        template.hasResourceProperties("AWS::AppSync::Resolver", Match.objectLike(Map.of(
                "TypeName", "Mutation", "FieldName", "requestLeave",
                "Code", ApiContract.envelopeResolverCode(),
                "Runtime", Map.of("Name", "APPSYNC_JS", "RuntimeVersion", "1.0.0"))));
        template.hasResourceProperties("AWS::AppSync::GraphQLApi", Match.objectLike(Map.of(
                "AuthenticationType", "AMAZON_COGNITO_USER_POOLS",
                "AdditionalAuthenticationProviders", List.of(Map.of("AuthenticationType", "AWS_IAM")))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_resolver_may_read_reports_but_not_uploads() {
        List<String> readable = new java.util.ArrayList<>();
        for (Object policy : template.findResources("AWS::IAM::Policy", Match.objectLike(Map.of("Properties",
                Match.objectLike(Map.of("PolicyName", Match.stringLikeRegexp("ResolverFunction.*")))))).values()) {
            Map<String, Object> document = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) policy)
                    .get("Properties")).get("PolicyDocument");
            for (Map<String, Object> statement : (List<Map<String, Object>>) document.get("Statement")) {
                if (statement.get("Action").toString().contains("s3:GetObject")) {
                    readable.add(statement.get("Resource").toString());
                }
            }
        }
        assertThat(readable).isNotEmpty().allSatisfy(resource -> assertThat(resource).contains("/reports/*")
                .contains("/personal-data/*").doesNotContain("/uploads/").doesNotContain("/*\""));
    }

    @Test
    void uploads_are_private_encrypted_and_tls_only_and_the_outputs_name_the_endpoints() {
        template.hasResourceProperties("AWS::S3::Bucket", Match.objectLike(Map.of(
                "PublicAccessBlockConfiguration", Map.of("BlockPublicAcls", true, "BlockPublicPolicy", true,
                        "IgnorePublicAcls", true, "RestrictPublicBuckets", true),
                "BucketEncryption", Match.anyValue(),
                "LifecycleConfiguration", Map.of("Rules", List.of(Match.objectLike(Map.of(
                        "AbortIncompleteMultipartUpload", Map.of("DaysAfterInitiation", 1))),
                        Match.objectLike(Map.of("Prefix", "reports/", "ExpirationInDays", 7)),
                        Match.objectLike(Map.of("Prefix", "personal-data/", "ExpirationInDays", 7)))),
                "CorsConfiguration", Map.of("CorsRules", List.of(Match.objectLike(Map.of(
                        "AllowedOrigins", Match.arrayWith(List.of("https://leave.example.com")))))))));
        assertThat(template.findOutputs("*").keySet()).first().as("the web app's address first").isEqualTo("WebUrl");
        assertThat(template.findOutputs("*").keySet())
                .contains("GraphQlUrl", "RealtimeUrl", "UserPoolId", "UserPoolClientId", "Region");
    }

    @Test
    void sign_in_offers_the_configured_single_sign_on_providers_and_a_hosted_domain() {
        template.resourceCountIs("AWS::Cognito::UserPoolIdentityProvider", 3);
        template.hasResourceProperties("AWS::Cognito::UserPoolDomain", Map.of("Domain", "acme-leave",
                "UserPoolId", Match.anyValue()));
        template.hasResourceProperties("AWS::Cognito::UserPoolClient", Match.objectLike(Map.of(
                "SupportedIdentityProviders", Match.arrayWith(List.of("COGNITO", "Google", "Okta", "EntraID")),
                "CallbackURLs", Match.arrayWith(List.of("https://leave.example.com/")))));
        assertThat(template.toJSON().toString()).doesNotContain("g-secret")
                .contains("resolve:secretsmanager:leave/okta");
        template.hasResourceProperties("AWS::Cognito::UserPool", Match.objectLike(Map.of(
                "AdminCreateUserConfig", Map.of("AllowAdminCreateUserOnly", true))));
    }

    @Test
    void an_event_a_rule_invoked_function_fails_on_ends_in_its_failure_queue_with_an_alarm() {
        // projections, notifications, webhooks, calendars, Slack and the daily retention: one invoke config each, on
        // the alias the rules target
        template.resourceCountIs("AWS::Lambda::EventInvokeConfig", 6);
        assertThat(template.findResources("AWS::Lambda::EventInvokeConfig").keySet())
                .as("on each function's live alias").allMatch(id -> id.contains("LiveEventInvokeConfig"));
        template.allResourcesProperties("AWS::Lambda::EventInvokeConfig", Match.objectLike(Map.of(
                "MaximumRetryAttempts", 2, "MaximumEventAgeInSeconds", 6 * 3600,
                "DestinationConfig", Map.of("OnFailure", Map.of("Destination",
                        Match.objectLike(Map.of("Fn::GetAtt", Match.arrayWith(List.of("Arn")))))))));
        String queues = template.findResources("AWS::SQS::Queue").keySet().toString();
        for (String consumer : List.of("projections", "notifications", "webhooks", "calendars", "slack", "retention")) {
            assertThat(queues).contains("Pipeline" + consumer + "failures");
        }
        String alarms = template.findResources("AWS::CloudWatch::Alarm").toString();
        assertThat(alarms).contains("the projections function failed on after its retries");
        // the redrive reads those queues and invokes those aliases, and nothing else of theirs
        Map<String, Map<String, Object>> redrive = template.findResources("AWS::Lambda::Function", Match.objectLike(
                Map.of("Properties", Match.objectLike(Map.of("Handler",
                        "org.leavetracker.functions.maintenance.RedriveHandler::handleRequest")))));
        assertThat(redrive).hasSize(1);
        assertThat(redrive.toString()).contains("FAILURE_QUEUES", "CONSUMERS");
    }

    @Test
    void people_s_data_keys_are_wrapped_by_a_rotated_retained_kms_key_and_the_retention_runs_daily() throws Exception {
        template.hasResource("AWS::KMS::Key", Match.objectLike(Map.of("DeletionPolicy", "Retain",
                "Properties", Match.objectLike(Map.of("EnableKeyRotation", true)))));
        Map<String, Map<String, Object>> functions = template.findResources("AWS::Lambda::Function");
        for (String handler : List.of("api.ApiHandler", "maintenance.RetentionHandler",
                "maintenance.SealPersonalFieldsHandler", "maintenance.RebuildHandler")) {
            assertThat(functions.values()).as(handler).filteredOn(f -> f.toString().contains(handler))
                    .hasSize(1).allSatisfy(f -> assertThat(f.toString()).contains("PERSONAL_DATA_KEY_ID"));
        }
        template.hasResourceProperties("AWS::Events::Rule", Match.objectLike(Map.of(
                "ScheduleExpression", "cron(30 2 * * ? *)",
                "Targets", List.of(Match.objectLike(Map.of("Arn", Match.objectLike(Map.of(
                        "Ref", Match.stringLikeRegexp("RetentionFunction.*")))))))));
        // the keys table: a day of point-in-time recovery and no copy in AWS Backup, so an erasure reaches every
        // copy of a key within a day; the read table is rebuilt from the events instead
        String keys = JSON.writeValueAsString(template.findResources("AWS::DynamoDB::GlobalTable",
                Match.objectLike(Map.of("Properties", Match.objectLike(Map.of("TableName",
                        Match.stringLikeRegexp(".*personal-keys")))))));
        assertThat(keys).contains("\"RecoveryPeriodInDays\":1");
        String selection = JSON.writeValueAsString(template.findResources("AWS::Backup::BackupSelection"));
        assertThat(selection).contains("Tablesevents").doesNotContain("Tablespersonalkeys").doesNotContain("Tablesread");
    }

    @Test
    void every_physical_name_carries_the_prefix_and_the_archive_names_no_empty_key() {
        App app = new App();
        Template staging = Template.fromStack(new LeaveTrackerStack(app, "Staging", StackProps.builder().build(),
                LambdaPackages.built(),
                new LeaveTrackerStack.Options("staging-", null, "*", null, SignIn.Config.none())));
        var names = new java.util.ArrayList<String>();
        for (var type : Map.of("AWS::DynamoDB::GlobalTable", "TableName", "AWS::Events::EventBus", "Name",
                "AWS::Events::Archive", "ArchiveName", "AWS::Events::Rule", "Name",
                "AWS::Cognito::UserPool", "UserPoolName", "AWS::AppSync::GraphQLApi", "Name").entrySet()) {
            for (Map<String, Object> resource : staging.findResources(type.getKey()).values()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> properties = (Map<String, Object>) resource.get("Properties");
                names.add(String.valueOf(properties.get(type.getValue())));
            }
        }
        assertThat(names).hasSizeGreaterThan(Tables.ALL.size() + 5).allMatch(n -> n.startsWith("staging-"),
                "starts with staging-");
        assertThat(staging.toJSON().toString()).doesNotContain("leave-tracker-");
        staging.hasResourceProperties("AWS::Events::Archive", Match.objectLike(Map.of(
                "ArchiveName", "staging-events", "KmsKeyIdentifier", Match.absent())));
        template.hasResourceProperties("AWS::Events::Archive", Map.of(
                "ArchiveName", "leave-tracker-events", "RetentionDays", 365, "EventPattern", Match.anyValue(),
                "SourceArn", Match.anyValue()));
    }

    @Test
    void the_resolver_may_put_uploads_and_get_reports_and_nothing_else_of_the_bucket() {
        String resolverPolicies = template.findResources("AWS::IAM::Policy", Match.objectLike(Map.of("Properties",
                Match.objectLike(Map.of("PolicyName", Match.stringLikeRegexp("ResolverFunction.*")))))).toString();
        assertThat(resolverPolicies).contains("s3:PutObject", "s3:GetObject", "/reports/*")
                .doesNotContain("s3:GetBucket").doesNotContain("s3:PutObjectRetention")
                .doesNotContain("s3:PutObjectLegalHold").doesNotContain("s3:PutObjectTagging")
                .doesNotContain("s3:Abort");
        // it lists and deletes nothing but an erased person's exports
        for (String statement : resolverPolicies.split("\\{Action=")) {
            if (statement.contains("s3:List") || statement.contains("s3:DeleteObject")) {
                assertThat(statement).contains("personal-data/");
            }
        }
    }

    @Test
    void no_secret_value_is_in_any_function_s_environment() {
        String functions = template.findResources("AWS::Lambda::Function").toString();
        assertThat(functions).doesNotContain("resolve:secretsmanager").doesNotContain("SLACK_SIGNING_SECRET")
                .doesNotContain("SLACK_BOT_TOKEN").doesNotContain("WEBHOOK_SIGNING_KEY=");
        String policies = template.findResources("AWS::IAM::Policy").toString();
        assertThat(policies).contains("secretsmanager:GetSecretValue").contains("leave/slack-??????");
    }

    @Test
    void cognito_mails_through_ses_and_a_test_client_exists_only_when_asked_for() {
        template.hasResourceProperties("AWS::Cognito::UserPool", Match.objectLike(Map.of("EmailConfiguration",
                Match.objectLike(Map.of("EmailSendingAccount", "DEVELOPER",
                        "From", "Leave Tracker <leave@example.com>")))));
        template.hasResourceProperties("AWS::Cognito::UserPoolClient", Match.objectLike(Map.of(
                "ExplicitAuthFlows", List.of("ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"))));
        template.hasOutput("TestClientId", Match.anyValue());
        // the web app's client never allows passwords sent by an admin API
        template.hasResourceProperties("AWS::Cognito::UserPoolClient", Match.objectLike(Map.of(
                "AllowedOAuthFlows", List.of("code"), "ExplicitAuthFlows", Match.absent())));
        Template plain = Template.fromStack(new LeaveTrackerStack(new App(), "Plain", StackProps.builder().build(),
                LambdaPackages.built(),
                LeaveTrackerStack.Options.defaults()));
        assertThat(plain.findOutputs("TestClientId", Match.anyValue())).isEmpty();
        assertThat(plain.toJSON().toString()).doesNotContain("ALLOW_ADMIN_USER_PASSWORD_AUTH");
    }

    @Test
    void uploads_are_allowed_from_the_web_client_s_origins_only_never_from_anywhere() {
        assertThat(LeaveTrackerApp.originsOf("https://leave.example.com/, http://localhost:3000/callback"))
                .isEqualTo("https://leave.example.com,http://localhost:3000");
        // no extra origin by default: only the web app's own address may upload
        assertThat(LeaveTrackerStack.Options.defaults().webOrigin()).isEmpty();
        assertThat(SignIn.Config.none().callbackUrls()).isEmpty();
        template.hasResourceProperties("AWS::S3::Bucket", Match.objectLike(Map.of("CorsConfiguration", Map.of(
                "CorsRules", List.of(Match.objectLike(Map.of("AllowedOrigins",
                        Match.arrayWith(List.of("https://leave.example.com")))))))));
        assertThat(template.findResources("AWS::S3::Bucket").toString()).doesNotContain("AllowedOrigins=[*]");
    }

    @Test
    void the_web_app_is_served_by_cloudfront_from_a_bucket_only_cloudfront_reads() {
        template.hasResourceProperties("AWS::CloudFront::Distribution", Match.objectLike(Map.of("DistributionConfig",
                Match.objectLike(Map.of("DefaultRootObject", "index.html", "HttpVersion", "http2and3",
                        "DefaultCacheBehavior", Match.objectLike(Map.of("ViewerProtocolPolicy", "redirect-to-https",
                                "Compress", true, "AllowedMethods", List.of("GET", "HEAD"),
                                "ResponseHeadersPolicyId", Map.of("Ref", Match.stringLikeRegexp("WebSecurityHeaders.*")))),
                        "Origins", List.of(Match.objectLike(Map.of("OriginAccessControlId", Match.anyValue(),
                                "S3OriginConfig", Map.of("OriginAccessIdentity", "")))),
                        "CustomErrorResponses", List.of(
                                Map.of("ErrorCode", 403, "ResponseCode", 200, "ResponsePagePath", "/index.html",
                                        "ErrorCachingMinTTL", 0),
                                Map.of("ErrorCode", 404, "ResponseCode", 200, "ResponsePagePath", "/index.html",
                                        "ErrorCachingMinTTL", 0)))))));
        template.hasResourceProperties("AWS::CloudFront::OriginAccessControl", Match.objectLike(Map.of(
                "OriginAccessControlConfig", Match.objectLike(Map.of("OriginAccessControlOriginType", "s3",
                        "SigningBehavior", "always")))));
        // the site bucket: private, and its policy lets CloudFront (this distribution) read, no one else
        template.hasResourceProperties("AWS::S3::Bucket", Match.objectLike(Map.of(
                "PublicAccessBlockConfiguration", Map.of("BlockPublicAcls", true, "BlockPublicPolicy", true,
                        "IgnorePublicAcls", true, "RestrictPublicBuckets", true),
                "Tags", Match.arrayWith(List.of(Map.of("Key", "aws-cdk:auto-delete-objects", "Value", "true"))))));
        String sitePolicy = template.findResources("AWS::S3::BucketPolicy", Match.objectLike(Map.of("Properties",
                Match.objectLike(Map.of("Bucket", Map.of("Ref", Match.stringLikeRegexp("WebSite.*"))))))).toString();
        assertThat(sitePolicy).contains("cloudfront.amazonaws.com", "AWS:SourceArn", "s3:GetObject")
                .doesNotContain("Effect=Allow, Principal={AWS=*}").doesNotContain("Effect=Allow, Principal=*");
    }

    @Test
    void the_web_app_s_headers_are_the_local_runtime_s_with_the_stack_s_endpoints() throws Exception {
        Map<String, Map<String, Object>> policies = template.findResources("AWS::CloudFront::ResponseHeadersPolicy");
        assertThat(policies).hasSize(1);
        String json = JSON.writeValueAsString(policies);
        assertThat(json).contains("default-src 'none'; script-src 'self'; style-src 'self'")
                .contains("frame-ancestors 'none'").contains("appsync-realtime-api").contains("https://cognito-idp.")
                .contains(".auth.").contains("amazoncognito.com").contains("uploads-").doesNotContain("unsafe");
        template.hasResourceProperties("AWS::CloudFront::ResponseHeadersPolicy", Match.objectLike(Map.of(
                "ResponseHeadersPolicyConfig", Match.objectLike(Map.of("SecurityHeadersConfig", Match.objectLike(Map.of(
                        "StrictTransportSecurity", Match.objectLike(Map.of("AccessControlMaxAgeSec", 31536000,
                                "IncludeSubdomains", true, "Override", true)),
                        "ContentTypeOptions", Map.of("Override", true),
                        "FrameOptions", Map.of("FrameOption", "DENY", "Override", true),
                        "ReferrerPolicy", Map.of("ReferrerPolicy", "strict-origin-when-cross-origin",
                                "Override", true))))))));
    }

    @Test
    void the_web_app_signs_in_with_the_code_flow_back_to_its_own_address_and_gets_its_configuration() {
        template.hasResourceProperties("AWS::Cognito::UserPoolClient", Match.objectLike(Map.of(
                "AllowedOAuthFlows", List.of("code"), "GenerateSecret", false,
                // the company's own domain (context webDomain) is the web app's address
                "CallbackURLs", List.of("https://leave.acme.example/", "https://leave.example.com/"),
                "LogoutURLs", Match.arrayWith(List.of("https://leave.example.com/")))));
        // config.json is written next to the app by a deployment that also sends index.html, both never cached
        Map<String, Map<String, Object>> pages = template.findResources("Custom::CDKBucketDeployment",
                Match.objectLike(Map.of("Properties", Match.objectLike(Map.of(
                        "Include", List.of("index.html", "config.json"),
                        "SystemMetadata", Map.of("cache-control", "no-cache"),
                        "DistributionPaths", List.of("/index.html", "/config.json"))))));
        assertThat(pages).hasSize(1);
        // config.json's values are the stack's: the markers of its JSON resolve to the API, the pool and its client
        String markers = String.valueOf(((Map<?, ?>) pages.values().iterator().next().get("Properties"))
                .get("SourceMarkers"));
        assertThat(markers).contains("GraphQLUrl", "SignInUsers", "SignInUsersWebClient", ".auth.",
                "amazoncognito.com");
        template.hasResourceProperties("Custom::CDKBucketDeployment", Match.objectLike(Map.of(
                "Exclude", List.of("index.html", "graphiql/*"),
                "SystemMetadata", Map.of("cache-control", "public, max-age=31536000, immutable"))));
    }

    @Test
    void a_changed_e_mail_takes_effect_only_once_verified() {
        template.hasResourceProperties("AWS::Cognito::UserPool", Match.objectLike(Map.of(
                "AutoVerifiedAttributes", List.of("email"),
                "UserAttributeUpdateSettings", Map.of("AttributesRequireVerificationBeforeUpdate", List.of("email")))));
    }

    @Test
    void the_resolver_function_may_append_events_but_never_update_or_delete_them() {
        Map<String, Map<String, Object>> all = template.findResources("AWS::IAM::Policy");
        assertThat(all.toString()).doesNotContain("dynamodb:*");
        // the only delete is of a released sign-in's key, the only update a rate limit's counter, both in the keys
        // table; apart from the operator's one-off sealing of clear personal fields (decision 0036), the one
        // rewrite of events ever made
        all.forEach((name, policy) -> {
            for (String statement : policy.toString().split("\\{Action=")) {
                if (!name.startsWith("SealingFunction")
                        && (statement.contains("dynamodb:DeleteItem") || statement.contains("dynamodb:UpdateItem"))) {
                    assertThat(statement).as(name).contains("Tableskeys").doesNotContain("Tablesevents")
                            .doesNotContain("Tablesread");
                }
            }
        });
        assertThat(all.entrySet()).filteredOn(p -> java.util.Arrays.stream(p.getValue().toString().split("\\{Action="))
                .anyMatch(st -> st.contains("dynamodb:UpdateItem") && st.contains("Tablesevents")))
                .extracting(Map.Entry::getKey).hasSize(1).allMatch(name -> name.startsWith("SealingFunction"));
    }

    @Test
    void the_notifier_sends_mail_only_as_the_configured_sender() {
        template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Handler", "org.leavetracker.functions.pipeline.NotificationHandler::handleRequest",
                "Environment", Map.of("Variables", Match.objectLike(Map.of("MAIL_FROM", "leave@example.com"))))));
        String policies = template.findResources("AWS::IAM::Policy").toString();
        assertThat(policies).contains("ses:SendEmail").contains("identity/example.com")
                .contains("identity/leave@example.com").doesNotContain("ses:*");
    }

    @Test
    void calendar_feeds_are_served_by_a_public_function_url_whose_address_the_resolver_knows() {
        template.hasResourceProperties("AWS::Lambda::Url", Map.of("AuthType", "NONE",
                "TargetFunctionArn", Match.anyValue(), "Qualifier", "live"));
        template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Handler", "org.leavetracker.functions.api.ApiHandler::handleRequest",
                "Environment", Map.of("Variables", Match.objectLike(Map.of("CALENDAR_BASE_URL", Match.anyValue(),
                        "UPLOADS_BUCKET", Match.anyValue()))))));
        template.hasOutput("CalendarFeedBaseUrl", Match.anyValue());
    }

    @Test
    void scim_is_served_by_its_own_public_function_url_with_reserved_concurrency_an_alarm_and_its_address_known() {
        Map<String, Map<String, Object>> scim = template.findResources("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Properties", Match.objectLike(Map.of(
                        "Handler", "org.leavetracker.functions.scim.ScimHandler::handleRequest",
                        "ReservedConcurrentExecutions", Functions.SCIM_CONCURRENCY)))));
        assertThat(scim).hasSize(1);
        String function = scim.keySet().iterator().next();
        Map<String, Map<String, Object>> aliases = template.findResources("AWS::Lambda::Alias", Match.objectLike(Map.of(
                "Properties", Match.objectLike(Map.of("FunctionName", Map.of("Ref", function))))));
        assertThat(aliases).hasSize(1);
        template.hasResourceProperties("AWS::Lambda::Url", Map.of("AuthType", "NONE",
                "TargetFunctionArn", Map.of("Fn::GetAtt", List.of(function, "Arn")), "Qualifier", "live"));
        // the resolver writes the address on the Set-up page, and the commands of a provider are the resolver's
        template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Handler", "org.leavetracker.functions.api.ApiHandler::handleRequest",
                "Environment", Map.of("Variables", Match.objectLike(Map.of("SCIM_URL", Match.anyValue()))))));
        template.hasOutput("ScimUrl", Match.anyValue());
        assertThat(template.findResources("AWS::CloudWatch::Alarm").toString()).contains(function);
    }
}
