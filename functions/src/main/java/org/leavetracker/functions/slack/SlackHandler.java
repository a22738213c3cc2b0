package org.leavetracker.functions.slack;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.SlashCommandPayloadParser;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import com.slack.api.util.json.GsonFactory;
import org.leavetracker.adapters.slack.FormBody;
import org.leavetracker.adapters.slack.SlackWebApi;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.functions.support.Application;
import org.leavetracker.functions.support.JsonLog;

/**
 * The Slack app's request URL (a Lambda Function URL; a route of the local runtime): slash commands and
 * interactive payloads. Every request must carry Slack's signature over its timestamp and body with the signing
 * secret, and a timestamp within five minutes (replays are refused) — otherwise 401 and nothing is done.
 */
public final class SlackHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private static final JsonLog LOG = new JsonLog(SlackHandler.class);
    private static final Gson GSON = GsonFactory.createSnakeCase();
    private static final WiredPerSecret<SlackHandler> CURRENT = new WiredPerSecret<>("the Slack function",
            (app, settings) -> new SlackHandler(app, settings, settings.webApi()));

    /** Lambda's instance: it hands every request to the handler wired with the secrets as they are now. */
    private final boolean wiredPerSecret;
    private final SlackSignature.Verifier verifier;
    private final SlackWebApi slack;
    private final SlackCommands commands;
    /** Slack's timestamps are wall-clock time, whatever business date the application runs on (--today). */
    private final java.time.Clock wallClock = java.time.Clock.systemUTC();

    public SlackHandler(Application app, SlackSettings settings, SlackWebApi slack) {
        this.wiredPerSecret = false;
        this.verifier = new SlackSignature.Verifier(new SlackSignature.Generator(settings.signingSecret()));
        this.slack = slack;
        this.commands = new SlackCommands(app);
    }

    /** What Lambda instantiates: the application is wired once per cold start, the Slack parts per secret. */
    public SlackHandler() {
        this.wiredPerSecret = true;
        this.verifier = null;
        this.slack = null;
        this.commands = null;
    }


    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        if (wiredPerSecret) {
            return CURRENT.current().handleRequest(event, context);
        }
        String body = event.getBody() == null ? "" : event.getIsBase64Encoded()
                ? new String(Base64.getDecoder().decode(event.getBody()), StandardCharsets.UTF_8) : event.getBody();
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (event.getHeaders() != null) {
            headers.putAll(event.getHeaders());
        }
        String timestamp = headers.get(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP);
        String signature = headers.get(SlackSignature.HeaderNames.X_SLACK_SIGNATURE);
        if (timestamp == null || signature == null || !timestamp.matches("\\d{1,12}")
                || !verifier.isValid(timestamp, body, signature, wallClock.millis())) {
            LOG.info("slack request refused: bad or missing signature, or older than 5 minutes",
                    Map.of("timestamp", String.valueOf(timestamp)));
            return answer(401, "text/plain; charset=utf-8", "invalid signature");
        }
        Map<String, String> form = FormBody.parse(body);
        try {
            if (form.containsKey("payload")) {
                return interaction(GSON.fromJson(form.get("payload"), JsonObject.class));
            }
            if (form.containsKey("command")) {
                return slashCommand(new SlashCommandPayloadParser().parse(body));
            }
            return answer(400, "text/plain; charset=utf-8", "neither a slash command nor an interaction");
        } catch (RuntimeException e) {
            LOG.error("slack request failed", Map.of(), e);
            return ephemeral(":warning: Leave Tracker could not do that just now; please try again.");
        }
    }

    private APIGatewayV2HTTPResponse slashCommand(SlashCommandPayload command) {
        Optional<Caller> caller = caller(command.getUserId(), command.getTriggerId());
        if (caller.isEmpty()) {
            return ephemeral(NOT_A_USER);
        }
        return ephemeral(commands.command(caller.get(), command.getText()));
    }

    private APIGatewayV2HTTPResponse interaction(JsonObject payload) {
        String type = payload.has("type") ? payload.get("type").getAsString() : "";
        return switch (type) {
            case "block_actions" -> buttons(GSON.fromJson(payload, BlockActionPayload.class));
            case "view_submission" -> submission(GSON.fromJson(payload, ViewSubmissionPayload.class));
            default -> answer(200, "text/plain; charset=utf-8", "");
        };
    }

    /** Approve decides at once; Deny opens a modal asking for the reason, and the modal's submission decides. */
    private APIGatewayV2HTTPResponse buttons(BlockActionPayload actions) {
        List<BlockActionPayload.Action> pressed = actions.getActions() == null ? List.of() : actions.getActions();
        BlockActionPayload.Container message = actions.getContainer();
        String channelId = message == null ? null : message.getChannelId();
        String messageTs = message == null ? null : message.getMessageTs();
        for (BlockActionPayload.Action action : pressed) {
            if (!SlackWebApi.APPROVE.equals(action.getActionId()) && !SlackWebApi.DENY.equals(action.getActionId())) {
                continue;
            }
            Optional<Caller> caller = caller(actions.getUser().getId(),
                    actions.getTriggerId() + "/" + action.getActionId());
            if (caller.isPresent() && SlackWebApi.DENY.equals(action.getActionId())) {
                slack.askDenyReason(actions.getTriggerId(),
                        new SlackWebApi.DenyContext(action.getValue(), channelId, messageTs),
                        commands.wordingOf(caller.get()));
                continue;
            }
            replace(channelId, messageTs, caller.map(c -> commands.approve(c, action.getValue()).text())
                    .orElse(NOT_A_USER));
        }
        return answer(200, "text/plain; charset=utf-8", "");
    }

    /**
     * The deny modal submitted: decided, the modal closes and the message with the buttons says so; refused, the
     * modal stays open with the reason under its input.
     */
    private APIGatewayV2HTTPResponse submission(ViewSubmissionPayload submitted) {
        View view = submitted.getView();
        Optional<SlackWebApi.DenyContext> context = SlackWebApi.DenyContext.decode(view.getPrivateMetadata());
        if (!SlackWebApi.DENY_REASON.equals(view.getCallbackId()) || context.isEmpty()) {
            return answer(200, "text/plain; charset=utf-8", "");
        }
        Optional<Caller> caller = caller(submitted.getUser().getId(), "view/" + view.getId());
        SlackCommands.Outcome outcome = caller.map(c -> commands.deny(c, context.get().requestId(), reason(view)))
                .orElse(new SlackCommands.Outcome(NOT_A_USER, true));
        if (outcome.refused()) {
            JsonObject errors = new JsonObject();
            errors.addProperty(SlackWebApi.REASON, outcome.text());
            JsonObject reply = new JsonObject();
            reply.addProperty("response_action", "errors");
            reply.add("errors", errors);
            return answer(200, "application/json", reply.toString());
        }
        replace(context.get().channelId(), context.get().messageTs(), outcome.text());
        return answer(200, "text/plain; charset=utf-8", "");
    }

    private static String reason(View view) {
        return Optional.ofNullable(view.getState()).map(ViewState::getValues)
                .map(values -> values.get(SlackWebApi.REASON)).map(block -> block.get(SlackWebApi.REASON))
                .map(ViewState.Value::getValue).orElse(null);
    }

    private void replace(String channelId, String messageTs, String text) {
        if (channelId != null && !channelId.isBlank() && messageTs != null && !messageTs.isBlank()) {
            slack.replace(channelId, messageTs, text);
        }
    }

    private static final String NOT_A_USER = ":warning: Your Slack e-mail is not a Leave Tracker user; ask an admin "
            + "to add you with the same e-mail.";

    private Optional<Caller> caller(String slackUserId, String commandId) {
        return slack.emailOf(slackUserId).flatMap(email -> commands.caller(email.toLowerCase(Locale.ROOT),
                "slack:" + commandId));
    }

    private static APIGatewayV2HTTPResponse ephemeral(String text) {
        JsonObject reply = new JsonObject();
        reply.addProperty("response_type", "ephemeral");
        reply.addProperty("text", text);
        return answer(200, "application/json", reply.toString());
    }

    private static APIGatewayV2HTTPResponse answer(int status, String contentType, String body) {
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status)
                .withHeaders(Map.of("content-type", contentType)).withBody(body).build();
    }
}
