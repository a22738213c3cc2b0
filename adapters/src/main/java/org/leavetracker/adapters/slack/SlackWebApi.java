package org.leavetracker.adapters.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asElements;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.methods.response.users.UsersLookupByEmailResponse;
import com.slack.api.model.block.LayoutBlock;
import org.leavetracker.domain.notification.Notification;
import org.leavetracker.domain.port.NotificationChannel;
import org.leavetracker.domain.wording.Wording;

/**
 * The Slack Web API calls the app makes, with the bot token: who a Slack user is (their e-mail), direct messages
 * to people known by e-mail — with Approve / Deny buttons when a message asks them to decide a request — and the
 * modal that asks for a denial's reason.
 */
public final class SlackWebApi implements NotificationChannel {

    public static final String APPROVE = "leave_approve";
    public static final String DENY = "leave_deny";
    /** The modal a Deny button opens to ask for the reason; its one input is {@link #REASON}. */
    public static final String DENY_REASON = "leave_deny_reason";
    public static final String REASON = "reason";

    private final MethodsClient methods;

    public SlackWebApi(MethodsClient methods) {
        this.methods = methods;
    }

    /** With {@code apiUrl} null, Slack's own API; otherwise that base (a recorded API in tests). */
    public static SlackWebApi connect(String botToken, String apiUrl) {
        SlackConfig config = new SlackConfig();
        if (apiUrl != null && !apiUrl.isBlank()) {
            config.setMethodsEndpointUrlPrefix(apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
        }
        config.setPrettyResponseLoggingEnabled(false);
        return new SlackWebApi(Slack.getInstance(config).methods(botToken));
    }

    /** The e-mail of a Slack user, if the workspace shares it with the app (scope users:read.email). */
    public Optional<String> emailOf(String slackUserId) {
        return callUnless("users.info", "user_not_found", () -> methods.usersInfo(r -> r.user(slackUserId)))
                .map(UsersInfoResponse::getUser).map(u -> u.getProfile()).map(p -> p.getEmail())
                .filter(e -> !e.isBlank());
    }

    /** A direct message to the person with this e-mail; people not on Slack are skipped (they have e-mail). */
    @Override
    public void send(Notification notification) {
        Optional<UsersLookupByEmailResponse> found = callUnless("users.lookupByEmail", "users_not_found",
                () -> methods.usersLookupByEmail(r -> r.email(notification.to())));
        if (found.isEmpty()) {
            return;
        }
        String slackUserId = found.get().getUser().getId();
        String text = "*" + escaped(notification.subject()) + "*\n" + escaped(notification.body());
        call("chat.postMessage", () -> methods.chatPostMessage(r -> r.channel(slackUserId)
                .text(escaped(notification.subject())).blocks(blocks(text, notification.asksToDecide(),
                        Wording.of(notification.language())))));
    }

    /** Replaces a message the app posted (after a button on it was used). */
    public void replace(String channelId, String messageTs, String text) {
        call("chat.update", () -> methods.chatUpdate(r -> r.channel(channelId).ts(messageTs).text(text)
                .blocks(blocks(text, Optional.empty(), null))));
    }

    /**
     * Opens the modal asking why a request is denied (within the 3 s a trigger id lives). What it needs on submit
     * travels in the view's private metadata: the request, and the message to replace once decided. Its words are the
     * approver's language.
     */
    public void askDenyReason(String triggerId, DenyContext context, Wording words) {
        call("views.open", () -> methods.viewsOpen(r -> r.triggerId(triggerId).view(view(v -> v.type("modal")
                .callbackId(DENY_REASON).privateMetadata(context.encode())
                .title(viewTitle(t -> t.type("plain_text").text(words.text("slack.deny.title"))))
                .submit(viewSubmit(t -> t.type("plain_text").text(words.text("slack.deny.submit"))))
                .close(viewClose(t -> t.type("plain_text").text(words.text("slack.deny.close"))))
                .blocks(asBlocks(input(i -> i.blockId(REASON).optional(true)
                        .label(plainText(words.text("slack.deny.reason")))
                        .element(plainTextInput(e -> e.actionId(REASON).multiline(true).maxLength(500))))))))));
    }

    /** The request a deny modal is about, and the message (channel, timestamp) that carried its buttons. */
    public record DenyContext(String requestId, String channelId, String messageTs) {

        String encode() {
            return String.join("|", requestId, nullToEmpty(channelId), nullToEmpty(messageTs));
        }

        public static Optional<DenyContext> decode(String metadata) {
            String[] parts = metadata == null ? new String[0] : metadata.split("\\|", -1);
            return parts.length == 3 && !parts[0].isBlank()
                    ? Optional.of(new DenyContext(parts[0], parts[1], parts[2])) : Optional.empty();
        }

        private static String nullToEmpty(String value) {
            return value == null ? "" : value;
        }
    }

    /**
     * Text people typed, as Slack wants it in mrkdwn: &, < and > escaped, so a name like {@code <!channel>} or
     * {@code <https://evil|your bank>} stays text instead of pinging everyone or becoming a link.
     */
    static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** @param words the buttons' language (the recipient's); unused without buttons */
    private static List<LayoutBlock> blocks(String text, Optional<String> decide, Wording words) {
        if (decide.isEmpty()) {
            return asBlocks(section(s -> s.text(markdownText(text))));
        }
        String requestId = decide.get();
        return asBlocks(section(s -> s.text(markdownText(text))), actions(a -> a.blockId("decide")
                .elements(asElements(
                        button(b -> b.actionId(APPROVE).value(requestId).style("primary")
                                .text(plainText(words.text("slack.button.approve")))),
                        button(b -> b.actionId(DENY).value(requestId).style("danger")
                                .text(plainText(words.text("slack.button.deny"))))))));
    }

    private interface SlackCall<T extends SlackApiTextResponse> {
        T run() throws IOException, SlackApiException;
    }

    private static <T extends SlackApiTextResponse> T call(String method, SlackCall<T> call) {
        return callUnless(method, null, call).orElseThrow();
    }

    /** The answer, or empty when Slack answers the error {@code absent} (someone who is not there). */
    private static <T extends SlackApiTextResponse> Optional<T> callUnless(String method, String absent,
                                                                           SlackCall<T> call) {
        T response;
        try {
            response = call.run();
        } catch (IOException | SlackApiException e) {
            throw new SlackUnavailable(method, e);
        }
        if (response.isOk()) {
            return Optional.of(response);
        }
        if (absent != null && absent.equals(response.getError())) {
            return Optional.empty();
        }
        throw new SlackUnavailable(method + " answered " + response.getError(), null);
    }

    /** Slack refused or could not be reached: the caller's retry (or dead-letter queue) takes over. */
    public static final class SlackUnavailable extends RuntimeException {
        SlackUnavailable(String what, Exception cause) {
            super("Slack: " + what + (cause == null ? "" : " failed: " + cause.getMessage()), cause);
        }
    }
}
