package org.leavetracker.infra;

import java.util.HashMap;
import java.util.Map;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.FunctionUrl;
import software.amazon.awscdk.services.lambda.FunctionUrlAuthType;
import software.amazon.awscdk.services.lambda.FunctionUrlOptions;
import software.constructs.Construct;

/**
 * The Slack app, where a deployment has one: its request URL (slash commands, buttons) and the notifier that sends
 * the workflow's direct messages. Both read the bot token and signing secret from a Secrets Manager secret
 * (JSON: {@code signingSecret}, {@code botToken}) that CloudFormation resolves into their encrypted environment.
 */
final class SlackApp extends Construct {

    /** Slack sends one request per command or click and retries on 429; 10 at once is a busy company's peak. */
    static final int REQUEST_CONCURRENCY = 10;

    private final JavaFunction requests;
    private final JavaFunction notifier;
    private final FunctionUrl url;

    SlackApp(Construct scope, String id, Code code, Map<String, String> environment, String secretName,
             DataTables tables) {
        super(scope, id);
        Map<String, String> slack = new HashMap<>(environment);
        // the functions read the secret at run time (SlackSettings): its values are in no environment variable
        slack.put("SLACK_SECRET", secretName);
        requests = new JavaFunction(this, "SlackFunction", code,
                "org.leavetracker.functions.slack.SlackHandler::handleRequest", Duration.seconds(15), slack,
                Functions.LATENCY); // Slack wants an answer within 3 s
        notifier = new JavaFunction(this, "SlackNotificationFunction", code,
                "org.leavetracker.functions.slack.SlackNotificationHandler::handleRequest", Duration.seconds(60),
                slack, Functions.IO);
        // Public by design: Slack cannot sign with AWS credentials; every request is checked against Slack's
        // signature and timestamp instead.
        requests.reserve(REQUEST_CONCURRENCY);
        url = requests.live().addFunctionUrl(FunctionUrlOptions.builder().authType(FunctionUrlAuthType.NONE).build());
        ISecret secret = Secret.fromSecretNameV2(this, "Secret", secretName);
        secret.grantRead(requests.function());
        secret.grantRead(notifier.function());
        // Commands and buttons go through the use cases, like the resolver.
        tables.grantCommands(requests);
        tables.grantReads(notifier, false);
    }

    JavaFunction requests() {
        return requests;
    }

    JavaFunction notifier() {
        return notifier;
    }

    FunctionUrl url() {
        return url;
    }
}
