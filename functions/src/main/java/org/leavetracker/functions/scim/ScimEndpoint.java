package org.leavetracker.functions.scim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.leavetracker.domain.error.DomainError;
import org.leavetracker.domain.error.RateLimited;
import org.leavetracker.domain.provisioning.PeopleProvisioning.ProvisionedUser;
import org.leavetracker.domain.provisioning.ProvisioningAgent;
import org.leavetracker.domain.provisioning.ProvisioningSettings;
import org.leavetracker.domain.read.UserProfile;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.functions.support.Application;
import org.leavetracker.functions.support.CallLimits;
import org.leavetracker.functions.support.JsonLog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.filters.FilterType;
import com.unboundid.scim2.common.utils.FilterEvaluator;

/**
 * The SCIM 2.0 service provider (RFC 7644) at {@code /scim/v2}: Users, Groups (teams) and the discovery resources,
 * for the identity provider whose bearer token a request carries. Each change becomes the admin commands it means
 * ({@link org.leavetracker.domain.provisioning.PeopleProvisioning}); this class only speaks the protocol.
 */
public final class ScimEndpoint {

    private static final JsonLog LOG = new JsonLog(ScimEndpoint.class);

    /** RFC 7644 §3.4.2.4: a provider may cap a page; Okta asks for 100, Entra ID for fewer. */
    static final int MAX_PAGE = 200;
    /** The GraphQL API's limit too (AppSync's 1 MB): a whole department's member list fits many times over. */
    static final int MAX_BODY_CHARS = 1024 * 1024;

    private final Application app;
    private final ObjectMapper json = new ObjectMapper();
    private final ScimDiscovery discovery;
    private final String baseUrl;
    private final CallLimits limits;

    /**
     * @param baseUrl   the endpoint's public address, ending in {@code /scim/v2}
     * @param limits    the GraphQL API's limits (SPEC §4): a token is one caller, counted to its organization
     */
    public ScimEndpoint(Application app, String baseUrl, CallLimits limits) {
        this.app = app;
        this.limits = limits;
        this.baseUrl = baseUrl;
        this.discovery = new ScimDiscovery(json, baseUrl);
    }

    public ScimResponse handle(ScimRequest request) {
        Optional<Caller> agent = Optional.empty();
        ScimResponse answer = null;
        try {
            agent = bearer(request).flatMap(token -> app.provisioning.authenticate(token, request.requestId()));
            answer = authenticated(agent, request);
            return answer;
        } finally {
            // every use of a token is audited, reads and refusals too (decision 0033)
            LOG.info("SCIM call", Map.of("agent", agent.map(Caller::userId).orElse("none"),
                    "method", request.method(), "path", request.path(),
                    "status", answer == null ? 500 : answer.status(), "reference", request.requestId()));
        }
    }

    private ScimResponse authenticated(Optional<Caller> agent, ScimRequest request) {
        try {
            if (agent.isEmpty()) {
                return error(new ScimRefusal(401, null,
                        "a valid SCIM bearer token is required"), Map.of("WWW-Authenticate", "Bearer"));
            }
            String agentId = agent.get().userId();
            return limits.admit(agentId, () -> ProvisioningAgent.orgIdOf(agentId), () -> route(agent.get(), request));
        } catch (ScimRefusal refused) {
            return error(refused, Map.of());
        } catch (RateLimited busy) {
            return error(new ScimRefusal(429, null, busy.getMessage()),
                    Map.of("Retry-After", Long.toString(busy.retryAfterSeconds())));
        } catch (DomainError refused) {
            return error(fromDomain(refused), Map.of());
        }
    }

    private ScimResponse route(Caller agent, ScimRequest request) {
        String[] parts = request.path().replaceAll("^/+|/+$", "").split("/");
        String resource = parts[0];
        String id = parts.length > 1 ? parts[1] : null;
        if (parts.length > 2) {
            throw notFound(request);
        }
        String method = request.method().toUpperCase(Locale.ROOT);
        return switch (resource) {
            case "Users" -> users(agent, request, method, id);
            case "Groups" -> new ScimGroups(app, json, baseUrl).handle(this, agent, request, method, id, this::body);
            case "ServiceProviderConfig", "ResourceTypes", "Schemas" -> {
                if (!method.equals("GET")) {
                    throw methodNotAllowed(method, resource);
                }
                yield ok(200, discovery.read(resource, id), null);
            }
            default -> throw notFound(request);
        };
    }

    private ScimResponse users(Caller agent, ScimRequest request, String method, String id) {
        ScimUserResource resources = new ScimUserResource(json, baseUrl);
        if (id == null) {
            return switch (method) {
                case "GET" -> ok(200, list(agent, request, resources), null);
                case "POST" -> {
                    ScimUserChange change = new ScimUserChange(null, settings(agent))
                            .body(body(request));
                    String created = app.people.create(agent, change.person()).id();
                    ProvisionedUser user = app.people.describe(agent, created);
                    yield answer(201, resources.of(user), user.version(),
                            Map.of("Location", baseUrl + "/Users/" + created));
                }
                default -> throw methodNotAllowed(method, "/Users");
            };
        }
        return switch (method) {
            case "GET" -> {
                ProvisionedUser user = app.people.describe(agent, id);
                yield answer(200, resources.of(user), user.version(), Map.of());
            }
            case "PUT", "PATCH" -> {
                ProvisionedUser current = app.people.describe(agent, id);
                requireMatch(request, current.version());
                ScimUserChange change = new ScimUserChange(current.profile().name(), settings(agent));
                if (method.equals("PUT")) {
                    change.body(body(request));
                } else {
                    operations(body(request)).forEach(op -> change.operation(text(op, "op"), text(op, "path"),
                            op.get("value")));
                }
                app.people.replace(agent, id, change.person());
                ProvisionedUser user = app.people.describe(agent, id);
                yield answer(200, resources.of(user), user.version(), Map.of());
            }
            case "DELETE" -> {
                // a person's records are kept (SPEC §3.8): deleting deactivates, as Okta and Entra ID do themselves
                app.people.replace(agent, id, new ScimUserChange(null, ProvisioningSettings.DEFAULT)
                        .operation("replace", "active", json.getNodeFactory().booleanNode(false)).person());
                yield new ScimResponse(204, Map.of(), null);
            }
            default -> throw methodNotAllowed(method, "/Users/{id}");
        };
    }

    private ObjectNode list(Caller agent, ScimRequest request, ScimUserResource resources) {
        Filter filter = filter(request.query().get("filter"));
        List<ObjectNode> matching = new ArrayList<>();
        if (filter != null && filter.getFilterType() == FilterType.EQUAL
                && "userName".equalsIgnoreCase(filter.getAttributePath().toString())) {
            app.people.findByUserName(agent, filter.getComparisonValue().asText()).map(resources::of)
                    .ifPresent(matching::add);
        } else {
            app.ownWrites.await(agent); // the directory, once it shows this provider's own changes
            Map<String, String> teams = app.people.teamNames(agent);
            for (UserProfile user : app.readQueries.users(agent)) {
                ObjectNode resource = resources.of(user, user.teamId() == null ? null : teams.get(user.teamId()));
                if (filter == null || matches(filter, resource)) {
                    matching.add(resource);
                }
            }
            matching.sort(Comparator.comparing(r -> r.get("userName").asText()));
        }
        return page(matching, request);
    }

    /** RFC 7644 §3.4.2.4: 1-based startIndex, count at most {@link #MAX_PAGE}; count 0 answers the total only. */
    ObjectNode page(List<ObjectNode> all, ScimRequest request) {
        int startIndex = Math.max(1, integer(request.query().get("startIndex"), 1));
        int count = Math.min(MAX_PAGE, Math.max(0, integer(request.query().get("count"), 100)));
        List<ObjectNode> page = all.subList(Math.min(all.size(), startIndex - 1),
                Math.min(all.size(), startIndex - 1 + count));
        ObjectNode list = json.createObjectNode();
        list.putArray("schemas").add(ScimSchemas.LIST_RESPONSE);
        list.put("totalResults", all.size());
        list.put("startIndex", startIndex);
        list.put("itemsPerPage", page.size());
        ArrayNode items = list.putArray("Resources");
        page.forEach(items::add);
        return list;
    }

    static Filter filter(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Filter.fromString(text);
        } catch (BadRequestException e) {
            throw new ScimRefusal(400, "invalidFilter", e.getMessage());
        }
    }

    static boolean matches(Filter filter, JsonNode resource) {
        try {
            return FilterEvaluator.evaluate(filter, resource);
        } catch (ScimException e) {
            throw new ScimRefusal(400, "invalidFilter", e.getMessage());
        }
    }

    private ProvisioningSettings settings(Caller agent) {
        return app.people.settings(agent);
    }

    /** PATCH's operations; Entra ID and Okta both name the list "Operations". */
    static List<JsonNode> operations(JsonNode body) {
        JsonNode operations = body.get("Operations");
        if (operations == null) {
            operations = body.get("operations");
        }
        if (operations == null || !operations.isArray() || operations.isEmpty()) {
            throw ScimRefusal.invalidValue(
                    "a PATCH body is a PatchOp message with a list of Operations");
        }
        List<JsonNode> list = new ArrayList<>();
        operations.forEach(list::add);
        return list;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    JsonNode body(ScimRequest request) {
        if (request.body() == null || request.body().isBlank()) {
            throw ScimRefusal.invalidValue("the request has no body");
        }
        if (request.body().length() > MAX_BODY_CHARS) {
            throw new ScimRefusal(413, null, "a request body is at most " + MAX_BODY_CHARS
                    + " characters; a person or a group is a few hundred");
        }
        try {
            return json.readTree(request.body());
        } catch (JsonProcessingException e) {
            throw new ScimRefusal(400, "invalidSyntax",
                    "the body is not JSON: " + e.getOriginalMessage());
        }
    }

    /** RFC 7644 §3.14: a change made against another version than the current one is refused. */
    private static void requireMatch(ScimRequest request, long version) {
        String ifMatch = request.header("if-match");
        if (ifMatch != null && !ifMatch.equals("*") && !ifMatch.equals(ScimUserResource.etag(version))) {
            throw new ScimRefusal(412, null,
                    "the resource changed: its version is " + ScimUserResource.etag(version));
        }
    }

    private static Optional<String> bearer(ScimRequest request) {
        String authorization = request.header("authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(7).trim());
    }

    private static int integer(String text, int otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw ScimRefusal.invalidValue("not a number: " + text);
        }
    }

    ScimResponse answer(int status, ObjectNode body, long version, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("ETag", ScimUserResource.etag(version));
        return ok(status, body, all);
    }

    ScimResponse ok(int status, JsonNode body, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Content-Type", ScimSchemas.CONTENT_TYPE);
        if (headers != null) {
            all.putAll(headers);
        }
        return new ScimResponse(status, all, write(body));
    }

    private ScimResponse error(ScimRefusal refused, Map<String, String> headers) {
        ObjectNode body = json.createObjectNode();
        body.putArray("schemas").add(ScimSchemas.ERROR);
        body.put("status", String.valueOf(refused.status()));
        if (refused.scimType() != null) {
            body.put("scimType", refused.scimType());
        }
        body.put("detail", refused.getMessage());
        return ok(refused.status(), body, headers);
    }

    private static ScimRefusal fromDomain(DomainError refused) {
        return switch (refused.errorType()) {
            case "NOT_FOUND" -> ScimRefusal.notFound(refused.getMessage());
            case "CONFLICT" -> new ScimRefusal(409, "uniqueness",
                    refused.getMessage());
            case "FORBIDDEN" -> new ScimRefusal(403, null, refused.getMessage());
            case "UNAUTHENTICATED" -> new ScimRefusal(401, null,
                    refused.getMessage());
            default -> ScimRefusal.invalidValue(refused.getMessage());
        };
    }

    private static ScimRefusal notFound(ScimRequest request) {
        return ScimRefusal.notFound("no SCIM resource at " + request.path()
                + "; this endpoint serves /Users, /Groups, /ServiceProviderConfig, /ResourceTypes and /Schemas");
    }

    private static ScimRefusal methodNotAllowed(String method, String resource) {
        return new ScimRefusal(405, null, method + " is not allowed on "
                + resource);
    }

    private String write(JsonNode body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree always writes", e);
        }
    }
}
