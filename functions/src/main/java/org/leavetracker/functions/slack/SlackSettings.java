package org.leavetracker.functions.slack;

import java.util.Optional;

import org.leavetracker.adapters.slack.SlackWebApi;

/**
 * The Slack app's secrets and where its Web API is: SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN and optionally
 * SLACK_API_URL (Slack's own by default; a recorded API in tests). Without the first two there is no Slack app.
 */
public record SlackSettings(String signingSecret, String botToken, String apiUrl) {

    public static Optional<SlackSettings> fromEnvironment() {
        String secret = System.getenv("SLACK_SIGNING_SECRET");
        String token = System.getenv("SLACK_BOT_TOKEN");
        if (secret == null || secret.isBlank() || token == null || token.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new SlackSettings(secret, token, System.getenv("SLACK_API_URL")));
    }

    public SlackWebApi webApi() {
        return SlackWebApi.connect(botToken, apiUrl);
    }
}
