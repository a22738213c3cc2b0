package org.leavetracker.adapters.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.leavetracker.adapters.testing.RecordedHttp.formBody;
import static org.leavetracker.adapters.testing.RecordedHttp.jsonBody;
import static org.leavetracker.adapters.testing.RecordedHttp.safely;
import static org.leavetracker.adapters.testing.RecordedHttp.send;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Google's OAuth 2.0 token endpoint (service-account JWT grant, with domain-wide delegation's {@code sub}), Calendar
 * v3's events and Gmail v1's vacation settings, answering as Google documents them, errors included: 401
 * {@code unauthorized_client} once delegation is revoked, 400 {@code invalid_grant} for a mailbox that does not exist,
 * 409 for an event id already used, 404 for an event deleted by hand, and 429 with Retry-After on demand. The JWT's
 * signature is checked against the service account's public key, as Google does.
 */
public final class RecordedGoogleWorkspace implements AutoCloseable {


    /** One API call (token requests apart). */
    public record Call(String method, String path, String mailbox, int status) {
    }

    private final HttpServer server;
    private final KeyPair key;
    private final Set<String> mailboxes = ConcurrentHashMap.newKeySet();
    private final Map<String, Map<String, Map<String, Object>>> events = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> deletedByHand = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> vacations = new ConcurrentHashMap<>();
    private final List<Call> calls = new ArrayList<>();
    private final AtomicInteger rateLimited = new AtomicInteger();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private volatile int retryAfterSeconds = 1;
    private volatile boolean delegationRevoked;

    public RecordedGoogleWorkspace() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        key = generator.generateKeyPair();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/token", safely(this::token));
        server.createContext("/calendar/v3/calendars/primary/events", safely(this::calendar));
        server.createContext("/gmail/v1/users/me/settings/vacation", safely(this::vacation));
        server.start();
    }

    /** The root the Calendar and Gmail clients are pointed at. */
    public String apiRoot() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** A service account key file as Google's console gives it, whose tokens come from here. */
    public String serviceAccountKey() {
        String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.UTF_8))
                .encodeToString(key.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("type", "service_account");
        file.put("project_id", "leave-tracker-test");
        file.put("private_key_id", "0123456789abcdef");
        file.put("private_key", pem);
        file.put("client_email", "leave-tracker@leave-tracker-test.iam.gserviceaccount.com");
        file.put("client_id", "104857600000000000001");
        file.put("token_uri", apiRoot() + "token");
        try {
            return RecordedHttp.JSON.writeValueAsString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A user of the Workspace domain (with a calendar and Gmail). */
    public RecordedGoogleWorkspace mailbox(String email) {
        mailboxes.add(email.toLowerCase());
        return this;
    }

    /** The next {@code count} API calls are answered 429 with this Retry-After. */
    public void rateLimitNext(int count, int retryAfter) {
        retryAfterSeconds = retryAfter;
        rateLimited.set(count);
    }

    /** The Workspace admin removed the service account's delegation. */
    public void revokeDelegation(boolean revoked) {
        delegationRevoked = revoked;
    }

    /** The person deleted the event in Google Calendar themself. */
    public void deleteByHand(String mailbox, String eventId) {
        events.getOrDefault(mailbox.toLowerCase(), Map.of()).remove(eventId);
        deletedByHand.computeIfAbsent(mailbox.toLowerCase(), m -> ConcurrentHashMap.newKeySet()).add(eventId);
    }

    /** The person set their vacation responder by hand in Gmail. */
    public void setVacationByHand(String mailbox, boolean on, String message) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("enableAutoReply", on);
        settings.put("responseBodyPlainText", message);
        vacations.put(mailbox.toLowerCase(), settings);
    }

    /** The events in the person's primary calendar, by id. */
    public Map<String, Map<String, Object>> events(String mailbox) {
        return Map.copyOf(events.getOrDefault(mailbox.toLowerCase(), Map.of()));
    }

    public Map<String, Object> vacation(String mailbox) {
        return vacations.getOrDefault(mailbox.toLowerCase(), Map.of("enableAutoReply", false));
    }

    public int tokensIssued() {
        return tokensIssued.get();
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = formBody(exchange);
        Map<?, ?> claims = verifiedClaims(form.get("assertion"));
        if (claims == null) {
            send(exchange, 400, Map.of("error", "invalid_grant", "error_description", "Invalid JWT Signature."));
            return;
        }
        String subject = String.valueOf(claims.get("sub")).toLowerCase();
        if (delegationRevoked) {
            send(exchange, 401, Map.of("error", "unauthorized_client", "error_description", "Client is unauthorized "
                    + "to retrieve access tokens using this method, or client not authorized for any of the scopes "
                    + "requested."));
        } else if (!mailboxes.contains(subject)) {
            send(exchange, 400, Map.of("error", "invalid_grant", "error_description", "Invalid email or User ID"));
        } else {
            tokensIssued.incrementAndGet();
            send(exchange, 200, Map.of("access_token", "ya29." + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(subject.getBytes(StandardCharsets.UTF_8)), "expires_in", 3599,
                    "token_type", "Bearer"));
        }
    }

    private Map<?, ?> verifiedClaims(String jwt) {
        try {
            String[] parts = jwt.split("\\.");
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key.getPublic());
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!rsa.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                return null;
            }
            return RecordedHttp.JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), Map.class);
        } catch (Exception e) {
            return null;
        }
    }

    /** The mailbox the bearer token was issued for, or null (then the call was answered 401). */
    private String authorized(HttpExchange exchange) throws IOException {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        String mailbox = header == null || !header.startsWith("Bearer ya29.") ? null : new String(Base64.getUrlDecoder()
                .decode(header.substring("Bearer ya29.".length())), StandardCharsets.UTF_8);
        if (mailbox == null || delegationRevoked) {
            error(exchange, 401, "Request had invalid authentication credentials.", "UNAUTHENTICATED", null);
            return null;
        }
        if (rateLimited.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            exchange.getResponseHeaders().add("Retry-After", Integer.toString(retryAfterSeconds));
            error(exchange, 429, "Rate Limit Exceeded", "RESOURCE_EXHAUSTED", mailbox);
            return null;
        }
        return mailbox;
    }

    private void calendar(HttpExchange exchange) throws IOException {
        String mailbox = authorized(exchange);
        if (mailbox == null) {
            return;
        }
        String rest = exchange.getRequestURI().getPath().substring("/calendar/v3/calendars/primary/events".length());
        String id = rest.startsWith("/") ? rest.substring(1) : null;
        Map<String, Map<String, Object>> calendar = events.computeIfAbsent(mailbox, m -> new ConcurrentHashMap<>());
        Set<String> deleted = deletedByHand.getOrDefault(mailbox, Set.of());
        String method = exchange.getRequestMethod();
        synchronized (this) {
            if (id == null && method.equals("POST")) {
                Map<String, Object> event = jsonBody(exchange);
                String newId = event.containsKey("id") ? (String) event.get("id") : "ev" + System.nanoTime();
                if (calendar.containsKey(newId) || deleted.contains(newId)) {
                    error(exchange, 409, "The requested identifier already exists.", "ALREADY_EXISTS", mailbox);
                    return;
                }
                calendar.put(newId, stored(newId, event));
                answer(exchange, 200, calendar.get(newId), mailbox);
            } else if (id == null && method.equals("GET")) {
                answer(exchange, 200, Map.of("kind", "calendar#events", "items", List.of()), mailbox);
            } else if (id != null && method.equals("PUT")) {
                if (!calendar.containsKey(id)) {
                    error(exchange, 404, "Not Found", "NOT_FOUND", mailbox);
                    return;
                }
                calendar.put(id, stored(id, jsonBody(exchange)));
                answer(exchange, 200, calendar.get(id), mailbox);
            } else if (id != null && method.equals("DELETE")) {
                if (calendar.remove(id) == null) {
                    error(exchange, deleted.contains(id) ? 410 : 404, deleted.contains(id)
                            ? "Resource has been deleted" : "Not Found", "NOT_FOUND", mailbox);
                    return;
                }
                record(exchange, 204, mailbox);
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            } else {
                error(exchange, 405, "Method not allowed", "INVALID_ARGUMENT", mailbox);
            }
        }
    }

    private void vacation(HttpExchange exchange) throws IOException {
        String mailbox = authorized(exchange);
        if (mailbox == null) {
            return;
        }
        if (exchange.getRequestMethod().equals("PUT")) {
            vacations.put(mailbox, jsonBody(exchange));
        }
        answer(exchange, 200, vacation(mailbox), mailbox);
    }

    private static Map<String, Object> stored(String id, Map<String, Object> event) {
        Map<String, Object> stored = new LinkedHashMap<>(event);
        stored.put("kind", "calendar#event");
        stored.put("id", id);
        stored.put("status", "confirmed");
        return stored;
    }

    private void answer(HttpExchange exchange, int status, Object body, String mailbox) throws IOException {
        record(exchange, status, mailbox);
        send(exchange, status, body);
    }

    private void error(HttpExchange exchange, int status, String message, String reason, String mailbox)
            throws IOException {
        record(exchange, status, mailbox);
        send(exchange, status, Map.of("error", Map.of("code", status, "message", message, "status", reason,
                "errors", List.of(Map.of("domain", "global", "reason", reason, "message", message)))));
    }

    private synchronized void record(HttpExchange exchange, int status, String mailbox) {
        calls.add(new Call(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), mailbox, status));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
