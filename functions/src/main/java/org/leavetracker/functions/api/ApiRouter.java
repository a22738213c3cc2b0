package org.leavetracker.functions.api;

import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.leavetracker.adapters.graphql.GraphQlShapes;
import org.leavetracker.domain.error.NotFound;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.functions.support.Application;
import org.leavetracker.functions.support.CallLimits;
import org.leavetracker.graphql.ApiContract;
import org.leavetracker.graphql.ResolverMapping;

/**
 * Routes {@code parentTypeName.fieldName} to the field its capability registered (reads, leave, people, settings,
 * integrations), after the caller's rate budgets and, for a field that reads the read tables, their own latest
 * write. Nothing else happens here; every rule lives in the domain.
 */
public final class ApiRouter {

    /** A client may send this header so that a retried mutation is recognised and applied once. */
    public static final String IDEMPOTENCY_HEADER = "idempotency-key";

    private final Application app;
    private final OrganizationOfUser organizations;
    private final CallLimits limits;
    private final FieldRegistry fields = new FieldRegistry();

    /** In a Lambda: the other doors' addresses come from the environment. */
    public ApiRouter(Application app) {
        this(app, PublicAddresses.fromEnvironment());
    }

    public ApiRouter(Application app, PublicAddresses addresses) {
        this.app = app;
        this.limits = new CallLimits(app.rateLimits);
        this.organizations = new OrganizationOfUser(userId -> app.repository.formerOrCurrent(
                new Caller(userId, null)).orgId());
        FieldSupport support = new FieldSupport(app, new GraphQlShapes(app.json.mapper(), app.clock),
                new PageTokens(app.pageTokenKey, app.json.mapper()), addresses);
        ReadFields.register(fields, support);
        LeaveFields.register(fields, support);
        PeopleFields.register(fields, support);
        SettingsFields.register(fields, support);
        IntegrationFields.register(fields, support);
    }

    /** The fields that answer from the read tables, as the resolver mapping marks them (one list, no copy). */
    private static final Set<String> READ_SIDE = ApiContract.resolvers().stream()
            .filter(ResolverMapping::readsReadSide).map(ResolverMapping::field).collect(Collectors.toSet());

    /** Every field this router answers (the resolver mapping's api fields, checked by a test). */
    Set<String> fieldNames() {
        return fields.names();
    }

    public Object route(ResolverEvent event) {
        ApiField field = fields.field(event.field()).orElseThrow(() -> new NotFound("no operation " + event.field()));
        ApiRequest request = new ApiRequest(event, app.callers, organizations);
        String who = request.budgetKey();
        if (who == null) {
            return resolve(field, event, request); // no identity: the field refuses the call itself
        }
        return limits.admit(who, request::organizationId, () -> resolve(field, event, request));
    }

    private Object resolve(ApiField field, ResolverEvent event, ApiRequest request) {
        if (READ_SIDE.contains(event.field())) {
            request.optionalCaller().ifPresent(app.ownWrites::await);
        }
        return field.resolve(event.arguments(), request);
    }
}
