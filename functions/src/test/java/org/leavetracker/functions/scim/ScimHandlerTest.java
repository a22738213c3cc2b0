package org.leavetracker.functions.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.leavetracker.adapters.system.PinnedDateClock;
import org.leavetracker.adapters.testing.LocalDynamo;
import org.leavetracker.domain.model.Email;
import org.leavetracker.domain.error.RateLimited;
import org.leavetracker.domain.port.RateLimits;
import org.leavetracker.domain.provisioning.ProvisioningSettings;
import org.leavetracker.domain.provisioning.ScimCredential;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.employee.Identity;
import org.leavetracker.functions.support.Application;

/** The SCIM Lambda with real Function URL events (payload format 2.0), over DynamoDB Local. */
class ScimHandlerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final LocalDynamo dynamo = LocalDynamo.shared();
    private final Application app = new Application(dynamo.client(), dynamo.freshTables(),
            new PinnedDateClock(LocalDate.of(2026, 6, 15)));
    private final ScimHandler handler = new ScimHandler(app);
    private final String token;

    ScimHandlerTest() {
        app.setup.createOrganization(new Identity("sub-ada", Email.of("ada@acme.test"), "Ada"), "Acme", null);
        Caller admin = new Caller(app.eventStore.ownerOf("email#ada@acme.test").orElseThrow(), null);
        app.setup.createLocation(admin, "Berlin", "Europe/Berlin", "DE", List.of(DayOfWeek.values()).subList(0, 5));
        token = app.provisioning.createScimToken(admin, "Okta").credential();
    }

    private APIGatewayV2HTTPResponse call(String method, String path, Map<String, String> query, String bearer,
                                          String body) {
        return handler.handleRequest(APIGatewayV2HTTPEvent.builder().withRawPath(path)
                .withQueryStringParameters(query)
                .withHeaders(bearer == null ? Map.of("Content-Type", "application/scim+json")
                        : Map.of("Authorization", "Bearer " + bearer, "Content-Type", "application/scim+json"))
                .withBody(body).withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withDomainName("abc123.lambda-url.eu-central-1.on.aws")
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method)
                                .withPath(path).build()).build()).build(), null);
    }

    private static JsonNode body(APIGatewayV2HTTPResponse response) throws Exception {
        return JSON.readTree(response.getBody());
    }

    @Test
    void a_created_person_is_answered_at_the_function_urls_address_and_found_by_a_filter() throws Exception {
        APIGatewayV2HTTPResponse created = call("POST", "/scim/v2/Users", null, token, """
                {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "ann@acme.test",
                 "name": {"givenName": "Ann", "familyName": "Lee"}, "active": true}""");

        assertThat(created.getStatusCode()).isEqualTo(201);
        String id = body(created).path("id").asText();
        assertThat(created.getHeaders()).containsEntry("Location",
                "https://abc123.lambda-url.eu-central-1.on.aws/scim/v2/Users/" + id)
                .containsEntry("Content-Type", "application/scim+json").containsKey("ETag");
        APIGatewayV2HTTPResponse found = call("GET", "/scim/v2/Users", Map.of("filter",
                "userName eq \"ANN@acme.test\""), token, null);
        assertThat(body(found).path("totalResults").asInt()).isEqualTo(1);
        assertThat(body(found).path("Resources").get(0).path("name").path("formatted").asText())
                .isEqualTo("Ann Lee");
    }

    @Test
    void no_token_an_unknown_path_and_an_oversized_body_are_refused_in_the_rfcs_format_and_change_nothing()
            throws Exception {
        APIGatewayV2HTTPResponse anonymous = call("GET", "/scim/v2/Users", null, null, null);
        assertThat(anonymous.getStatusCode()).isEqualTo(401);
        assertThat(anonymous.getHeaders()).containsEntry("WWW-Authenticate", "Bearer");
        assertThat(body(anonymous).path("schemas").get(0).asText())
                .isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");

        APIGatewayV2HTTPResponse unknown = call("GET", "/scim/v2/Bulk/x/y", null, token, null);
        assertThat(unknown.getStatusCode()).isEqualTo(404);
        assertThat(body(unknown).path("status").asText()).isEqualTo("404");

        String huge = "{\"userName\": \"big@acme.test\", \"displayName\": \"" + "x".repeat(1_100_000) + "\"}";
        APIGatewayV2HTTPResponse tooLarge = call("POST", "/scim/v2/Users", null, token, huge);
        assertThat(tooLarge.getStatusCode()).isEqualTo(413);
        assertThat(tooLarge.getBody()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(body(call("GET", "/scim/v2/Users", Map.of("filter", "userName eq \"big@acme.test\""), token,
                null)).path("totalResults").asInt()).isZero();
    }

    @Test
    void a_token_past_the_apis_call_budget_is_answered_429_with_retry_after_and_changes_nothing() throws Exception {
        String agent = ScimCredential.parse(token).orElseThrow().actorId();
        // spent until refused: the current window is used up, whenever the loop began
        assertThatThrownBy(() -> {
            for (int i = 0; i <= 2 * RateLimits.PER_CALLER.calls(); i++) {
                app.rateLimits.spend(RateLimits.PER_CALLER, agent);
            }
        }).isInstanceOf(RateLimited.class);

        APIGatewayV2HTTPResponse busy = call("POST", "/scim/v2/Users", null, token, """
                {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "bo@acme.test",
                 "name": {"givenName": "Bo", "familyName": "Ng"}}""");

        assertThat(busy.getStatusCode()).isEqualTo(429);
        assertThat(busy.getHeaders()).containsKey("Retry-After");
        assertThat(body(busy).path("status").asText()).isEqualTo("429");
        assertThat(app.eventStore.ownerOf("email#bo@acme.test")).isEmpty();
    }

    @Test
    void a_start_date_in_a_custom_extension_the_admin_mapped_is_a_pushed_person_s_first_day() throws Exception {
        Caller admin = new Caller(app.eventStore.ownerOf("email#ada@acme.test").orElseThrow(), null);
        String extension = "urn:ietf:params:scim:schemas:extension:acme:2.0:User";
        app.provisioning.setProvisioningSettings(admin, new ProvisioningSettings(null, null, extension + ":hireDate",
                true));

        APIGatewayV2HTTPResponse created = call("POST", "/scim/v2/Users", null, token, """
                {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "%s"], "userName": "cy@acme.test",
                 "name": {"givenName": "Cy", "familyName": "Ode"}, "active": true,
                 "%s": {"hireDate": "2026-09-01T00:00:00Z"}}""".formatted(extension, extension));

        assertThat(created.getStatusCode()).isEqualTo(201);
        var employment = app.repository.employee(body(created).path("id").asText()).employment();
        assertThat(employment.locations().on(LocalDate.of(2026, 8, 31))).isEmpty();
        assertThat(employment.locations().on(LocalDate.of(2026, 9, 1))).isPresent();
    }
}
