package org.leavetracker.functions.api;

import org.leavetracker.adapters.dynamodb.DynamoDbEventStore;
import org.leavetracker.adapters.dynamodb.EventItems;
import org.leavetracker.adapters.dynamodb.Snapshots;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.leavetracker.adapters.system.PinnedDateClock;
import org.leavetracker.adapters.testing.LocalDynamo;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.functions.support.Application;

/**
 * The resolver Lambda with real AppSync resolver events (the fixture's shape is AppSync's), over DynamoDB Local.
 * Projections are run synchronously here, from the organization's events, where a query reads the read side.
 */
class ApiHandlerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final LocalDynamo dynamo = LocalDynamo.shared();
    private final String tables = dynamo.freshTables();
    private final Application app = new Application(dynamo.client(), tables,
            new PinnedDateClock(LocalDate.of(2026, 6, 15)));
    /** The event store's own reading of a whole organization: what a rebuild of the read side starts from. */
    private final DynamoDbEventStore events = new DynamoDbEventStore(dynamo.client(), tables, new EventItems(app.json),
            new Snapshots(dynamo.client(), tables, app.json, 100));
    private final ApiHandler handler = new ApiHandler(new ApiRouter(app));
    private final List<Map<String, Object>> responses = new ArrayList<>();

    private Map<String, Object> call(String email, String field, Map<String, Object> arguments) {
        Map<String, Object> event = fixture();
        String[] parts = field.split("\\.");
        event.put("info", Map.of("parentTypeName", parts[0], "fieldName", parts[1]));
        event.put("arguments", arguments);
        @SuppressWarnings("unchecked")
        Map<String, Object> identity = (Map<String, Object>) event.get("identity");
        @SuppressWarnings("unchecked")
        Map<String, Object> claims = (Map<String, Object>) identity.get("claims");
        claims.put("email", email);
        claims.put("name", email.substring(0, email.indexOf('@')));
        // one person, one identity: the e-mail's case varies, the sub does not
        claims.put("sub", "sub-" + email.toLowerCase(java.util.Locale.ROOT));
        identity.put("sub", "sub-" + email.toLowerCase(java.util.Locale.ROOT));
        Map<String, Object> response = handler.handleRequest(event, null);
        responses.add(response);
        return response;
    }

    /** A call with exactly these identity claims, as AppSync passes a Cognito token's. */
    private Map<String, Object> callWithClaims(Map<String, Object> claims, String field) {
        return callWithClaims(handler, claims, field);
    }

    private Map<String, Object> callWithClaims(ApiHandler handler, Map<String, Object> claims, String field) {
        Map<String, Object> event = fixture();
        String[] parts = field.split("\\.");
        event.put("info", Map.of("parentTypeName", parts[0], "fieldName", parts[1]));
        event.put("arguments", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> identity = (Map<String, Object>) event.get("identity");
        identity.put("claims", claims);
        identity.put("sub", claims.get("sub"));
        return handler.handleRequest(event, null);
    }

    private static Map<String, Object> idToken(String sub, String email, Object verified) {
        return new HashMap<>(Map.of("sub", sub, "email", email, "email_verified", verified, "token_use", "id",
                "cognito:username", sub, "name", "Someone"));
    }

    private static void assertNoUser(Map<String, Object> meResponse) {
        assertThat(meResponse).doesNotContainKey("error");
        assertThat(meResponse.get("data")).as("me: null").isNull();
    }

    /** What Amplify's userPool mode sends: the access token, which carries no e-mail. */
    private static Map<String, Object> accessToken(String sub) {
        return new HashMap<>(Map.of("sub", sub, "token_use", "access", "client_id", "7471s60os7h0uu77i1tk27sp9n",
                "username", sub, "scope", "aws.cognito.signin.user.admin"));
    }

    @Test
    void a_caller_is_bound_by_sub_on_a_verified_first_sign_in_and_then_any_token_works() {
        data(call("ada@id.test", "Mutation.createOrganization", Map.of("name", "Identity")));
        data(call("ada@id.test", "Mutation.addUser", Map.of("email", "cleo@id.test", "name", "Cleo",
                "role", "MEMBER")));

        // an access token before any sign-in with the ID token: no user yet, and it says why
        Map<String, Object> early = callWithClaims(accessToken("sub-cleo"), "Query.leaveRequests");
        assertThat(errorType(early)).isEqualTo("UNAUTHENTICATED");
        assertNoUser(callWithClaims(accessToken("sub-cleo"), "Query.me"));
        // an unverified e-mail claim finds no one, even the right one
        assertNoUser(callWithClaims(idToken("sub-cleo", "cleo@id.test", false), "Query.me"));
        // AppSync may pass the claim as a string
        Map<String, Object> me = data(callWithClaims(idToken("sub-cleo", "cleo@id.test", "true"), "Query.me"));
        assertThat(me).containsEntry("name", "Cleo");
        assertThat(data(callWithClaims(accessToken("sub-cleo"), "Query.me")).equals(me)).isTrue();

        // someone else who sets their e-mail to Cleo's is never Cleo, verified or not
        assertNoUser(callWithClaims(idToken("sub-mallory", "cleo@id.test", true), "Query.me"));
        assertThat(errorType(callWithClaims(idToken("sub-mallory", "cleo@id.test", false), "Query.leaveRequests")))
                .isEqualTo("UNAUTHENTICATED");
        // and Cleo, whose e-mail claim changes, stays Cleo
        assertThat(data(callWithClaims(idToken("sub-cleo", "new.address@id.test", false), "Query.me")).equals(me))
                .isTrue();
    }

    /** A Cognito ID token of someone who signed in through a provider, as the pool issues it (identities claim). */
    private static Map<String, Object> federatedIdToken(String sub, String email, String providerType,
                                                        String providerName, Object verified) {
        Map<String, Object> claims = new HashMap<>(Map.of("sub", sub, "email", email, "token_use", "id",
                "cognito:username", providerName + "_" + email, "name", "Someone",
                "identities", List.of(Map.of("userId", email, "providerName", providerName,
                        "providerType", providerType, "primary", "true", "dateCreated", "1764720000000"))));
        if (verified != null) {
            claims.put("email_verified", verified);
        }
        return claims;
    }

    @Test
    void people_signing_in_through_google_oidc_or_the_company_s_saml_provider_get_in() {
        ApiHandler sso = new ApiHandler(new ApiRouter(app),
                new FederatedEmailTrust("EntraID", java.util.Set.of("Acme.example")));
        data(call("ada@acme.example", "Mutation.createOrganization", Map.of("name", "Single sign-on")));
        for (String person : List.of("gia", "olu", "sam", "sol", "eve")) {
            data(call("ada@acme.example", "Mutation.addUser", Map.of("email", person + "@acme.example",
                    "name", person, "role", "MEMBER")));
        }
        data(call("ada@acme.example", "Mutation.addUser", Map.of("email", "ext@partner.example", "name", "ext",
                "role", "MEMBER")));

        // Google and OIDC: the provider's email_verified, mapped by the stack, as a boolean or the string AppSync passes
        assertThat(nameOf(callWithClaims(sso, federatedIdToken("sub-gia", "gia@acme.example", "Google", "Google", true),
                "Query.me"))).isEqualTo("gia");
        assertThat(nameOf(callWithClaims(sso, federatedIdToken("sub-olu", "olu@acme.example", "OIDC", "Okta", "true"),
                "Query.me"))).isEqualTo("olu");
        // a provider that says it did not verify the address gets no one
        assertNoUser(callWithClaims(sso, federatedIdToken("sub-eve", "eve@acme.example", "OIDC", "Okta", false),
                "Query.me"));
        // SAML: no verified flag at all; the company's provider vouches for the company's domains
        assertThat(nameOf(callWithClaims(sso, federatedIdToken("sub-sam", "sam@acme.example", "SAML", "EntraID", null),
                "Query.me"))).isEqualTo("sam");
        // ... also when a path passes the identities claim as JSON text
        Map<String, Object> textual = federatedIdToken("sub-sol", "sol@acme.example", "SAML", "EntraID", null);
        textual.put("identities", "[{\"providerName\":\"EntraID\",\"providerType\":\"SAML\"}]");
        assertThat(nameOf(callWithClaims(sso, textual, "Query.me"))).isEqualTo("sol");
        // ... and for no other domain, nor through another SAML provider, nor without the SAML setting
        assertNoUser(callWithClaims(sso, federatedIdToken("sub-ext", "ext@partner.example", "SAML", "EntraID", null),
                "Query.me"));
        assertNoUser(callWithClaims(sso, federatedIdToken("sub-eve", "eve@acme.example", "SAML", "OtherIdP", null),
                "Query.me"));
        assertNoUser(callWithClaims(federatedIdToken("sub-eve", "eve@acme.example", "SAML", "EntraID", null),
                "Query.me"));
        // a Cognito user of the pool whose e-mail is unverified is still no one, whatever its domain
        assertNoUser(callWithClaims(sso, idToken("sub-eve", "eve@acme.example", false), "Query.me"));
    }

    private static Object nameOf(Map<String, Object> meResponse) {
        Map<String, Object> me = data(meResponse);
        assertThat(me).as("me").isNotNull();
        return me.get("name");
    }

    @SuppressWarnings("unchecked")
    private static <T> T data(Map<String, Object> response) {
        assertThat(response).as("no error expected: %s", response).doesNotContainKey("error");
        return (T) response.get("data");
    }

    private static String errorType(Map<String, Object> response) {
        assertThat(response).as("an error expected").containsKey("error");
        @SuppressWarnings("unchecked")
        Map<String, Object> error = (Map<String, Object>) response.get("error");
        assertThat((String) error.get("message")).isNotBlank();
        return (String) error.get("type");
    }

    private Map<String, Object> fixture() {
        try (InputStream in = getClass().getResourceAsStream("/events/appsync-resolver.json")) {
            return JSON.readValue(in, new TypeReference<HashMap<String, Object>>() {
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void projectEverything(String orgId) {
        for (RecordedEvent event : events.eventsOfOrganization(orgId)) {
            app.projector.project(event);
        }
    }

    private static String id(Map<String, Object> response) {
        return (String) ApiHandlerTest.<Map<String, Object>>data(response).get("id");
    }

    @Test
    void a_company_sets_up_and_its_people_request_decide_and_see_leave() {
        assertThat(call("ada@acme.test", "Query.me", Map.of())).doesNotContainKey("error")
                .satisfies(r -> assertThat(r.get("data")).isNull());
        Map<String, Object> org = data(call("ada@acme.test", "Mutation.createOrganization", Map.of("name", "Acme")));
        String orgId = (String) org.get("id");
        Map<String, Object> me = data(call("ADA@acme.test", "Query.me", Map.of()));
        assertThat(me).containsEntry("role", "ADMIN").containsEntry("orgId", orgId);

        String munich = id(call("ada@acme.test", "Mutation.createLocation", Map.of("name", "Munich",
                "timeZone", "Europe/Berlin", "holidayCalendar", "DE-BY",
                "workingDays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"))));
        String vacation = id(call("ada@acme.test", "Mutation.createLeaveType", Map.of("name", "Vacation",
                "deductsFromAllowance", true, "requiresApproval", true, "allowHalfDays", true)));
        Map<String, Object> policy = data(call("ada@acme.test", "Mutation.setLeavePolicy", Map.of(
                "locationId", munich, "leaveTypeId", vacation, "effectiveDate", "2020-01-01",
                "annualAllowanceDays", 25.0, "accrual", "UPFRONT", "rolloverMaxDays", 5.5)));
        assertThat(policy).containsEntry("annualAllowanceDays", 25.0).containsEntry("rolloverMaxDays", 5.5)
                .containsEntry("negativeBalanceAllowedDays", 0.0).containsEntry("rolloverExpiryMonths", null);
        String boss = id(call("ada@acme.test", "Mutation.addUser", Map.of("email", "bob@acme.test",
                "name", "Bob", "role", "APPROVER")));
        String cleo = id(call("ada@acme.test", "Mutation.addUser", Map.of("email", "cleo@acme.test",
                "name", "Cleo", "role", "MEMBER")));
        call("ada@acme.test", "Mutation.moveUserToLocation", Map.of("userId", cleo, "locationId", munich,
                "effectiveDate", "2025-01-01"));
        Map<String, Object> cleoNow = data(call("ada@acme.test", "Mutation.assignApprover", Map.of("userId", cleo,
                "approverId", boss)));
        assertThat(cleoNow).containsEntry("locationId", munich).containsEntry("approverIds", List.of(boss))
                .containsEntry("workingDays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));

        // Mon 1 .. Fri 5 June 2026: Corpus Christi (Thu 4 June) is a holiday in Bavaria
        Map<String, Object> request = data(call("cleo@acme.test", "Mutation.requestLeave", Map.of(
                "leaveTypeId", vacation, "startDate", "2026-06-01", "endDate", "2026-06-05",
                "reason", "family wedding", "clientRequestId", "cleo-1")));
        assertThat(request).containsEntry("status", "PENDING").containsEntry("days", 4.0)
                .containsEntry("halfDay", "NONE").containsEntry("orgId", orgId);
        projectEverything(orgId);

        List<Map<String, Object>> pending = data(call("bob@acme.test", "Query.pendingApprovals", Map.of()));
        assertThat(pending).extracting(p -> p.get("id")).containsExactly(request.get("id"));
        Map<String, Object> approved = data(call("bob@acme.test", "Mutation.approveLeave", Map.of(
                "requestId", request.get("id"), "note", "enjoy")));
        assertThat(approved).containsEntry("status", "APPROVED").containsEntry("decidedBy", boss);

        List<Map<String, Object>> balances = data(call("cleo@acme.test", "Query.balances", Map.of("year", 2026)));
        assertThat(balances).singleElement().satisfies(b -> assertThat(b)
                .containsEntry("orgId", orgId).containsEntry("used", 4.0).containsEntry("allowance", 25.0)
                .containsEntry("carriedOver", 5.5).containsEntry("remaining", 26.5).containsEntry("asOf", "2026-06-15"));

        projectEverything(orgId);
        List<Map<String, Object>> calendar = data(call("bob@acme.test", "Query.teamCalendar", Map.of(
                "from", "2026-06-01", "to", "2026-06-30")));
        assertThat(calendar).singleElement().satisfies(entry -> assertThat(entry)
                .containsEntry("userName", "Cleo").containsEntry("status", "APPROVED").doesNotContainKey("reason"));
        assertThat(JSON.valueToTree(calendar).toString()).doesNotContain("family wedding");

        List<Map<String, Object>> users = data(call("cleo@acme.test", "Query.users", Map.of()));
        assertThat(users).extracting(u -> u.get("name")).containsExactly("ada", "Bob", "Cleo");
        List<Map<String, Object>> history = data(call("ada@acme.test", "Query.history", Map.of(
                "aggregateId", request.get("id"))));
        assertThat(history).extracting(h -> h.get("type")).containsExactly("LeaveRequested", "LeaveApproved");
        assertThat((String) history.getFirst().get("payload")).contains("\"reason\":\"family wedding\"");

        Map<String, Object> again = data(call("cleo@acme.test", "Mutation.requestLeave", Map.of(
                "leaveTypeId", vacation, "startDate", "2026-06-01", "endDate", "2026-06-05",
                "clientRequestId", "cleo-1")));
        assertThat(again.get("id")).isEqualTo(request.get("id"));
        assertNoStackTraces();
    }

    @Test
    void every_refusal_arrives_as_its_spec_error_type() {
        data(call("ada@acme.test", "Mutation.createOrganization", Map.of("name", "Acme")));
        String berlin = id(call("ada@acme.test", "Mutation.createLocation", Map.of("name", "Berlin",
                "timeZone", "Europe/Berlin", "holidayCalendar", "DE", "workingDays", List.of("MONDAY", "FRIDAY"))));
        String vacation = id(call("ada@acme.test", "Mutation.createLeaveType", Map.of("name", "Vacation",
                "deductsFromAllowance", true, "requiresApproval", true, "allowHalfDays", false)));
        call("ada@acme.test", "Mutation.setLeavePolicy", Map.of("locationId", berlin, "leaveTypeId", vacation,
                "effectiveDate", "2026-01-01", "annualAllowanceDays", 2.0, "accrual", "UPFRONT"));
        String dan = id(call("ada@acme.test", "Mutation.addUser", Map.of("email", "dan@acme.test", "name", "Dan",
                "role", "MEMBER")));
        call("ada@acme.test", "Mutation.moveUserToLocation", Map.of("userId", dan, "locationId", berlin,
                "effectiveDate", "2026-01-01"));
        data(call("eve@rival.test", "Mutation.createOrganization", Map.of("name", "Rival")));

        assertThat(errorType(call("ada@acme.test", "Mutation.setLeavePolicy", Map.of("locationId", berlin,
                "leaveTypeId", vacation, "effectiveDate", "2026-01-01", "annualAllowanceDays", 20.3,
                "accrual", "UPFRONT")))).isEqualTo("VALIDATION_ERROR");
        assertThat(errorType(call("ada@acme.test", "Mutation.createLocation", Map.of("name", "X",
                "timeZone", "Mars/Base", "holidayCalendar", "DE", "workingDays", List.of("MONDAY")))))
                .isEqualTo("VALIDATION_ERROR");
        assertThat(errorType(call("dan@acme.test", "Mutation.requestLeave", Map.of("leaveTypeId", vacation,
                "startDate", "2026-02-30", "endDate", "2026-03-02")))).isEqualTo("VALIDATION_ERROR");
        assertThat(errorType(call("dan@acme.test", "Mutation.requestLeave", Map.of("leaveTypeId", vacation,
                "startDate", "2026-07-06", "endDate", "2026-07-06", "halfDay", "MORNING"))))
                .isEqualTo("VALIDATION_ERROR");
        assertThat(errorType(call("nobody@acme.test", "Query.users", Map.of()))).isEqualTo("UNAUTHENTICATED");
        assertThat(errorType(call("dan@acme.test", "Mutation.createLeaveType", Map.of("name", "Free",
                "deductsFromAllowance", false, "requiresApproval", false, "allowHalfDays", false))))
                .isEqualTo("FORBIDDEN");
        assertThat(errorType(call("eve@rival.test", "Mutation.changeUserRole", Map.of("userId", dan,
                "role", "ADMIN")))).isEqualTo("NOT_FOUND");
        assertThat(errorType(call("eve@rival.test", "Query.balances", Map.of("userId", dan, "year", 2026))))
                .isEqualTo("NOT_FOUND");
        assertThat(errorType(call("eve@rival.test", "Mutation.addUser", Map.of("email", "DAN@acme.test",
                "name", "Dan", "role", "MEMBER")))).isEqualTo("CONFLICT");
        Map<String, Object> tooLong = call("dan@acme.test", "Mutation.requestLeave", Map.of("leaveTypeId", vacation,
                "startDate", "2026-07-06", "endDate", "2026-07-17"));
        assertThat(errorType(tooLong)).isEqualTo("INSUFFICIENT_BALANCE");
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) ((Map<String, Object>) tooLong.get("error")).get("details");
        assertThat(details).as("the envelope carries the refusal's figures for the resolver's errorInfo")
                .containsEntry("field", "dates").containsEntry("leaveTypeId", vacation).containsEntry("year", 2026)
                .containsKeys("needed", "available", "asOf");
        assertThat(errorType(call("dan@acme.test", "Mutation.requestLeave", Map.of("leaveTypeId", vacation,
                "startDate", "2026-07-06", "endDate", "2026-07-06", "halfDay", "SOMETIMES"))))
                .isEqualTo("VALIDATION_ERROR");
        assertThat(errorType(call("dan@acme.test", "Mutation.requestLeave", Map.of("leaveTypeId", vacation,
                "startDate", "2026-07-07", "endDate", "2026-07-09")))).isEqualTo("NO_WORKING_DAYS");
        Map<String, Object> monday = data(call("dan@acme.test", "Mutation.requestLeave", Map.of(
                "leaveTypeId", vacation, "startDate", "2026-07-06", "endDate", "2026-07-06")));
        assertThat(errorType(call("dan@acme.test", "Mutation.requestLeave", Map.of("leaveTypeId", vacation,
                "startDate", "2026-07-06", "endDate", "2026-07-10")))).isEqualTo("OVERLAPPING_LEAVE");
        assertThat(errorType(call("dan@acme.test", "Mutation.approveLeave", Map.of("requestId", monday.get("id")))))
                .isEqualTo("FORBIDDEN");
        assertThat(errorType(call("eve@rival.test", "Mutation.approveLeave", Map.of("requestId", monday.get("id")))))
                .isEqualTo("NOT_FOUND");
        data(call("dan@acme.test", "Mutation.cancelLeave", Map.of("requestId", monday.get("id"))));
        assertThat(errorType(call("ada@acme.test", "Mutation.approveLeave", Map.of("requestId", monday.get("id")))))
                .isEqualTo("INVALID_STATE_TRANSITION");
        assertThat(errorType(call("ada@acme.test", "Query.nonsense", Map.of()))).isEqualTo("NOT_FOUND");
        String acmeId = (String) ApiHandlerTest.<Map<String, Object>>data(call("ada@acme.test", "Query.me", Map.of()))
                .get("orgId");
        assertThat(errorType(call("eve@rival.test", "Subscription.onLeaveRequestChanged", Map.of("orgId", acmeId))))
                .isEqualTo("FORBIDDEN");
        assertThat(call("dan@acme.test", "Subscription.onBalanceChanged", Map.of("orgId", acmeId, "userId", dan)))
                .doesNotContainKey("error");
        assertThat(call("dan@acme.test", "Subscription.onLeaveRequestChanged", Map.of("orgId", acmeId)))
                .doesNotContainKey("error");
        assertThat(call("dan@acme.test", "Subscription.onSettingsChanged", Map.of("orgId", acmeId)))
                .as("everyone may hear that the set-up changed: the change carries no data").doesNotContainKey("error");
        assertThat(errorType(call("eve@rival.test", "Subscription.onSettingsChanged", Map.of("orgId", acmeId))))
                .isEqualTo("FORBIDDEN");
        assertThat(errorType(call("dan@acme.test", "Subscription.onBalanceChanged", Map.of("orgId", acmeId))))
                .as("everyone's balances: admins only").isEqualTo("FORBIDDEN");
        assertThat(call("ada@acme.test", "Subscription.onBalanceChanged", Map.of("orgId", acmeId)))
                .doesNotContainKey("error");
        assertNoStackTraces();
    }

    @Test
    void a_call_without_a_verified_email_is_unauthenticated() {
        Map<String, Object> event = fixture();
        event.put("identity", Map.of());
        Map<String, Object> response = handler.handleRequest(event, null);
        responses.add(response);
        assertThat(errorType(response)).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void an_internal_failure_reaches_the_caller_only_as_a_reference() {
        Application broken = new Application(dynamo.client(), "no-such-tables-", new PinnedDateClock(
                LocalDate.of(2026, 6, 15)));
        Map<String, Object> event = fixture();
        event.put("info", Map.of("parentTypeName", "Query", "fieldName", "me"));
        Map<String, Object> response = new ApiHandler(new ApiRouter(broken)).handleRequest(event, null);
        responses.add(response);

        assertThat(errorType(response)).isEqualTo("INTERNAL_ERROR");
        assertNoStackTraces();
    }

    private void assertNoStackTraces() {
        String all = JSON.valueToTree(responses).toString();
        assertThat(all).doesNotContainPattern("\\bat [a-z]+\\.[a-zA-Z.$]+\\(")
                .doesNotContain("Exception").doesNotContain("java.").doesNotContain("software.amazon");
    }
}
