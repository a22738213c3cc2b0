package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Malformed and hostile input at the edge gets a clear GraphQL error, and the server keeps serving. */
class EdgeAbuseIT {

    private static Target target;
    private static Api api;
    private static Api.Person person;

    @BeforeAll
    static void start() throws Exception {
        target = Target.start();
        api = new Api(target);
        person = api.signIn("edge." + System.nanoTime() + "@abuse.test");
        person.ok("mutation { createOrganization(name: \"Edge\") { id } }");
    }

    @AfterAll
    static void stop() throws Exception {
        target.close();
    }

    private String firstErrorType(Api.Reply reply) {
        return String.valueOf(((java.util.List<Map<String, Object>>) reply.body().get("errors")).getFirst()
                .get("errorType"));
    }

    @Test
    void malformed_json_is_a_validation_error() {
        Api.Reply reply = api.raw(target.graphqlUrl(), "{not json", person.token);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(firstErrorType(reply)).isEqualTo("VALIDATION_ERROR");
    }

    @Test
    void a_bad_token_is_unauthenticated() {
        Api.Reply reply = api.raw(target.graphqlUrl(), "{\"query\":\"{ me { id } }\"}", "Bearer forged.token.here");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(firstErrorType(reply)).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void an_unknown_operation_or_field_is_a_validation_error() {
        assertThat(person.refused("{ salaries { amount } }", Map.of())).isEqualTo("VALIDATION_ERROR");
        assertThat(person.refused("query { me { id } ", Map.of())).isEqualTo("VALIDATION_ERROR");
    }

    @Test
    void an_over_large_body_is_refused() {
        // Several times: the answer must reach a client that is still sending (no connection reset).
        for (int size : new int[] {1_100_000, 4_000_000, 1_100_000, 12_000_000}) {
            String huge = "{\"query\":\"{ me { id } }\",\"variables\":{\"x\":\"" + "a".repeat(size) + "\"}}";
            Api.Reply reply = api.raw(target.graphqlUrl(), huge, person.token);
            assertThat(reply.status()).as("%d bytes", huge.length()).isEqualTo(413);
            assertThat(firstErrorType(reply)).isEqualTo("VALIDATION_ERROR");
        }
    }

    @Test
    void a_query_nested_too_deep_is_refused() {
        String deep = "{ __schema { types { fields { type" + " { ofType".repeat(20) + " { name }"
                + " }".repeat(20) + " } } } }";
        assertThat(person.refused(deep, Map.of())).isEqualTo("VALIDATION_ERROR");
    }

    @Test
    void the_internal_publish_mutations_are_not_for_users() {
        String publish = """
                mutation { publishLeaveRequestChanged(request: {id: "x", orgId: "o", userId: "u", leaveTypeId: "t",
                  startDate: "2026-01-01", endDate: "2026-01-01", halfDay: NONE, days: 1, status: APPROVED,
                  createdAt: "2026-01-01T00:00:00Z", approvals: [], unit: DAYS, startHalf: NONE, endHalf: NONE}) { id } }""";
        assertThat(person.refused(publish, Map.of())).isEqualTo("FORBIDDEN");
    }

    @Test
    void after_all_that_the_server_still_serves() {
        assertThat(person.<Map<String, Object>>ok("{ me { role } }")).containsEntry("role", "ADMIN");
    }
}
