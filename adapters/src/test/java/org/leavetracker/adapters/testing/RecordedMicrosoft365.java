package org.leavetracker.adapters.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

import static org.leavetracker.adapters.testing.RecordedHttp.formBody;
import static org.leavetracker.adapters.testing.RecordedHttp.jsonBody;
import static org.leavetracker.adapters.testing.RecordedHttp.safely;
import static org.leavetracker.adapters.testing.RecordedHttp.send;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * The Microsoft identity platform's token endpoint (client credentials; over HTTPS, as MSAL insists, with a
 * certificate made for this server) and Microsoft Graph v1.0's user events and mailbox settings, answering as
 * Microsoft documents them: {@code AADSTS7000215} for a wrong secret, 401 {@code InvalidAuthenticationToken} once
 * admin consent is revoked, 404 {@code ErrorItemNotFound} for an event deleted by hand, {@code ErrorInvalidUser} for
 * a mailbox that does not exist, a retried creation with the same {@code transactionId} answered with the event made
 * the first time, and 429 with Retry-After on demand.
 */
public final class RecordedMicrosoft365 implements AutoCloseable {

    public static final String TENANT = "0b5c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3";
    public static final String CLIENT_ID = "6731de76-14a6-49ae-97bc-6eba6914391e";
    public static final String SECRET = "lt~test-client-secret";
    private static final String PASSWORD = "recorded";

    private final HttpsServer login;
    private final HttpServer graph;
    private final SSLContext tls;
    private final Set<String> mailboxes = ConcurrentHashMap.newKeySet();
    private final Map<String, Map<String, Map<String, Object>>> events = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> replies = new ConcurrentHashMap<>();
    private final List<String> calls = new ArrayList<>();
    private final AtomicInteger rateLimited = new AtomicInteger();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private volatile int retryAfterSeconds = 1;
    private volatile boolean consentRevoked;

    public RecordedMicrosoft365() throws Exception {
        tls = selfSigned();
        login = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        login.setHttpsConfigurator(new HttpsConfigurator(tls));
        login.createContext("/" + TENANT + "/oauth2/v2.0/token", safely(this::token));
        login.start();
        graph = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        graph.createContext("/v1.0/users/", safely(this::users));
        graph.start();
    }

    /** An app registration's credentials, as an admin pastes them. */
    public static String credentials(String secret) {
        return "{\"tenantId\":\"" + TENANT + "\",\"clientId\":\"" + CLIENT_ID + "\",\"clientSecret\":\"" + secret
                + "\"}";
    }

    public String graphUrl() {
        return "http://localhost:" + graph.getAddress().getPort() + "/v1.0";
    }

    public String loginUrl() {
        return "https://localhost:" + login.getAddress().getPort() + "/";
    }

    /** Trusts this server's certificate only. */
    public SSLSocketFactory loginTrust() {
        return tls.getSocketFactory();
    }

    public RecordedMicrosoft365 mailbox(String email) {
        mailboxes.add(email.toLowerCase());
        return this;
    }

    public void rateLimitNext(int count, int retryAfter) {
        retryAfterSeconds = retryAfter;
        rateLimited.set(count);
    }

    /** An admin revoked the app's consent in Entra ID. */
    public void revokeConsent(boolean revoked) {
        consentRevoked = revoked;
    }

    public void deleteByHand(String mailbox, String eventId) {
        events.getOrDefault(mailbox.toLowerCase(), Map.of()).remove(eventId);
    }

    /** The person turned on their automatic replies by hand in Outlook. */
    public void setRepliesByHand(String mailbox, String message) {
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("status", "alwaysEnabled");
        reply.put("externalAudience", "all");
        reply.put("internalReplyMessage", message);
        reply.put("externalReplyMessage", message);
        replies.put(mailbox.toLowerCase(), reply);
    }

    public Map<String, Map<String, Object>> events(String mailbox) {
        return Map.copyOf(events.getOrDefault(mailbox.toLowerCase(), Map.of()));
    }

    public Map<String, Object> automaticReplies(String mailbox) {
        return replies.getOrDefault(mailbox.toLowerCase(), Map.of("status", "disabled"));
    }

    public int tokensIssued() {
        return tokensIssued.get();
    }

    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = formBody(exchange);
        if (!CLIENT_ID.equals(form.get("client_id")) || !SECRET.equals(form.get("client_secret"))) {
            send(exchange, 401, Map.of("error", "invalid_client", "error_description", "AADSTS7000215: Invalid client "
                    + "secret provided. Ensure the secret being sent in the request is the client secret value, not "
                    + "the client secret ID.", "error_codes", List.of(7000215)));
            return;
        }
        tokensIssued.incrementAndGet();
        send(exchange, 200, Map.of("token_type", "Bearer", "expires_in", 3599, "ext_expires_in", 3599,
                "access_token", "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.recorded." + System.nanoTime()));
    }

    private void users(HttpExchange exchange) throws IOException {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer eyJ") || consentRevoked) {
            error(exchange, 401, "InvalidAuthenticationToken", "Access token validation failure. Invalid audience.");
            return;
        }
        if (rateLimited.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            exchange.getResponseHeaders().add("Retry-After", Integer.toString(retryAfterSeconds));
            error(exchange, 429, "ApplicationThrottled", "Application is over its MailboxConcurrency limit.");
            return;
        }
        String[] path = exchange.getRequestURI().getPath().substring("/v1.0/users/".length()).split("/");
        String mailbox = URLDecoder.decode(path[0], StandardCharsets.UTF_8).toLowerCase();
        if (!mailboxes.contains(mailbox)) {
            error(exchange, 404, "ErrorInvalidUser", "The requested user '" + mailbox + "' is invalid.");
            return;
        }
        String method = exchange.getRequestMethod();
        synchronized (this) {
            calls.add(method + " " + exchange.getRequestURI().getPath());
            if (path.length == 2 && path[1].equalsIgnoreCase("mailboxSettings")) {
                if (method.equals("PATCH")) {
                    Map<String, Object> body = jsonBody(exchange);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> reply = (Map<String, Object>) body.get("automaticRepliesSetting");
                    replies.put(mailbox, new LinkedHashMap<>(reply));
                }
                send(exchange, 200, Map.of("@odata.context", "https://graph.microsoft.com/v1.0/$metadata#users('"
                        + mailbox + "')/mailboxSettings", "automaticRepliesSetting", automaticReplies(mailbox),
                        "timeZone", "UTC"));
                return;
            }
            Map<String, Map<String, Object>> calendar = events.computeIfAbsent(mailbox,
                    m -> new ConcurrentHashMap<>());
            if (path.length == 2 && path[1].equals("events") && method.equals("GET")) {
                send(exchange, 200, Map.of("value", List.of()));
            } else if (path.length == 2 && path[1].equals("events") && method.equals("POST")) {
                Map<String, Object> event = jsonBody(exchange);
                Object transaction = event.get("transactionId");
                Map<String, Object> made = calendar.values().stream()
                        .filter(e -> transaction != null && transaction.equals(e.get("transactionId")))
                        .findFirst().orElse(null);
                if (made == null) {
                    String id = "AAMkAD" + System.nanoTime();
                    event.put("id", id);
                    calendar.put(id, event);
                    made = event;
                }
                send(exchange, 201, made);
            } else if (path.length == 3 && path[1].equals("events")) {
                String id = URLDecoder.decode(path[2], StandardCharsets.UTF_8);
                if (!calendar.containsKey(id)) {
                    error(exchange, 404, "ErrorItemNotFound", "The specified object was not found in the store.");
                } else if (method.equals("PATCH")) {
                    calendar.get(id).putAll(jsonBody(exchange));
                    send(exchange, 200, calendar.get(id));
                } else if (method.equals("DELETE")) {
                    calendar.remove(id);
                    exchange.sendResponseHeaders(204, -1);
                    exchange.close();
                } else {
                    send(exchange, 200, calendar.get(id));
                }
            } else {
                error(exchange, 400, "BadRequest", "Unsupported request.");
            }
        }
    }

    private static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        send(exchange, status, Map.of("error", Map.of("code", code, "message", message,
                "innerError", Map.of("request-id", "8b3f0d1e-0000-0000-0000-000000000000"))));
    }

    /** A certificate for localhost made with the JDK's keytool, trusted by this server's clients alone. */
    private static SSLContext selfSigned() throws Exception {
        Path dir = Files.createTempDirectory("recorded-entra");
        Path store = dir.resolve("login.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD,
                "-alias", "login", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2").redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (keytool.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD.toCharArray());
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }

    @Override
    public void close() {
        login.stop(0);
        graph.stop(0);
    }
}
