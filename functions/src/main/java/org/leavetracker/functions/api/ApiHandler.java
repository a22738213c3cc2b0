package org.leavetracker.functions.api;

import java.util.Map;
import java.util.UUID;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import org.leavetracker.functions.support.ColdStart;
import org.leavetracker.domain.error.DomainError;
import org.leavetracker.domain.error.RateLimited;
import org.leavetracker.functions.support.Application;
import org.leavetracker.functions.support.JsonLog;
import org.leavetracker.functions.support.SnapStartPriming;

/**
 * The GraphQL resolver Lambda: one AppSync resolver event in, one envelope out — {@code {"data": …}} or
 * {@code {"error": {"type", "message"}}} — which the envelope resolver (graphql-schema: api.js) turns into the
 * field's value or a GraphQL error with SPEC §4's errorType. An unexpected failure is logged with its stack trace
 * and a reference, and the caller sees only the reference.
 */
public final class ApiHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private static final JsonLog LOG = new JsonLog(ApiHandler.class);
    /** Held so the CRaC context (which keeps only weak references) does not lose it before the snapshot. */
    private static SnapStartPriming priming;

    private static final ColdStart<ApiRouter> WIRED = new ColdStart<>(() -> {
        Application app = Application.fromEnvironment();
        priming = SnapStartPriming.register(app.holidays, app.json);
        return new ApiRouter(app);
    });

    private final ApiRouter router;
    private final FederatedEmailTrust trust;

    /** Used by Lambda: wires the application once per execution environment. */
    public ApiHandler() {
        this(WIRED.get(), FederatedEmailTrust.fromEnvironment());
    }

    public ApiHandler(ApiRouter router) {
        this(router, FederatedEmailTrust.none());
    }

    public ApiHandler(ApiRouter router, FederatedEmailTrust trust) {
        this.router = router;
        this.trust = trust;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        String reference = context != null && context.getAwsRequestId() != null ? context.getAwsRequestId()
                : UUID.randomUUID().toString();
        ResolverEvent event = ResolverEvent.from(input, trust);
        try {
            Object data = router.route(event);
            return data == null ? Map.of() : Map.of("data", data);
        } catch (DomainError refused) {
            LOG.info("refused", Map.of("field", String.valueOf(event.field()), "errorType", refused.errorType(),
                    "reference", reference));
            return Map.of("error", Map.of("type", refused.errorType(), "message", refused.getMessage(),
                    "details", refused.details()));
        } catch (RuntimeException failure) {
            LOG.error("internal error", Map.of("field", String.valueOf(event.field()), "reference", reference),
                    failure);
            return Map.of("error", Map.of("type", "INTERNAL_ERROR",
                    "message", "Something went wrong on our side; reference " + reference));
        }
    }
}
