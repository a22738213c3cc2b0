package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The request sequences Okta and Microsoft Entra ID send when they provision, as their SCIM guides document them
 * (bodies as documented, with our e-mail addresses): Okta's "SCIM 2.0 protocol reference" (developer.okta.com:
 * create, get by filter, PUT, PATCH deactivate, group push) and Entra ID's "Develop a SCIM endpoint" request
 * examples (learn.microsoft.com: capitalized ops, booleans as strings, enterprise extension paths, member PATCH).
 * Each answer is checked as RFC 7644 says: status, application/scim+json, schemas, Location and ETag.
 */
class ScimProviderSequencesIT extends AgainstTarget {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String SCIM_JSON = "application/scim+json";
    private static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
    private static final String LIST = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

    private record Answer(int status, HttpResponse<String> raw, JsonNode json) {
        String text(String field) {
            return json.path(field).asText();
        }
    }

    private static Answer call(String secret, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.baseUrl + "/scim/v2" + path))
                .header("Authorization", "Bearer " + secret).header("Accept", SCIM_JSON)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", SCIM_JSON + "; charset=utf-8");
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = response.body().isEmpty() ? null : Api.JSON.readTree(response.body());
        if (json != null) {
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(SCIM_JSON);
            assertThat(json.path("schemas").isArray()).as("schemas of %s %s", method, path).isTrue();
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        }
        return new Answer(response.statusCode(), response, json);
    }

    private static String filter(String expression) {
        return URLEncoder.encode(expression, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String secret(Api.Person admin, String label) {
        Map<String, Object> issued = admin.ok("mutation($l: String!) { createScimToken(label: $l) { secret } }",
                vars("l", label));
        return (String) issued.get("secret");
    }

    private static void created(Answer answer) {
        assertThat(answer.status()).isEqualTo(201);
        String location = answer.raw().headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo(answer.json().path("meta").path("location").asText());
        assertThat(answer.raw().headers().firstValue("ETag").orElseThrow())
                .isEqualTo(answer.json().path("meta").path("version").asText());
    }

    @Test
    void oktas_provisioning_sequence() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        String email = "test.user." + suffix + "@okta.test";
        Api.Person admin = newCompany("Okta Customer", "okta.test");
        germanOffice(admin);
        String okta = secret(admin, "Okta");

        // 1. does the user exist? (Okta always asks first)
        Answer lookup = call(okta, "GET", "/Users?filter=" + filter("userName eq \"" + email + "\"")
                + "&startIndex=1&count=100", null);
        assertThat(lookup.status()).isEqualTo(200);
        assertThat(lookup.json().path("schemas").get(0).asText()).isEqualTo(LIST);
        assertThat(lookup.json().path("totalResults").asInt()).isZero();
        assertThat(lookup.json().path("Resources").size()).isZero();

        // 2. create, with the attributes Okta sends (password, locale, groups: accepted, not kept)
        Answer create = call(okta, "POST", "/Users", """
                {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "%s",
                 "name": {"givenName": "Test", "familyName": "User"},
                 "emails": [{"primary": true, "value": "%s", "type": "work"}],
                 "displayName": "Test User", "locale": "en-US", "externalId": "00ujl29u0le5T6Aj10h7",
                 "groups": [], "password": "1mz050nq", "active": true}""".formatted(email, email));
        created(create);
        String id = create.text("id");
        assertThat(create.json().path("active").asBoolean()).isTrue();
        assertThat(create.json().has("password")).isFalse();

        // 3. read back by id and by filter
        Answer get = call(okta, "GET", "/Users/" + id, null);
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.text("userName")).isEqualTo(email);
        Answer byFilter = call(okta, "GET", "/Users?filter=" + filter("userName eq \"" + email + "\"")
                + "&startIndex=1&count=100", null);
        assertThat(byFilter.json().path("totalResults").asInt()).isEqualTo(1);
        assertThat(byFilter.json().path("Resources").get(0).path("id").asText()).isEqualTo(id);

        // 4. Okta updates a profile with PUT of the whole user
        Answer put = call(okta, "PUT", "/Users/" + id, """
                {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "id": "%s", "userName": "%s",
                 "name": {"givenName": "Another", "familyName": "User"},
                 "emails": [{"primary": true, "value": "%s", "type": "work"}],
                 "displayName": "Another User", "active": true}""".formatted(id, email, email));
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.text("displayName")).isEqualTo("Another User");

        // 5. deactivation: PATCH with a value object and no path
        Answer deactivate = call(okta, "PATCH", "/Users/" + id, """
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations": [{"op": "replace", "value": {"active": false}}]}""");
        assertThat(deactivate.status()).isEqualTo(200);
        assertThat(deactivate.json().path("active").asBoolean()).isFalse();
        assertThat(call(okta, "GET", "/Users/" + id, null).json().path("active").asBoolean()).isFalse();

        // 6. reactivation with PUT active true
        Answer reactivate = call(okta, "PUT", "/Users/" + id, """
                {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "id": "%s", "userName": "%s",
                 "name": {"givenName": "Another", "familyName": "User"}, "active": true}""".formatted(id, email));
        assertThat(reactivate.json().path("active").asBoolean()).isTrue();

        // 7. group push: create, add a member, rename, remove the member
        Answer group = call(okta, "POST", "/Groups", """
                {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "displayName": "Test SCIMv2",
                 "members": []}""");
        created(group);
        String groupId = group.text("id");
        Answer add = call(okta, "PATCH", "/Groups/" + groupId, """
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations": [{"op": "add", "path": "members",
                                 "value": [{"value": "%s", "display": "%s"}]}]}""".formatted(id, email));
        assertThat(add.status()).isIn(200, 204);
        assertThat(call(okta, "GET", "/Groups/" + groupId, null).json().path("members").get(0).path("value")
                .asText()).isEqualTo(id);
        Answer rename = call(okta, "PATCH", "/Groups/" + groupId, """
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations": [{"op": "replace", "value": {"id": "%s", "displayName": "Test SCIMv2 renamed"}}]}"""
                .formatted(groupId));
        assertThat(rename.status()).isIn(200, 204);
        Answer remove = call(okta, "PATCH", "/Groups/" + groupId, """
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations": [{"op": "remove", "path": "members[value eq \\"%s\\"]"}]}""".formatted(id));
        assertThat(remove.status()).isIn(200, 204);
        Answer after = call(okta, "GET", "/Groups/" + groupId, null);
        assertThat(after.text("displayName")).isEqualTo("Test SCIMv2 renamed");
        assertThat(after.json().path("members").size()).isZero();

        // what the admin sees: the person, renamed, employed again
        Map<String, Object> user = admin.<List<Map<String, Object>>>ok("{ users { id name employmentEndsOn } }")
                .stream().filter(u -> u.get("id").equals(id)).findFirst().orElseThrow();
        assertThat(user).containsEntry("name", "Another User").containsEntry("employmentEndsOn", null);
    }

    @Test
    void entra_ids_provisioning_sequence() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        String email = "Test_User_" + suffix + "@entra.test";
        Api.Person admin = newCompany("Entra Customer", "entra.test");
        germanOffice(admin);
        String entra = secret(admin, "Microsoft Entra ID");
        String managerEmail = "manager." + suffix + "@entra.test";

        assertThat(call(entra, "GET", "/Users?filter=" + filter("userName eq \"" + email + "\""), null)
                .json().path("totalResults").asInt()).isZero();
        Answer manager = call(entra, "POST", "/Users", """
                {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "%s", "active": true,
                 "displayName": "Mia Manager", "emails": [{"primary": true, "type": "work", "value": "%s"}]}"""
                .formatted(managerEmail, managerEmail));
        created(manager);
        Answer create = call(entra, "POST", "/Users", """
                {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                             "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                 "externalId": "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef", "userName": "%s", "active": true,
                 "emails": [{"primary": true, "type": "work", "value": "%s"}], "meta": {"resourceType": "User"},
                 "name": {"formatted": "givenName familyName", "familyName": "familyName", "givenName": "givenName"},
                 "roles": [],
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"department": "Engineering"}}"""
                .formatted(email, email));
        created(create);
        String id = create.text("id");
        // the same userName again: 409 uniqueness in the RFC's error format
        Answer again = call(entra, "POST", "/Users", """
                {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "%s", "active": true}"""
                .formatted(email));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("schemas").get(0).asText()).isEqualTo(ERROR);
        assertThat(again.text("status")).isEqualTo("409");
        assertThat(again.text("scimType")).isEqualTo("uniqueness");

        // Entra's PATCH dialect: capitalized ops, a filtered e-mail path, a name part
        Answer patch = call(entra, "PATCH", "/Users/" + id, """
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations": [{"op": "Replace", "path": "emails[type eq \\"work\\"].value",
                                 "value": "updated.%s"},
                                {"op": "Replace", "path": "name.familyName", "value": "updatedFamilyName"}]}"""
                .formatted(email));
        assertThat(patch.status()).isEqualTo(200);
        assertThat(patch.text("userName")).isEqualTo(("updated." + email).toLowerCase());
        assertThat(patch.json().path("name").path("familyName").asText()).isEqualTo("updatedFamilyName");
        // manager by the enterprise extension's path, its value a bare id
        Answer managed = call(entra, "PATCH", "/Users/" + id, """
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations": [{"op": "Add",
                                 "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager",
                                 "value": "%s"}]}""".formatted(manager.text("id")));
        assertThat(managed.status()).isEqualTo(200);
        assertThat(managed.json().path("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")
                .path("manager").path("value").asText()).isEqualTo(manager.text("id"));
        // an ETag that is no longer current: 412
        Answer stale = call(entra, "GET", "/Users/" + id, null);
        HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(URI.create(target.baseUrl + "/scim/v2/Users/"
                        + id)).header("Authorization", "Bearer " + entra).header("Content-Type", SCIM_JSON)
                .header("If-Match", "W/\"1\"").method("PATCH", HttpRequest.BodyPublishers.ofString("""
                        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                         "Operations": [{"op": "Replace", "path": "displayName", "value": "Nope"}]}""")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(412);
        assertThat(call(entra, "GET", "/Users/" + id, null).json().path("meta").path("version").asText())
                .isEqualTo(stale.json().path("meta").path("version").asText());

        // disable with a boolean sent as a string, as Entra ID does
        Answer disabled = call(entra, "PATCH", "/Users/" + id, """
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations": [{"op": "Replace", "path": "active", "value": "False"}]}""");
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.json().path("active").asBoolean()).isFalse();

        // groups: created, members added and removed by value lists, read without members, found by name
        Answer group = call(entra, "POST", "/Groups", """
                {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"],
                 "externalId": "8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159", "displayName": "Managers",
                 "meta": {"resourceType": "Group"}}""");
        created(group);
        String groupId = group.text("id");
        assertThat(call(entra, "PATCH", "/Groups/" + groupId, """
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations": [{"op": "Add", "path": "members", "value": [{"$ref": null, "value": "%s"}]}]}"""
                .formatted(manager.text("id"))).status()).isIn(200, 204);
        Answer withoutMembers = call(entra, "GET", "/Groups/" + groupId + "?excludedAttributes=members", null);
        assertThat(withoutMembers.json().has("members")).isFalse();
        Answer byName = call(entra, "GET", "/Groups?excludedAttributes=members&filter="
                + filter("displayName eq \"Managers\""), null);
        assertThat(byName.json().path("totalResults").asInt()).isEqualTo(1);
        assertThat(call(entra, "PATCH", "/Groups/" + groupId, """
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations": [{"op": "Remove", "path": "members", "value": [{"$ref": null, "value": "%s"}]}]}"""
                .formatted(manager.text("id"))).status()).isIn(200, 204);
        assertThat(call(entra, "GET", "/Groups/" + groupId, null).json().path("members").size()).isZero();

        // DELETE deprovisions: the employment ends, and the person stays readable, inactive, with their history
        assertThat(call(entra, "DELETE", "/Users/" + manager.text("id"), null).status()).isEqualTo(204);
        assertThat(call(entra, "GET", "/Users/" + manager.text("id"), null).json().path("active").asBoolean())
                .isFalse();

        // an unknown id, a broken filter and a missing token, each in the RFC's error format
        Answer unknown = call(entra, "GET", "/Users/no-such-id", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("schemas").get(0).asText()).isEqualTo(ERROR);
        Answer badFilter = call(entra, "GET", "/Users?filter=" + filter("userName eq"), null);
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.text("scimType")).isEqualTo("invalidFilter");
        Answer anonymous = call("", "GET", "/Users", null);
        assertThat(anonymous.status()).isEqualTo(401);
    }
}
