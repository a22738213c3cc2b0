package org.leavetracker.functions.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leavetracker.adapters.testing.LocalDynamo;
import org.leavetracker.adapters.testing.RecordedKms;
import org.leavetracker.adapters.testing.RecordedSlackApi;
import org.leavetracker.adapters.testing.SlackFixtures;

/**
 * Every handler starts from its own deployment package alone, as Lambda starts it: wired from the environment the
 * stack sets, on DynamoDB Local, and answering an event where one needs no other AWS service. A library a package
 * leaves out that its handler needs fails here, not in the cloud.
 */
class LambdaPackagesIT {

    private static final LocalDynamo DYNAMO = LocalDynamo.shared();
    private static final RecordedKms KMS = new RecordedKms();
    private static String prefix;

    @TempDir
    static Path work;

    @BeforeAll
    static void tables() {
        prefix = DYNAMO.freshTables();
    }

    @ParameterizedTest(name = "{1} from the {0} package")
    @CsvSource(delimiter = '|', textBlock = """
            api        | api.ApiHandler                  | UPLOADS_BUCKET WEBHOOK_SIGNING_KEY CALENDAR_BASE_URL CALENDAR_SECRETS_PREFIX CALENDAR_CHECK_FUNCTION | create-organization.json | "name":"Packaged GmbH"
            api        | scim.ScimHandler                |                                      | scim-users.json          | "statusCode":401
            feeds      | calendar.CalendarFeedHandler    |                                      | unknown-feed.json        | "statusCode":404
            pipeline   | pipeline.StreamForwarderHandler | EVENT_BUS_NAME                       | no-stream-records.json   | "batchItemFailures":[]
            pipeline   | pipeline.ProjectionHandler      | EVENT_BUS_NAME GRAPHQL_URL           |                          |
            pipeline   | pipeline.NotificationHandler    | MAIL_FROM                            |                          |
            pipeline   | webhook.WebhookDeliveryHandler  | WEBHOOK_SIGNING_KEY                  |                          |
            operations | maintenance.RedriveHandler      | FAILURE_QUEUES CONSUMERS             |                          |
            operations | maintenance.RebuildHandler      |                                      |                          |
            operations | maintenance.RetentionHandler    | UPLOADS_BUCKET                       | daily-schedule.json      | "erased":0
            operations | maintenance.SealPersonalFieldsHandler |                                | seal-run.json            | "done":true
            slack      | slack.SlackHandler              | SLACK_SIGNING_SECRET SLACK_BOT_TOKEN | unsigned-slack.json      | "statusCode":401
            slack      | slack.SlackNotificationHandler  | SLACK_SIGNING_SECRET SLACK_BOT_TOKEN |                          |
            calendars  | outofoffice.CalendarDeliveryHandler | CALENDAR_SECRETS_PREFIX          |                          |
            calendars  | outofoffice.CalendarCheckHandler    | CALENDAR_SECRETS_PREFIX          |                          |
            """)
    void a_handler_starts_and_answers_from_its_package_alone(String pkg, String handler, String variables,
                                                             String event, String expected) throws Exception {
        String output = run(pkg, handler, event == null ? null : eventFile(event),
                environment(variables == null ? List.of() : List.of(variables.split(" "))));
        if (expected != null) {
            assertThat(output).contains(expected).doesNotContain("\"error\"");
        }
    }

    /**
     * Slack's package leaves out the SDK's APIs the app never calls (pom.xml): a signed command still goes through
     * the SDK's signature check, its command parser and its Web API client, answered by a recorded Slack.
     */
    @Test
    void a_signed_slack_command_goes_through_the_slack_sdk_in_the_slack_package() throws Exception {
        try (RecordedSlackApi slack = new RecordedSlackApi().member("UPKG", "nobody@packaged.test")) {
            String body = SlackFixtures.slashCommand("UPKG", "balance", "T-packaged");
            Map<String, String> headers = new SlackFixtures("local-signing-secret").headers(body,
                    Instant.now().getEpochSecond());
            Path event = work.resolve("signed-slack.json");
            Files.writeString(event, new ObjectMapper().writeValueAsString(Map.of("rawPath", "/slack/commands",
                    "headers", headers, "requestContext", Map.of("http", Map.of("method", "POST")), "body", body)));
            Map<String, String> env = environment(List.of("SLACK_SIGNING_SECRET", "SLACK_BOT_TOKEN"));
            env.put("SLACK_API_URL", slack.url());

            String output = run("slack", "slack.SlackHandler", event, env);

            assertThat(output).contains("\"statusCode\":200").contains("ephemeral");
            assertThat(slack.calls("users.info")).extracting(c -> c.params().get("user")).containsExactly("UPKG");
        }
    }

    private static String run(String pkg, String handler, Path event, Map<String, String> env) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-cp",
                packageJar(pkg) + java.io.File.pathSeparator + runnerDirectory(),
                HandlerRun.class.getName(), "org.leavetracker.functions." + handler));
        if (event != null) {
            command.add(event.toString());
        }
        ProcessBuilder process = new ProcessBuilder(command).redirectErrorStream(true);
        process.environment().putAll(env);
        Process run = process.start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as(output).isZero();
        assertThat(output).contains("wired org.leavetracker.functions." + handler);
        return output;
    }

    /**
     * What the stack sets for every function, pointed at DynamoDB Local, and the variables it sets for this one
     * (values local: no call in these runs reaches another AWS service).
     */
    private static Map<String, String> environment(List<String> variables) {
        Map<String, String> all = new HashMap<>();
        all.put("UPLOADS_BUCKET", "leave-tracker-uploads");
        all.put("WEBHOOK_SIGNING_KEY", "a-local-signing-key-of-at-least-thirty-two-bytes");
        all.put("CALENDAR_BASE_URL", "https://feeds.example.test");
        all.put("EVENT_BUS_NAME", "leave-tracker");
        all.put("GRAPHQL_URL", "https://api.example.test/graphql");
        all.put("MAIL_FROM", "leave@example.test");
        all.put("FAILURE_QUEUES", "");
        all.put("CONSUMERS", "");
        all.put("SLACK_SIGNING_SECRET", "local-signing-secret");
        all.put("SLACK_BOT_TOKEN", "xoxb-local");
        all.put("CALENDAR_SECRETS_PREFIX", "leave-tracker-calendar/");
        all.put("CALENDAR_CHECK_FUNCTION", "leave-tracker-calendar-check");
        Map<String, String> env = new HashMap<>(Map.of("AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", "local",
                "AWS_SECRET_ACCESS_KEY", "local", "DYNAMODB_ENDPOINT", "http://127.0.0.1:" + DYNAMO.port(),
                "TABLE_PREFIX", prefix, "PERSONAL_DATA_KEY_ID", RecordedKms.KEY_ARN, "KMS_ENDPOINT", KMS.url()));
        variables.forEach(name -> env.put(name, all.get(name)));
        return env;
    }

    private static Path eventFile(String name) throws IOException {
        Path file = work.resolve(name);
        Files.writeString(file, switch (name) {
            case "create-organization.json" -> """
                    {"info": {"parentTypeName": "Mutation", "fieldName": "createOrganization"},
                     "arguments": {"name": "Packaged GmbH"},
                     "identity": {"sub": "sub-founder", "claims": {"sub": "sub-founder",
                                  "email": "founder@packaged.test", "email_verified": "true"}},
                     "request": {"headers": {}}}""";
            case "scim-users.json" -> """
                    {"rawPath": "/scim/v2/Users", "queryStringParameters": {"filter": "userName eq \\"a@b.test\\""},
                     "headers": {"authorization": "Bearer scim.org.token.secret"},
                     "requestContext": {"http": {"method": "GET"}, "domainName": "scim.example.test"}}""";
            case "unknown-feed.json" -> """
                    {"rawPath": "/feeds/not-a-feed.ics", "requestContext": {"http": {"method": "GET"}}}""";
            case "daily-schedule.json" -> """
                    {"source": "aws.events", "account": "111122223333", "region": "us-east-1",
                     "resources": ["arn:aws:events:us-east-1:111122223333:rule/leave-tracker-retention"]}""";
            case "seal-run.json" -> """
                    {}""";
            case "no-stream-records.json" -> """
                    {"records": []}""";
            case "unsigned-slack.json" -> """
                    {"rawPath": "/slack/commands", "headers": {"content-type": "application/x-www-form-urlencoded"},
                     "requestContext": {"http": {"method": "POST"}}, "body": "command=%2Fleave&text=balance"}""";
            default -> throw new IllegalArgumentException(name);
        });
        return file;
    }

    private static String packageJar(String classifier) throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().endsWith("-" + classifier + ".jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target/*-" + classifier + ".jar")).toString();
        }
    }

    /** This runner alone, so that nothing of the test class path hides what a package lacks. */
    private static String runnerDirectory() throws IOException {
        Path dir = work.resolve("runner");
        String classFile = HandlerRun.class.getName().replace('.', '/') + ".class";
        Path target = dir.resolve(classFile);
        if (!Files.exists(target)) {
            Files.createDirectories(target.getParent());
            Files.copy(Path.of("target/test-classes").resolve(classFile), target);
        }
        return dir.toString();
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
