package org.leavetracker.adapters.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.google.gson.Gson;
import com.slack.api.app_backend.SlackSignature;

/**
 * Requests as Slack sends them to the app's URL — slash commands (form fields), block-action and view-submission
 * payloads (JSON in a {@code payload} field), in the shapes of Slack's documentation — and their signatures.
 */
public final class SlackFixtures {

    private static final Gson GSON = new Gson();

    private final String signingSecret;

    public SlackFixtures(String signingSecret) {
        this.signingSecret = signingSecret;
    }

    public static String slashCommand(String slackUserId, String text, String triggerId) {
        return "token=gIkuvaNzQIHg97ATvDxqgjtO&team_id=T0001&team_domain=acme&enterprise_id=E0001"
                + "&channel_id=C2147483705&channel_name=general&user_id=" + enc(slackUserId) + "&user_name=someone"
                + "&command=%2Fleave&text=" + enc(text)
                + "&api_app_id=A123456&is_enterprise_install=false"
                + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2F1234%2F5678&trigger_id=" + enc(triggerId);
    }

    public static String buttonPress(String slackUserId, String actionId, String requestId, String channelId,
                                     String messageTs, String triggerId) {
        String payload = """
                {"type":"block_actions","user":{"id":"%s","username":"someone","team_id":"T0001"},
                 "api_app_id":"A123456","token":"9s8d9as89d8as9d8as989","trigger_id":"%s",
                 "team":{"id":"T0001","domain":"acme"},
                 "container":{"type":"message","message_ts":"%s","channel_id":"%s","is_ephemeral":false},
                 "channel":{"id":"%s","name":"directmessage"},
                 "response_url":"https://hooks.slack.com/actions/T0001/1234/abcd",
                 "actions":[{"action_id":"%s","block_id":"decide","text":{"type":"plain_text","text":"Approve"},
                             "value":"%s","type":"button","action_ts":"1548426417.840180"}]}"""
                .formatted(slackUserId, triggerId, messageTs, channelId, channelId, actionId, requestId);
        return "payload=" + enc(payload);
    }

    /** A modal submitted: the view as the app opened it (callback id, private metadata) with what was typed. */
    public static String viewSubmission(String slackUserId, String viewId, String callbackId, String privateMetadata,
                                        String typedReason) {
        String payload = """
                {"type":"view_submission","team":{"id":"T0001","domain":"acme"},
                 "user":{"id":"%s","username":"someone","name":"someone","team_id":"T0001"},
                 "api_app_id":"A123456","token":"9s8d9as89d8as9d8as989","trigger_id":"12466734323.1395872398",
                 "view":{"id":"%s","team_id":"T0001","type":"modal","callback_id":"%s","private_metadata":%s,
                         "state":{"values":{"reason":{"reason":{"type":"plain_text_input","value":%s}}}},
                         "hash":"156772938.1827394","app_id":"A123456","bot_id":"B123456"},
                 "response_urls":[],"is_enterprise_install":false}"""
                .formatted(slackUserId, viewId, callbackId, json(privateMetadata), json(typedReason));
        return "payload=" + enc(payload);
    }

    private static String json(String value) {
        return value == null ? "null" : GSON.toJson(value);
    }

    /** The two headers Slack adds, signed now (or at another moment, for replay tests). */
    public Map<String, String> headers(String body, long epochSeconds) {
        String timestamp = Long.toString(epochSeconds);
        return Map.of(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, timestamp,
                SlackSignature.HeaderNames.X_SLACK_SIGNATURE,
                new SlackSignature.Generator(signingSecret).generate(timestamp, body),
                "content-type", "application/x-www-form-urlencoded");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
