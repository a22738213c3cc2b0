package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random and mutated GraphQL requests against the endpoint: wrong variable types, huge strings, deep nesting,
 * aliases multiplying a field, batches, broken JSON. Every answer is a GraphQL result or error — never a 5xx,
 * never a stack trace — and the server keeps serving (limits: docs/decisions/0009-local-runtime.md).
 */
class GraphQlFuzzIT {

    private static Target target;
    private static Api api;
    private static Api.Person person;

    /** Valid operations the mutations start from. */
    private static final List<String> CORPUS = List.of(
            "{ me { id name email role locationId approverIds workingDays } }",
            "{ organization { id name createdAt } }",
            "{ users { id name } leaveTypes { id name } locations { id holidays { date name } } }",
            "query($y: Int!) { balances(year: $y) { remaining available } }",
            "query($f: AWSDate!, $t: AWSDate!) { teamCalendar(from: $f, to: $t) { requestId userName } }",
            "mutation($n: String!) { createLeaveType(name: $n, deductsFromAllowance: false, requiresApproval: true, allowHalfDays: true) { id } }",
            "mutation($t: ID!, $s: AWSDate!, $e: AWSDate!) { requestLeave(leaveTypeId: $t, startDate: $s, endDate: $e) { id status } }",
            "mutation($r: ID!) { approveLeave(requestId: $r) { id } }",
            "query($id: ID!) { history(aggregateId: $id) { version type payload } }",
            "{ pendingApprovals { id reason } }",
            "query($n: String, $l: Int) { usersPage(limit: $l, nextToken: $n) { items { id } nextToken } }",
            "{ teams { id name managerIds memberCount } readSide { upToDate waitedMillis } }",
            "mutation($n: String!) { createTeam(name: $n) { id } }",
            "mutation($u: ID!, $d: AWSDate!) { endEmployment(userId: $u, lastDay: $d) { id employmentEndsOn } }",
            "mutation($l: ID!, $n: String) { updateLocation(locationId: $l, name: $n) { id } }");

    @BeforeContainer
    static void start() throws Exception {
        target = Target.start();
        api = new Api(target);
        person = api.signIn("fuzz@fuzz.test");
        person.ok("mutation { createOrganization(name: \"Fuzz\") { id } }");
    }

    @AfterContainer
    static void stop() throws Exception {
        assertThat(person.<Map<String, Object>>ok("{ me { role } }")).as("still serving")
                .containsEntry("role", "ADMIN");
        target.close();
    }

    @Property(tries = 400)
    void every_answer_is_graphql_shaped_and_never_an_internal_error(@ForAll("requests") String body) {
        Api.Reply reply = api.raw(target.graphqlUrl(), body, person.token);
        assertThat(reply.status()).as(body.length() > 300 ? body.substring(0, 300) : body).isIn(200, 400, 413);
        assertThat(reply.body().containsKey("data") || reply.body().containsKey("errors")).isTrue();
        String text = Api.JSON.valueToTree(reply.body()).toString();
        assertThat(text).doesNotContain("Exception").doesNotContain("\\tat ").doesNotContain("java.")
                .doesNotContain("org.leavetracker").doesNotContain("INTERNAL");
    }

    @Provide
    Arbitrary<String> requests() {
        return Arbitraries.oneOf(mutatedQueries(), wrongVariables(), hugeStrings(), deepNesting(), aliases(),
                batchesAndBrokenJson());
    }

    private static String json(String query, Object variables) {
        try {
            return Api.JSON.writeValueAsString(variables == null ? Map.of("query", query)
                    : Map.of("query", query, "variables", variables));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Arbitrary<String> mutatedQueries() {
        Arbitrary<String> noise = Arbitraries.strings().withChars("{}()[]:$!@\"\\#,.=|&...aZ09 \n\t\u0000é🎉")
                .ofMinLength(1).ofMaxLength(8);
        return Combinators.combine(Arbitraries.of(CORPUS), Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, 6), noise).as((query, at, cut, insert) -> {
                    int i = at % (query.length() + 1);
                    String mutated = query.substring(0, i) + insert + query.substring(Math.min(query.length(), i + cut));
                    return json(mutated, Map.of("n", "x", "y", 2026));
                });
    }

    private Arbitrary<String> wrongVariables() {
        Arbitrary<Object> anyValue = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(20).map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i), Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.just((Object) List.of(1, "two")), Arbitraries.just((Object) Map.of("nested", true)),
                Arbitraries.of((Object) "2026-02-30", "9999-99-99", "", "null", "-1", "1e309"));
        return Combinators.combine(Arbitraries.of(CORPUS), anyValue, anyValue, anyValue)
                .as((query, a, b, c) -> json(query, Map.of("n", a, "y", b, "t", c, "s", a, "e", b, "f", c, "r", a,
                        "id", b)));
    }

    private Arbitrary<String> hugeStrings() {
        return Arbitraries.integers().between(10_000, 400_000).map(n -> json(CORPUS.get(5),
                Map.of("n", "ü".repeat(n))));
    }

    private Arbitrary<String> deepNesting() {
        return Arbitraries.integers().between(5, 400).map(depth -> json("{ me " + "{ id ".repeat(depth)
                + "}".repeat(depth + 1), null));
    }

    private Arbitrary<String> aliases() {
        return Arbitraries.integers().between(2, 3_000).map(n -> {
            StringBuilder query = new StringBuilder("{ ");
            for (int i = 0; i < n; i++) {
                query.append("a").append(i).append(": users { id name } ");
            }
            return json(query.append("}").toString(), null);
        });
    }

    private Arbitrary<String> batchesAndBrokenJson() {
        return Arbitraries.of(
                "[" + json(CORPUS.get(0), null) + "," + json(CORPUS.get(1), null) + "]",
                "[]", "{}", "null", "42", "\"query\"", "{\"query\": 5}", "{\"query\": null}",
                "{\"query\": \"{ me { id } }\", \"variables\": [1]}", "{\"query\": \"{ me { id } }\", \"variables\": \"x\"}",
                "{\"query\": \"{ me { id } }\", \"operationName\": 7}", "{\"query\": \"{ me { id } }\"",
                "\u0000\u0001\u0002", "{\"query\": \"query A { me { id } } query B { me { name } }\"}",
                "{\"query\": \"query A { me { id } } query B { me { name } }\", \"operationName\": \"C\"}",
                "{\"query\": \"subscription { onBalanceChanged(orgId: \\\"x\\\") { userId } }\"}",
                "{\"query\": \"mutation { publishBalanceChanged(balance: {}) { userId } }\"}",
                "{\"query\": \"{ __schema { types { name } } }\"}",
                "{\"query\": \"fragment F on Query { ...F } { ...F }\"}");
    }
}
