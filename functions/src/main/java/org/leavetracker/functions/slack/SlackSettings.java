package org.leavetracker.functions.slack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.leavetracker.adapters.secrets.CachedSecret;
import org.leavetracker.adapters.slack.SlackWebApi;

/**
 * The Slack app's secrets and where its Web API is. In the cloud: SLACK_SECRET names a Secrets Manager secret
 * {@code {"signingSecret": "…", "botToken": "xoxb-…"}}, read at run time and again after {@link CachedSecret#MAX_AGE}
 * (see {@link #current()}); locally and in tests: SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN. SLACK_API_URL is
 * Slack's own by default (a recorded API in tests). Without the secrets there is no Slack app.
 */
public record SlackSettings(String signingSecret, String botToken, String apiUrl) {

    private static Supplier<Optional<SlackSettings>> source;

    /** The settings as they are now: in the cloud, a rotated secret shows here within its maximum age. */
    public static synchronized Optional<SlackSettings> current() {
        if (source == null) {
            source = fromEnvironment();
        }
        return source.get();
    }

    private static Supplier<Optional<SlackSettings>> fromEnvironment() {
        String apiUrl = System.getenv("SLACK_API_URL");
        String secretId = System.getenv("SLACK_SECRET");
        if (secretId != null && !secretId.isBlank()) {
            CachedSecret secret = CachedSecret.inSecretsManager(secretId);
            return () -> Optional.of(parse(secret.get(), apiUrl));
        }
        String signing = System.getenv("SLACK_SIGNING_SECRET");
        String token = System.getenv("SLACK_BOT_TOKEN");
        Optional<SlackSettings> fixed = signing == null || signing.isBlank() || token == null || token.isBlank()
                ? Optional.empty() : Optional.of(new SlackSettings(signing, token, apiUrl));
        return () -> fixed;
    }

    static SlackSettings parse(String secretJson, String apiUrl) {
        try {
            JsonNode secret = new ObjectMapper().readTree(secretJson);
            return new SlackSettings(secret.path("signingSecret").asText(), secret.path("botToken").asText(), apiUrl);
        } catch (IOException e) {
            throw new UncheckedIOException("the Slack secret must be JSON with signingSecret and botToken", e);
        }
    }

    public SlackWebApi webApi() {
        return SlackWebApi.connect(botToken, apiUrl);
    }
}
