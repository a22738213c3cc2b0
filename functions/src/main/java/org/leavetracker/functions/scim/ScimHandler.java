package org.leavetracker.functions.scim;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.leavetracker.functions.support.Application;
import org.leavetracker.functions.support.CallLimits;
import org.leavetracker.functions.support.ColdStart;
import org.leavetracker.functions.support.JsonLog;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

/**
 * The SCIM endpoint behind a Lambda Function URL (payload format 2.0): {@code /scim/v2/…}. It translates the HTTP
 * event to a {@link ScimRequest} and back; an unexpected failure is logged with a reference, and the provider sees
 * only the reference.
 */
public final class ScimHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    static final String PREFIX = "/scim/v2";
    private static final JsonLog LOG = new JsonLog(ScimHandler.class);
    private static final ColdStart<Application> WIRED = new ColdStart<>(Application::fromEnvironment);

    private final Application app;
    private final CallLimits limits;

    /** Used by Lambda: wires the application once per execution environment. */
    public ScimHandler() {
        this(WIRED.get());
    }

    public ScimHandler(Application app) {
        this.app = app;
        this.limits = new CallLimits(app.rateLimits);
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        String reference = context != null && context.getAwsRequestId() != null ? context.getAwsRequestId()
                : UUID.randomUUID().toString();
        Map<String, String> headers = new LinkedHashMap<>();
        if (event.getHeaders() != null) {
            event.getHeaders().forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT), value));
        }
        String path = event.getRawPath() == null ? "" : event.getRawPath();
        String host = event.getRequestContext() != null && event.getRequestContext().getDomainName() != null
                ? event.getRequestContext().getDomainName() : headers.getOrDefault("host", "localhost");
        String scheme = headers.getOrDefault("x-forwarded-proto", "https");
        ScimRequest request = new ScimRequest(method(event), path.startsWith(PREFIX) ? path.substring(PREFIX.length())
                : path, event.getQueryStringParameters(), headers, event.getBody(), reference);
        try {
            ScimResponse answer = new ScimEndpoint(app, scheme + "://" + host + PREFIX, limits).handle(request);
            return APIGatewayV2HTTPResponse.builder().withStatusCode(answer.status()).withHeaders(answer.headers())
                    .withBody(answer.body() == null ? "" : answer.body()).build();
        } catch (RuntimeException unexpected) {
            LOG.error("SCIM request failed", Map.of("reference", reference, "path", path), unexpected);
            return APIGatewayV2HTTPResponse.builder().withStatusCode(500)
                    .withHeaders(Map.of("Content-Type", ScimSchemas.CONTENT_TYPE))
                    .withBody("{\"schemas\":[\"" + ScimSchemas.ERROR + "\"],\"status\":\"500\",\"detail\":"
                            + "\"an unexpected error, reference " + reference + "\"}").build();
        }
    }

    private static String method(APIGatewayV2HTTPEvent event) {
        return event.getRequestContext() == null || event.getRequestContext().getHttp() == null ? "GET"
                : event.getRequestContext().getHttp().getMethod();
    }
}
