package org.leavetracker.functions.scim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.leavetracker.domain.model.Team;
import org.leavetracker.domain.read.UserProfile;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.functions.support.Application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.filters.Filter;

/**
 * SCIM Groups as teams (SPEC §8): a group's members are the people in the team today. Okta's group push and Entra
 * ID's group provisioning create a group, then add and remove members with PATCH. A team is never deleted (its past
 * members' calendars name it): DELETE takes everyone out of it.
 */
final class ScimGroups {

    private static final Pattern MEMBER = Pattern.compile("members\\[\\s*value\\s+eq\\s+\"([^\"]+)\"\\s*]",
            Pattern.CASE_INSENSITIVE);

    private final Application app;
    private final ObjectMapper json;
    private final String baseUrl;

    ScimGroups(Application app, ObjectMapper json, String baseUrl) {
        this.app = app;
        this.json = json;
        this.baseUrl = baseUrl;
    }

    ScimResponse handle(ScimEndpoint endpoint, Caller agent, ScimRequest request, String method, String id,
                        Function<ScimRequest, JsonNode> body) {
        if (id == null) {
            return switch (method) {
                case "GET" -> {
                    Filter filter = ScimEndpoint.filter(request.query().get("filter"));
                    List<UserProfile> people = people(agent);
                    List<ObjectNode> matching = new ArrayList<>();
                    app.people.teams(agent).stream().sorted(Comparator.comparing(Team::name))
                            .map(team -> resource(team, people, excludesMembers(request)))
                            .filter(group -> filter == null || ScimEndpoint.matches(filter, group))
                            .forEach(matching::add);
                    yield endpoint.ok(200, endpoint.page(matching, request), null);
                }
                case "POST" -> {
                    JsonNode group = body.apply(request);
                    String name = ScimEndpoint.text(group, "displayName");
                    if (name == null || name.isBlank()) {
                        throw ScimRefusal.invalidValue("a group has a displayName");
                    }
                    Team team = app.people.createTeam(agent, name);
                    members(group.get("members")).forEach(member -> app.people.join(agent, member, team.id()));
                    yield one(endpoint, 201, resource(team, people(agent), false),
                            Map.of("Location", baseUrl + "/Groups/" + team.id()));
                }
                default -> throw new ScimRefusal(405, null, method + " is not allowed on /Groups");
            };
        }
        Team team = app.people.team(agent, id);
        return switch (method) {
            case "GET" -> one(endpoint, 200, resource(team, people(agent), excludesMembers(request)), Map.of());
            case "PUT" -> {
                JsonNode group = body.apply(request);
                String name = ScimEndpoint.text(group, "displayName");
                if (name != null && !name.isBlank()) {
                    app.people.renameTeam(agent, id, name);
                }
                setMembers(agent, id, members(group.get("members")));
                yield one(endpoint, 200, resource(app.people.team(agent, id), people(agent), false), Map.of());
            }
            case "PATCH" -> {
                for (JsonNode op : ScimEndpoint.operations(body.apply(request))) {
                    patch(agent, id, ScimEndpoint.text(op, "op"), ScimEndpoint.text(op, "path"), op.get("value"));
                }
                yield one(endpoint, 200, resource(app.people.team(agent, id), people(agent), false), Map.of());
            }
            case "DELETE" -> {
                setMembers(agent, id, Set.of());
                yield new ScimResponse(204, Map.of(), null);
            }
            default -> throw new ScimRefusal(405, null, method + " is not allowed on /Groups/{id}");
        };
    }

    private void patch(Caller agent, String teamId, String op, String path, JsonNode value) {
        String kind = op == null ? "" : op.toLowerCase(Locale.ROOT);
        String target = path == null ? "" : path.trim();
        Matcher one = MEMBER.matcher(target);
        if (kind.equals("remove") && one.matches()) {
            app.people.leave(agent, one.group(1), teamId);
        } else if (target.equalsIgnoreCase("members")) {
            switch (kind) {
                case "add" -> members(value).forEach(member -> app.people.join(agent, member, teamId));
                case "remove" -> (value == null ? members(agent, teamId) : members(value))
                        .forEach(member -> app.people.leave(agent, member, teamId));
                case "replace" -> setMembers(agent, teamId, members(value));
                default -> throw ScimRefusal.invalidValue("op is add, replace or remove, not " + op);
            }
        } else if (target.equalsIgnoreCase("displayName")) {
            app.people.renameTeam(agent, teamId, value.asText());
        } else if (target.isEmpty() && value != null && value.isObject()) {
            value.fields().forEachRemaining(field -> patch(agent, teamId, op, field.getKey(), field.getValue()));
        }
        // externalId and other attributes of a group are not kept
    }

    private void setMembers(Caller agent, String teamId, Set<String> wanted) {
        for (String member : members(agent, teamId)) {
            if (!wanted.contains(member)) {
                app.people.leave(agent, member, teamId);
            }
        }
        wanted.forEach(member -> app.people.join(agent, member, teamId));
    }

    private Set<String> members(Caller agent, String teamId) {
        Set<String> ids = new LinkedHashSet<>();
        people(agent).stream().filter(u -> teamId.equals(u.teamId())).forEach(u -> ids.add(u.id()));
        return ids;
    }

    /** The directory, once it shows this provider's own changes (what a group answers right after a PATCH). */
    private List<UserProfile> people(Caller agent) {
        app.ownWrites.await(agent);
        return app.readQueries.users(agent);
    }

    private static Set<String> members(JsonNode value) {
        Set<String> ids = new LinkedHashSet<>();
        if (value == null || value.isNull()) {
            return ids;
        }
        (value.isArray() ? value : json().createArrayNode().add(value)).forEach(member -> {
            String id = member.isObject() ? ScimEndpoint.text(member, "value") : member.asText();
            if (id != null && !id.isBlank()) {
                ids.add(id);
            }
        });
        return ids;
    }

    private static ObjectMapper json() {
        return new ObjectMapper();
    }

    private static boolean excludesMembers(ScimRequest request) {
        String excluded = request.query().get("excludedAttributes");
        return excluded != null && excluded.toLowerCase(Locale.ROOT).contains("members");
    }

    private static ScimResponse one(ScimEndpoint endpoint, int status, ObjectNode group, Map<String, String> headers) {
        Map<String, String> all = new java.util.LinkedHashMap<>(headers);
        all.put("ETag", group.path("meta").path("version").asText());
        return endpoint.ok(status, group, all);
    }

    /**
     * A team has no version of its own (its members' moves are theirs), so its ETag is a weak validator of what the
     * group shows: its name and its members.
     */
    private static String version(Team team, List<String> memberIds) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(team.name().getBytes(StandardCharsets.UTF_8));
            memberIds.stream().sorted().forEach(id -> digest.update(("\n" + id).getBytes(StandardCharsets.UTF_8)));
            return "W/\"" + HexFormat.of().formatHex(digest.digest(), 0, 12) + "\"";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private ObjectNode resource(Team team, List<UserProfile> people, boolean withoutMembers) {
        List<String> memberIds = people.stream().filter(p -> team.id().equals(p.teamId())).map(UserProfile::id)
                .toList();
        ObjectNode group = json.createObjectNode();
        group.putArray("schemas").add(ScimSchemas.GROUP);
        group.put("id", team.id());
        group.put("displayName", team.name());
        if (!withoutMembers) {
            ArrayNode members = group.putArray("members");
            people.stream().filter(p -> team.id().equals(p.teamId())).forEach(p -> {
                ObjectNode member = members.addObject();
                member.put("value", p.id());
                member.put("display", p.name());
                member.put("$ref", baseUrl + "/Users/" + p.id());
            });
        }
        ObjectNode meta = group.putObject("meta");
        meta.put("resourceType", "Group");
        meta.put("location", baseUrl + "/Groups/" + team.id());
        meta.put("version", version(team, memberIds));
        return group;
    }
}
