package org.leavetracker.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.model.Email;
import org.leavetracker.domain.model.Text;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.DetectorConnectionFactory;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import org.leavetracker.adapters.web.WebSecurityHeaders;
import org.leavetracker.functions.calendar.CalendarFeedHandler;
import org.leavetracker.functions.scim.ScimHandler;
import org.leavetracker.functions.slack.SlackHandler;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/**
 * The local endpoints on Jetty: {@code POST /graphql}, WebSockets {@code /graphql} (graphql-transport-ws) and
 * {@code /graphql/realtime} (AppSync's protocol), {@code POST /dev/token}, {@code GET /dev/outbox[?to=e-mail]},
 * {@code GET /dev/dead-letters}, {@code POST /dev/dead-letters/redrive}, the calendar feeds {@code GET /calendar/…}
 * {@code GET /config.json}, the web app at {@code /} and the GraphQL IDE at {@code /graphiql}, over HTTP and HTTPS on
 * one port.
 * Every bad request gets a GraphQL-shaped error and the server keeps serving.
 */
final class LocalServer {

    static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final long MAX_DISCARDED_BYTES = 32L * 1024 * 1024;

    private final Server server;
    private final ObjectMapper mapper = new ObjectMapper();
    private final GraphQlEngine engine;
    private final DevTokens tokens;
    private final DevEndpoints dev;
    private final CalendarFeedHandler calendars;
    /** The Slack app's request URL, where Slack is configured; otherwise null. */
    private final SlackHandler slack;
    private final ScimHandler scim;
    private final Set<AppSyncRealtimeConnection> realtime = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "appsync-keep-alive");
        t.setDaemon(true);
        return t;
    });
    private final WebAppFiles webApp = new WebAppFiles();

    LocalServer(int port, GraphQlEngine engine, DevTokens tokens, Subscriptions subscriptions, DevEndpoints dev,
                CalendarFeedHandler calendars, SlackHandler slack, ScimHandler scim, LocalCertificate certificate) {
        this.engine = engine;
        this.slack = slack;
        this.scim = scim;
        this.dev = dev;
        this.calendars = calendars;
        this.tokens = tokens;
        this.server = new Server();
        ServerConnector connector = plainAndTls(server, certificate);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        ContextHandler context = new ContextHandler("/");
        WebSocketUpgradeHandler websockets = WebSocketUpgradeHandler.from(server, context, container -> {
            container.setIdleTimeout(Duration.ofMinutes(10));
            container.addMapping("/graphql", (request, response, callback) -> {
                if (!request.hasSubProtocol(TransportWsConnection.PROTOCOL)) {
                    return null;
                }
                response.setAcceptedSubProtocol(TransportWsConnection.PROTOCOL);
                return new TransportWsConnection(subscriptions);
            });
            container.addMapping("/graphql/realtime", (request, response, callback) -> {
                if (request.hasSubProtocol(AppSyncRealtimeConnection.PROTOCOL)) {
                    response.setAcceptedSubProtocol(AppSyncRealtimeConnection.PROTOCOL);
                }
                Fields query = Request.extractQueryParameters(request);
                // Amplify JS v6 sends the header as a "header-<base64url>" subprotocol, older clients as a parameter
                String header = request.getSubProtocols().stream().filter(p -> p.startsWith("header-"))
                        .map(p -> p.substring("header-".length())).findFirst().orElse(query.getValue("header"));
                AppSyncRealtimeConnection connection = new AppSyncRealtimeConnection(subscriptions, header);
                realtime.add(connection);
                return connection;
            });
        });
        websockets.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                route(request, response, callback);
                return true;
            }
        });
        context.setHandler(websockets);
        GzipHandler gzip = new GzipHandler();
        gzip.setHandler(context);
        server.setHandler(gzip);
        keepAlive.scheduleAtFixedRate(() -> {
            realtime.removeIf(c -> !c.isOpen());
            realtime.forEach(c -> c.send(Map.of("type", "ka")));
        }, 60, 60, TimeUnit.SECONDS);
    }

    /**
     * One port for HTTP and HTTPS (WS and WSS): the first bytes of a connection say whether it is TLS. Amplify JS
     * derives {@code wss://<host>/graphql/realtime} from {@code http://<host>/graphql}, so both must answer there.
     */
    private static ServerConnector plainAndTls(Server server, LocalCertificate certificate) {
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStore(certificate.load());
        tls.setKeyStorePassword(LocalCertificate.PASSWORD);
        HttpConfiguration config = new HttpConfiguration();
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        secure.setSniHostCheck(false); // clients send no SNI for "localhost", and 127.0.0.1 is no host name
        config.addCustomizer(secure);
        HttpConnectionFactory http = new HttpConnectionFactory(config);
        SslConnectionFactory ssl = new SslConnectionFactory(tls, http.getProtocol());
        return new ServerConnector(server, new DetectorConnectionFactory(ssl), http);
    }

    void start() throws Exception {
        server.start();
    }

    int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    void stop() throws Exception {
        keepAlive.shutdownNow();
        server.stop();
    }

    private void route(Request request, Response response, Callback callback) {
        response.getHeaders().put("Access-Control-Allow-Origin", "*");
        response.getHeaders().put("Access-Control-Allow-Headers", "authorization, content-type, idempotency-key");
        response.getHeaders().put("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        try {
            if (path.equals("/scim/v2") || path.startsWith("/scim/v2/")) {
                scim(request, response, callback, method, path);
            } else if ("OPTIONS".equals(method)) {
                response.setStatus(HttpStatus.NO_CONTENT_204);
                callback.succeeded();
            } else if ("POST".equals(method) && "/graphql".equals(path)) {
                graphql(request, response, callback);
            } else if ("POST".equals(method) && "/dev/token".equals(path)) {
                token(request, response, callback);
            } else if ("GET".equals(method) && path.startsWith("/calendar/")) {
                functionUrl(calendars, event("GET", path, Map.of(), null), response, callback);
            } else if ("POST".equals(method) && "/slack/events".equals(path) && slack != null) {
                slack(request, response, callback);
            } else if ("GET".equals(method) && "/dev/outbox".equals(path)) {
                json(response, callback, HttpStatus.OK_200, Map.of("messages",
                        dev.outbox().messages(Request.extractQueryParameters(request).getValue("to"))));
            } else if ("GET".equals(method) && "/dev/dead-letters".equals(path)) {
                json(response, callback, HttpStatus.OK_200, Map.of("deadLetters", dev.deadLetters().all()));
            } else if ("POST".equals(method) && "/dev/dead-letters/redrive".equals(path)) {
                json(response, callback, HttpStatus.OK_200, dev.bus().redrive());
            } else if ("GET".equals(method) && "/config.json".equals(path)) {
                // the web app's runtime configuration; the cloud stack writes its own next to the app
                response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
                json(response, callback, HttpStatus.OK_200, Map.of("graphqlUrl", "/graphql", "signIn", "dev"));
            } else if ("GET".equals(method)) {
                webApp.find(path).ifPresentOrElse(file -> appFile(request, response, callback, file),
                        () -> noRoute(response, callback, method, path));
            } else {
                noRoute(response, callback, method, path);
            }
        } catch (RuntimeException | IOException e) {
            System.err.println("internal error on " + method + " " + path + ":");
            e.printStackTrace();
            json(response, callback, HttpStatus.INTERNAL_SERVER_ERROR_500,
                    errorBody("INTERNAL_ERROR", "Something went wrong on our side"));
        }
    }

    /** A file of the web app, with the deployed app's headers (CloudFront's policy), connecting to this server. */
    private static void appFile(Request request, Response response, Callback callback, WebAppFiles.File file) {
        String host = request.getHeaders().get(HttpHeader.HOST);
        boolean plainHost = host != null && host.matches("[A-Za-z0-9.\\[\\]:-]{1,100}");
        WebSecurityHeaders.headers(plainHost ? List.of("ws://" + host, "wss://" + host) : List.of(), false)
                .forEach((name, value) -> response.getHeaders().put(name, value));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, file.contentType());
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, file.cacheControl());
        response.write(true, ByteBuffer.wrap(file.bytes()), callback);
    }

    private void noRoute(Response response, Callback callback, String method, String path) {
        json(response, callback, HttpStatus.NOT_FOUND_404, errorBody("NOT_FOUND", "no route " + method + " "
                + path + "; the API is POST /graphql"));
    }

    @SuppressWarnings("unchecked")
    private void graphql(Request request, Response response, Callback callback) throws IOException {
        String body = body(request, response, callback);
        if (body == null) {
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        request.getHeaders().forEach(h -> headers.put(h.getLowerCaseName(), h.getValue()));
        var claims = tokens.verify(headers.get("authorization"));
        if (claims.isEmpty()) {
            json(response, callback, HttpStatus.UNAUTHORIZED_401, errorBody("UNAUTHENTICATED",
                    "a valid token is required in the Authorization header (POST /dev/token gives one)"));
            return;
        }
        Map<String, Object> operation;
        try {
            operation = mapper.readValue(body, new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (IOException e) {
            json(response, callback, HttpStatus.BAD_REQUEST_400, errorBody("VALIDATION_ERROR",
                    "the body must be JSON: {\"query\": \"...\", \"variables\": {...}}"));
            return;
        }
        if (operation == null || !(operation.get("query") instanceof String query)
                || operation.get("variables") != null && !(operation.get("variables") instanceof Map)
                || operation.get("operationName") != null && !(operation.get("operationName") instanceof String)) {
            json(response, callback, HttpStatus.BAD_REQUEST_400, errorBody("VALIDATION_ERROR",
                    "the body needs a string 'query' and, optionally, an object 'variables' and a string"
                            + " 'operationName'"));
            return;
        }
        Map<String, Object> result = engine.execute(query, (Map<String, Object>) operation.get("variables"),
                (String) operation.get("operationName"), AuthContext.user(claims.get(), headers));
        json(response, callback, HttpStatus.OK_200, result);
    }

    private void slack(Request request, Response response, Callback callback) throws IOException {
        String body = body(request, response, callback);
        if (body == null) {
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        request.getHeaders().forEach(h -> headers.put(h.getLowerCaseName(), h.getValue()));
        functionUrl(slack, event("POST", "/slack/events", headers, body), response, callback);
    }

    /** Every method, as the identity provider sends it; the handler answers in RFC 7644's terms. */
    private void scim(Request request, Response response, Callback callback, String method, String path)
            throws IOException {
        String body = "GET".equals(method) || "DELETE".equals(method) ? null : body(request, response, callback);
        if (body == null && !"GET".equals(method) && !"DELETE".equals(method)) {
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        request.getHeaders().forEach(h -> headers.put(h.getLowerCaseName(), h.getValue()));
        headers.put("x-forwarded-proto", request.isSecure() ? "https" : "http");
        Map<String, String> query = new LinkedHashMap<>();
        Request.extractQueryParameters(request).forEach(field -> query.put(field.getName(), field.getValue()));
        APIGatewayV2HTTPEvent event = event(method, path, headers, body);
        event.setQueryStringParameters(query);
        functionUrl(scim, event, response, callback);
    }

    /** The event a Lambda Function URL would send (payload format 2.0). */
    private static APIGatewayV2HTTPEvent event(String method, String path, Map<String, String> headers,
                                               String body) {
        return APIGatewayV2HTTPEvent.builder().withRawPath(path).withHeaders(headers).withBody(body)
                .withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method)
                                .withPath(path).build()).build()).build();
    }

    /** Through the same handler as the cloud's Function URL. */
    private static void functionUrl(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
                                    APIGatewayV2HTTPEvent event, Response response, Callback callback) {
        APIGatewayV2HTTPResponse answer = handler.handleRequest(event, null);
        response.setStatus(answer.getStatusCode());
        answer.getHeaders().forEach((name, value) -> response.getHeaders().put(name, value));
        Content.Sink.write(response, true, answer.getBody(), callback);
    }

    private void token(Request request, Response response, Callback callback) throws IOException {
        String body = body(request, response, callback);
        if (body == null) {
            return;
        }
        try {
            Map<String, Object> input = mapper.readValue(body, new TypeReference<LinkedHashMap<String, Object>>() {
            });
            if (input == null) {
                input = Map.of();
            }
            // the same checks a person's e-mail and name meet everywhere else: a token carries nothing the API
            // would refuse to store (a 1 MB name, control characters, half characters)
            Email email = Email.of(String.valueOf(input.get("email")));
            Object name = input.get("name");
            String checkedName = name == null || name.toString().isBlank() ? null
                    : Text.requiredName(name.toString(), "name");
            json(response, callback, HttpStatus.OK_200, Map.of("token", tokens.issue(email.value(), checkedName)));
        } catch (ValidationError refused) {
            json(response, callback, HttpStatus.BAD_REQUEST_400, errorBody("VALIDATION_ERROR",
                    refused.getMessage() + "; send {\"email\": \"you@example.com\", \"name\": \"You\"}"));
        } catch (IOException e) {
            json(response, callback, HttpStatus.BAD_REQUEST_400, errorBody("VALIDATION_ERROR",
                    "send {\"email\": \"you@example.com\", \"name\": \"You\"}"));
        }
    }

    /** The request body, or null after answering 413 when it is too large. */
    private String body(Request request, Response response, Callback callback) throws IOException {
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                tooLarge(in, response, callback);
                return null;
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /**
     * 413. The rest of the body is read and thrown away first, up to {@link #MAX_DISCARDED_BYTES}: closing a
     * connection with unread bytes makes the kernel reset it, and a client still sending would lose the answer.
     * A body longer than that gets its connection closed, so no client sends its next request on it.
     */
    private void tooLarge(InputStream rest, Response response, Callback callback) throws IOException {
        long discarded = 0;
        for (long n; discarded < MAX_DISCARDED_BYTES
                && (n = rest.skip(Math.min(64 * 1024, MAX_DISCARDED_BYTES - discarded))) > 0; ) {
            discarded += n;
        }
        if (discarded >= MAX_DISCARDED_BYTES) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        json(response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, errorBody("VALIDATION_ERROR",
                "the request body is larger than " + MAX_BODY_BYTES + " bytes"));
    }

    private static Map<String, Object> errorBody(String type, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", null);
        body.put("errors", List.of(Map.of("message", message, "errorType", type, "extensions",
                Map.of("errorType", type))));
        return body;
    }

    private void json(Response response, Callback callback, int status, Object body) {
        try {
            response.setStatus(status);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
            Content.Sink.write(response, true, mapper.writeValueAsString(body), callback);
        } catch (IOException e) {
            callback.failed(e);
        }
    }
}
