package org.leavetracker.adapters.calendar;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.HttpResponseException;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.JsonFactory;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.CalendarScopes;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventDateTime;
import com.google.api.services.calendar.model.EventOutOfOfficeProperties;
import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.GmailScopes;
import com.google.api.services.gmail.model.VacationSettings;
import com.google.auth.http.HttpCredentialsAdapter;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import org.leavetracker.domain.calendar.AutoReply;
import org.leavetracker.domain.calendar.AwayEvent;
import org.leavetracker.domain.calendar.CalendarProviderFailure;
import org.leavetracker.domain.calendar.CalendarProviderKind;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.port.CalendarProvider;

/**
 * Google Workspace through Google's own Java clients: a service account with domain-wide delegation acts as each
 * person (Google's guidance for applications that write to their users' calendars), with the two narrowest scopes
 * that do the job: calendar events, and Gmail's basic settings (the vacation responder).
 */
public final class GoogleWorkspace implements CalendarProvider {

    static final List<String> SCOPES = List.of(CalendarScopes.CALENDAR_EVENTS, GmailScopes.GMAIL_SETTINGS_BASIC);
    private static final String APPLICATION = "Leave Tracker";
    private static final JsonFactory JSON = GsonFactory.getDefaultInstance();
    private static final HttpTransport HTTP = new NetHttpTransport();

    private final ServiceAccountCredentials account;
    private final String apiRoot;
    /** Each mailbox's delegated credentials, kept so its token serves every call until it expires. */
    private final Map<String, HttpCredentialsAdapter> asMailbox = new ConcurrentHashMap<>();

    private GoogleWorkspace(ServiceAccountCredentials account, String apiRoot) {
        this.account = account;
        this.apiRoot = apiRoot;
    }

    /**
     * @param serviceAccountKey the key file Google's console gives (JSON), whose {@code token_uri} says where tokens
     *                          are had
     * @param apiRoot           null for each API's own address; in tests, where a local server answers for both
     */
    public static GoogleWorkspace connect(String serviceAccountKey, String apiRoot) {
        CredentialForms.check(CalendarProviderKind.GOOGLE_WORKSPACE, serviceAccountKey);
        try {
            GoogleCredentials credentials = GoogleCredentials.fromStream(new ByteArrayInputStream(
                    serviceAccountKey.getBytes(StandardCharsets.UTF_8)), () -> HTTP);
            if (!(credentials instanceof ServiceAccountCredentials account)) {
                throw ValidationError.at("credentials", "credentials must be a service account's key file");
            }
            return new GoogleWorkspace((ServiceAccountCredentials) account.createScoped(SCOPES), apiRoot);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationError v) {
                throw v;
            }
            throw ValidationError.at("credentials", "credentials must be a Google service account's key file (JSON, "
                    + "with client_email and private_key)");
        }
    }

    @Override
    public String putEvent(String mailbox, String eventId, AwayEvent away) {
        Event event = new Event().setSummary(away.title()).setEventType("outOfOffice").setTransparency("opaque")
                .setStart(at(away.firstDay().atStartOfDay(away.timeZone()).toInstant(), away.timeZone()))
                .setEnd(at(away.lastDay().plusDays(1).atStartOfDay(away.timeZone()).toInstant(), away.timeZone()))
                .setOutOfOfficeProperties(new EventOutOfOfficeProperties().setAutoDeclineMode("declineNone"));
        return call(() -> {
            Calendar calendar = calendar(mailbox);
            if (eventId != null) {
                return calendar.events().update("primary", eventId, event).execute().getId();
            }
            String id = idOf(away.key());
            try {
                return calendar.events().insert("primary", event.setId(id)).execute().getId();
            } catch (GoogleJsonResponseException e) {
                if (e.getStatusCode() != 409) {
                    throw e;
                }
                // made by an attempt whose answer was lost: the id is ours, so this is that event
                return calendar.events().update("primary", id, event.setId(null)).execute().getId();
            }
        });
    }

    @Override
    public void removeEvent(String mailbox, String eventId) {
        call(() -> {
            try {
                calendar(mailbox).events().delete("primary", eventId).execute();
            } catch (GoogleJsonResponseException e) {
                if (e.getStatusCode() != 404 && e.getStatusCode() != 410) {
                    throw e;
                }
            }
            return null;
        });
    }

    @Override
    public AutoReply autoReply(String mailbox) {
        VacationSettings settings = call(() -> gmail(mailbox).users().settings().getVacation("me").execute());
        String message = settings.getResponseBodyPlainText();
        if (!Boolean.TRUE.equals(settings.getEnableAutoReply())) {
            return new AutoReply(false, null, null, message);
        }
        return new AutoReply(true, settings.getStartTime() == null ? null
                : java.time.Instant.ofEpochMilli(settings.getStartTime()), settings.getEndTime() == null ? null
                : java.time.Instant.ofEpochMilli(settings.getEndTime()), message);
    }

    @Override
    public void setAutoReply(String mailbox, AutoReply reply) {
        VacationSettings settings = new VacationSettings().setEnableAutoReply(reply.enabled())
                .setResponseBodyPlainText(reply.message())
                .setStartTime(reply.start() == null ? null : reply.start().toEpochMilli())
                .setEndTime(reply.end() == null ? null : reply.end().toEpochMilli());
        call(() -> gmail(mailbox).users().settings().updateVacation("me", settings).execute());
    }

    @Override
    public List<String> check(String mailbox) {
        // a token of its own: a test asks Google now, not the token an earlier grant left behind
        HttpCredentialsAdapter fresh = new HttpCredentialsAdapter(account.createDelegated(mailbox));
        List<String> problems = new ArrayList<>();
        try {
            calendar(fresh).events().list("primary").setMaxResults(1).execute();
        } catch (IOException e) {
            problems.add(problem("calendar events (" + CalendarScopes.CALENDAR_EVENTS + ")", mailbox, e));
        }
        try {
            gmail(fresh).users().settings().getVacation("me").execute();
        } catch (IOException e) {
            problems.add(problem("Gmail settings (" + GmailScopes.GMAIL_SETTINGS_BASIC + ")", mailbox, e));
        }
        return problems;
    }

    private static String problem(String what, String mailbox, IOException e) {
        int status = e instanceof HttpResponseException h ? h.getStatusCode() : 0;
        String text = tokenRefusal(e);
        if (text.contains("unauthorized_client") || text.contains("access_denied")) {
            return what + ": domain-wide delegation does not grant this scope to the service account's client id";
        }
        if (status == 404 || text.contains("invalid_grant")) {
            return what + ": no Google Workspace mailbox " + mailbox;
        }
        if (status == 401 || status == 403) {
            return what + ": refused (HTTP " + status + "); is the API enabled in the service account's project?";
        }
        return what + ": " + (status == 0 ? "Google could not be reached" : "HTTP " + status);
    }

    /** Google's ids are 5–1024 characters of base32hex (a–v, 0–9): the request's id, in hex, is one. */
    static String idOf(String key) {
        return "lt" + HexFormat.of().formatHex(key.getBytes(StandardCharsets.UTF_8)).toLowerCase(Locale.ROOT);
    }

    private static EventDateTime at(java.time.Instant instant, ZoneId zone) {
        return new EventDateTime().setDateTime(new DateTime(java.util.Date.from(instant),
                java.util.TimeZone.getTimeZone(zone))).setTimeZone(zone.getId());
    }

    private HttpCredentialsAdapter as(String mailbox) {
        return asMailbox.computeIfAbsent(mailbox, m -> new HttpCredentialsAdapter(account.createDelegated(m)));
    }

    private Calendar calendar(String mailbox) {
        return calendar(as(mailbox));
    }

    private Calendar calendar(HttpCredentialsAdapter credentials) {
        Calendar.Builder builder = new Calendar.Builder(HTTP, JSON, credentials).setApplicationName(APPLICATION);
        return (apiRoot == null ? builder : builder.setRootUrl(apiRoot)).build();
    }

    private Gmail gmail(String mailbox) {
        return gmail(as(mailbox));
    }

    private Gmail gmail(HttpCredentialsAdapter credentials) {
        Gmail.Builder builder = new Gmail.Builder(HTTP, JSON, credentials).setApplicationName(APPLICATION);
        return (apiRoot == null ? builder : builder.setRootUrl(apiRoot)).build();
    }

    /** What Google's answer means for a delivery. */
    private static <T> T call(GoogleCall<T> call) {
        try {
            return call.run();
        } catch (HttpResponseException e) {
            String retryAfter = e.getHeaders() == null ? null : e.getHeaders().getRetryAfter();
            String detail = e instanceof GoogleJsonResponseException json && json.getDetails() != null
                    ? ": " + json.getDetails().getMessage() : "";
            throw new CalendarProviderFailure(CalendarProviderFailure.kindOf(e.getStatusCode()), e.getStatusCode(),
                    seconds(retryAfter), "Google answered HTTP " + e.getStatusCode() + detail);
        } catch (IOException e) {
            String refusal = tokenRefusal(e);
            if (refusal.contains("invalid_grant")) {
                throw new CalendarProviderFailure(CalendarProviderFailure.Kind.NOT_FOUND, 400, null,
                        "Google knows no such mailbox in the Workspace (invalid_grant)", e);
            }
            if (!refusal.isEmpty()) {
                throw new CalendarProviderFailure(CalendarProviderFailure.Kind.UNAUTHORIZED, 401, null,
                        "Google refused the service account a token for this mailbox: domain-wide delegation revoked "
                                + "or a scope not granted", e);
            }
            throw new CalendarProviderFailure(CalendarProviderFailure.Kind.FAILED, 0, null,
                    "Google could not be reached: " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        }
    }

    /**
     * Google's token endpoint's answer, when that is what refused (the auth library keeps it as the cause, without
     * its body): 401 {@code unauthorized_client} when delegation is not granted, 400 {@code invalid_grant} for a
     * mailbox the Workspace does not have.
     */
    private static String tokenRefusal(Throwable e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof HttpResponseException refused) {
                return refused.getStatusCode() == 400 ? "invalid_grant" : "unauthorized_client";
            }
        }
        return "";
    }

    static Duration seconds(String retryAfter) {
        if (retryAfter == null || retryAfter.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(retryAfter.strip()));
        } catch (NumberFormatException e) {
            return null; // an HTTP date: back off as usual
        }
    }

    @FunctionalInterface
    private interface GoogleCall<T> {
        T run() throws IOException;
    }
}
