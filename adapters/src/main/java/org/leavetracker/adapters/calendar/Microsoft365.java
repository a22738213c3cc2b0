package org.leavetracker.adapters.calendar;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.graph.models.AutomaticRepliesSetting;
import com.microsoft.graph.models.AutomaticRepliesStatus;
import com.microsoft.graph.models.DateTimeTimeZone;
import com.microsoft.graph.models.Event;
import com.microsoft.graph.models.FreeBusyStatus;
import com.microsoft.graph.models.MailboxSettings;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.ApiException;
import com.microsoft.kiota.authentication.AccessTokenProvider;
import com.microsoft.kiota.authentication.AllowedHostsValidator;
import com.microsoft.kiota.authentication.BaseBearerTokenAuthenticationProvider;
import org.leavetracker.domain.calendar.AutoReply;
import org.leavetracker.domain.calendar.AwayEvent;
import org.leavetracker.domain.calendar.CalendarProviderFailure;
import org.leavetracker.domain.calendar.CalendarProviderKind;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.port.CalendarProvider;

/**
 * Microsoft 365 through Microsoft Graph's Java SDK, with an app registration's application permissions
 * {@code Calendars.ReadWrite} and {@code MailboxSettings.ReadWrite} granted by admin consent; its tokens come from the
 * Microsoft identity platform through MSAL (client credentials, cached until they expire).
 */
public final class Microsoft365 implements CalendarProvider {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final GraphServiceClient graph;

    private Microsoft365(GraphServiceClient graph) {
        this.graph = graph;
    }

    /**
     * @param credentials {@code {"tenantId": …, "clientId": …, "clientSecret": …}} of the app registration
     */
    public static Microsoft365 connect(String credentials, CalendarEndpoints endpoints) {
        CredentialForms.check(CalendarProviderKind.MICROSOFT_365, credentials);
        JsonNode json = CredentialForms.parsed(credentials);
        try {
            ConfidentialClientApplication.Builder app = ConfidentialClientApplication.builder(
                    json.path("clientId").asText(), ClientCredentialFactory.createFromSecret(
                            json.path("clientSecret").asText()))
                    .authority(endpoints.microsoftLogin() + json.path("tenantId").asText() + "/");
            if (!endpoints.microsoftsOwn()) {
                app.instanceDiscovery(false).validateAuthority(false);
            }
            if (endpoints.loginTrust() != null) {
                app.sslSocketFactory(endpoints.loginTrust());
            }
            URI graphUrl = URI.create(endpoints.microsoftGraph());
            GraphServiceClient graph = new GraphServiceClient(new BaseBearerTokenAuthenticationProvider(
                    new AppTokens(app.build(), graphUrl.getHost())));
            graph.getRequestAdapter().setBaseUrl(endpoints.microsoftGraph());
            return new Microsoft365(graph);
        } catch (java.net.MalformedURLException e) {
            throw ValidationError.at("credentials", "tenantId is not a Microsoft Entra tenant id or domain");
        }
    }

    @Override
    public String putEvent(String mailbox, String eventId, AwayEvent away) {
        Event event = new Event();
        event.setSubject(away.title());
        event.setIsAllDay(true);
        event.setShowAs(FreeBusyStatus.Oof);
        event.setIsReminderOn(false);
        event.setStart(midnight(away.firstDay().atStartOfDay(), away.timeZone().getId()));
        event.setEnd(midnight(away.lastDay().plusDays(1).atStartOfDay(), away.timeZone().getId()));
        return call(() -> {
            if (eventId != null) {
                return graph.users().byUserId(mailbox).events().byEventId(eventId).patch(event).getId();
            }
            // Graph answers a retried creation with the same transactionId with the event made the first time
            event.setTransactionId(away.key());
            return graph.users().byUserId(mailbox).events().post(event).getId();
        });
    }

    @Override
    public void removeEvent(String mailbox, String eventId) {
        call(() -> {
            try {
                graph.users().byUserId(mailbox).events().byEventId(eventId).delete();
            } catch (ApiException e) {
                if (e.getResponseStatusCode() != 404) {
                    throw e;
                }
            }
            return null;
        });
    }

    @Override
    public AutoReply autoReply(String mailbox) {
        MailboxSettings settings = call(() -> graph.users().byUserId(mailbox).mailboxSettings().get());
        AutomaticRepliesSetting reply = settings == null ? null : settings.getAutomaticRepliesSetting();
        if (reply == null || reply.getStatus() == null || reply.getStatus() == AutomaticRepliesStatus.Disabled) {
            return new AutoReply(false, null, null, reply == null ? null : text(reply.getExternalReplyMessage()));
        }
        boolean scheduled = reply.getStatus() == AutomaticRepliesStatus.Scheduled;
        return new AutoReply(true, scheduled ? instant(reply.getScheduledStartDateTime()) : null,
                scheduled ? instant(reply.getScheduledEndDateTime()) : null, text(reply.getExternalReplyMessage()));
    }

    @Override
    public void setAutoReply(String mailbox, AutoReply wanted) {
        AutomaticRepliesSetting reply = new AutomaticRepliesSetting();
        if (wanted.enabled()) {
            reply.setStatus(wanted.start() == null ? AutomaticRepliesStatus.AlwaysEnabled
                    : AutomaticRepliesStatus.Scheduled);
            if (wanted.start() != null) {
                reply.setScheduledStartDateTime(midnight(LocalDateTime.ofInstant(wanted.start(), ZoneOffset.UTC),
                        "UTC"));
                reply.setScheduledEndDateTime(midnight(LocalDateTime.ofInstant(wanted.end(), ZoneOffset.UTC),
                        "UTC"));
            }
        } else {
            reply.setStatus(AutomaticRepliesStatus.Disabled);
        }
        if (wanted.message() != null) {
            reply.setInternalReplyMessage(wanted.message());
            reply.setExternalReplyMessage(wanted.message());
        }
        MailboxSettings settings = new MailboxSettings();
        settings.setAutomaticRepliesSetting(reply);
        call(() -> graph.users().byUserId(mailbox).mailboxSettings().patch(settings));
    }

    @Override
    public List<String> check(String mailbox) {
        List<String> problems = new ArrayList<>();
        try {
            graph.users().byUserId(mailbox).events().get(r -> r.queryParameters.top = 1);
        } catch (RuntimeException e) {
            problems.add(problem("Calendars.ReadWrite", mailbox, e));
        }
        try {
            graph.users().byUserId(mailbox).mailboxSettings().get();
        } catch (RuntimeException e) {
            problems.add(problem("MailboxSettings.ReadWrite", mailbox, e));
        }
        return problems;
    }

    private static String problem(String permission, String mailbox, RuntimeException e) {
        int status = e instanceof ApiException api ? api.getResponseStatusCode() : 0;
        return switch (status) {
            case 401 -> permission + ": the token was refused; has admin consent been granted (or revoked)?";
            case 403 -> permission + ": the application permission is not granted, or not consented by an admin";
            case 404 -> permission + ": no Exchange Online mailbox " + mailbox;
            case 0 -> permission + ": " + (e.getCause() != null && String.valueOf(e.getMessage()).contains("AADSTS")
                    ? "the identity platform refused the app registration: " + e.getMessage()
                    : "Microsoft could not be reached or refused the credentials (" + e.getClass().getSimpleName()
                    + ")");
            default -> permission + ": HTTP " + status;
        };
    }

    private static DateTimeTimeZone midnight(LocalDateTime at, String zone) {
        DateTimeTimeZone value = new DateTimeTimeZone();
        value.setDateTime(LOCAL.format(at));
        value.setTimeZone(zone);
        return value;
    }

    private static Instant instant(DateTimeTimeZone value) {
        if (value == null || value.getDateTime() == null) {
            return null;
        }
        String zone = value.getTimeZone() == null || value.getTimeZone().equalsIgnoreCase("UTC") ? "Z"
                : value.getTimeZone();
        LocalDateTime local = LocalDateTime.parse(value.getDateTime().length() > 19
                ? value.getDateTime().substring(0, 19) : value.getDateTime());
        return local.atZone(java.time.ZoneId.of(zone)).toInstant();
    }

    private static String text(String message) {
        return message == null || message.isBlank() ? null : message;
    }

    /** What Graph's answer means for a delivery. */
    private static <T> T call(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (ApiException e) {
            int status = e.getResponseStatusCode();
            Set<String> retryAfter = e.getResponseHeaders() == null ? null : e.getResponseHeaders().get("Retry-After");
            String detail = e instanceof ODataError odata && odata.getError() != null
                    ? ": " + odata.getError().getCode() + " " + odata.getError().getMessage() : "";
            throw new CalendarProviderFailure(CalendarProviderFailure.kindOf(status), status,
                    retryAfter == null || retryAfter.isEmpty() ? null
                            : GoogleWorkspace.seconds(retryAfter.iterator().next()),
                    "Microsoft Graph answered HTTP " + status + detail);
        } catch (RuntimeException e) {
            boolean refused = String.valueOf(e.getMessage()).contains("AADSTS");
            throw new CalendarProviderFailure(refused ? CalendarProviderFailure.Kind.UNAUTHORIZED
                    : CalendarProviderFailure.Kind.FAILED, refused ? 401 : 0, null, refused
                    ? "the Microsoft identity platform refused the app registration (secret expired or consent revoked)"
                    : "Microsoft Graph could not be reached: " + e.getClass().getSimpleName());
        }
    }

    /**
     * Application tokens for Graph from MSAL, each kept here until five minutes before it expires (MSAL's own cache
     * matches authorities by the aliases its instance discovery learns, which a private endpoint does not have).
     */
    private static final class AppTokens implements AccessTokenProvider {

        private static final Set<String> SCOPE = Set.of("https://graph.microsoft.com/.default");
        private final ConfidentialClientApplication app;
        private final String graphHost;
        private String token;
        private Instant renewAt = Instant.MIN;

        AppTokens(ConfidentialClientApplication app, String graphHost) {
            this.app = app;
            this.graphHost = graphHost;
        }

        @Override
        public synchronized String getAuthorizationToken(URI uri, Map<String, Object> context) {
            if (token != null && Instant.now().isBefore(renewAt)) {
                return token;
            }
            try {
                IAuthenticationResult result = app.acquireToken(ClientCredentialParameters.builder(SCOPE).build())
                        .get();
                token = result.accessToken();
                renewAt = result.expiresOnDate().toInstant().minus(Duration.ofMinutes(5));
                return token;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while getting a Graph token", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(String.valueOf(e.getCause().getMessage()), e.getCause());
            }
        }

        @Override
        public AllowedHostsValidator getAllowedHostsValidator() {
            return new AllowedHostsValidator(graphHost);
        }
    }
}
