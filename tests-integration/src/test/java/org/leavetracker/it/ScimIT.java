package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leavetracker.it.Api.eventually;

import java.util.List;
import java.util.Map;

import com.unboundid.scim2.client.ScimService;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.ListResponse;
import com.unboundid.scim2.common.types.Email;
import com.unboundid.scim2.common.types.EnterpriseUserExtension;
import com.unboundid.scim2.common.types.GroupResource;
import com.unboundid.scim2.common.types.Manager;
import com.unboundid.scim2.common.types.Name;
import com.unboundid.scim2.common.types.UserResource;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.jnh.connector.JavaNetHttpConnectorProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * SCIM 2.0 provisioning end to end (SPEC §8), driven by a SCIM client we did not write (UnboundID's scim2-sdk-client
 * on Jersey) and checked through the GraphQL API: what the identity provider changes is what an admin sees.
 */
class ScimIT extends AgainstTarget {

    private static final String USERS = "Users";
    /** Jersey over java.net.http, which sends PATCH (its default HttpURLConnection cannot). */
    private final Client http = ClientBuilder.newClient(new ClientConfig()
            .connectorProvider(new JavaNetHttpConnectorProvider()));

    @AfterEach
    void close() {
        http.close();
    }

    private ScimService scim(String secret) {
        return new ScimService(http.target(target.baseUrl + "/scim/v2")
                .register((jakarta.ws.rs.client.ClientRequestFilter) request ->
                        request.getHeaders().putSingle("Authorization", "Bearer " + secret)));
    }

    private static String token(Api.Person admin, String label) {
        Map<String, Object> issued = admin.ok("mutation($l: String!) { createScimToken(label: $l) { token { id } secret } }",
                vars("l", label));
        return (String) issued.get("secret");
    }

    private static UserResource person(String email, String given, String family, String department) {
        UserResource user = new UserResource().setUserName(email)
                .setName(new Name().setGivenName(given).setFamilyName(family))
                .setEmails(List.of(new Email().setValue(email).setType("work").setPrimary(true)))
                .setActive(true);
        if (department != null) {
            user.setExtension(new EnterpriseUserExtension().setDepartment(department));
        }
        return user;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> userSeenBy(Api.Person admin, String userId) {
        return eventually(() -> admin.<List<Map<String, Object>>>ok(
                        "{ users { id name email teamId approverIds locationId employmentEndsOn } }").stream()
                        .filter(u -> u.get("id").equals(userId)).findFirst().orElse(null),
                u -> u != null);
    }

    @Test
    void the_client_creates_finds_pages_renames_moves_team_changes_manager_deactivates_and_reactivates_a_person()
            throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        Api.Person ada = newCompany("Provisioned Inc", "prov.test");
        String office = germanOffice(ada);
        String vacation = leaveType(ada, "Vacation", true, true);
        upfrontPolicy(ada, office, vacation, 24);
        ScimService okta = scim(token(ada, "Okta"));

        assertThat(okta.getServiceProviderConfig().getPatch().isSupported()).isTrue();
        assertThat(okta.getResourceTypes().getResources()).extracting(r -> r.getName())
                .contains("User", "Group");
        assertThat(okta.getSchemas().getTotalResults()).isGreaterThanOrEqualTo(2);

        UserResource boss = okta.create(USERS, person("boss." + suffix + "@prov.test", "Bo", "Boss", "Sales"));
        UserResource ann = okta.create(USERS, person("ann." + suffix + "@prov.test", "Ann", "Lee", "Sales"));
        for (int i = 0; i < 3; i++) {
            okta.create(USERS, person("p" + i + "." + suffix + "@prov.test", "P" + i, "Person", null));
        }
        assertThat(ann.getId()).isNotBlank();
        assertThat(ann.getMeta().getVersion()).isNotBlank();
        assertThat(ann.getMeta().getLocation().toString()).endsWith("/scim/v2/Users/" + ann.getId());

        // found by userName, as Okta and Entra ID look a person up before creating them
        ListResponse<UserResource> found = okta.searchRequest(USERS)
                .filter("userName eq \"ann." + suffix + "@prov.test\"").invoke(UserResource.class);
        assertThat(found.getTotalResults()).isEqualTo(1);
        assertThat(found.getResources().getFirst().getId()).isEqualTo(ann.getId());
        // paged: the admin and five provisioned people, two a page
        ListResponse<UserResource> second = okta.searchRequest(USERS).page(3, 2).invoke(UserResource.class);
        assertThat(second.getTotalResults()).isEqualTo(6);
        assertThat(second.getStartIndex()).isEqualTo(3);
        assertThat(second.getItemsPerPage()).isEqualTo(2);
        ListResponse<UserResource> last = okta.searchRequest(USERS).page(6, 2).invoke(UserResource.class);
        assertThat(last.getItemsPerPage()).isEqualTo(1);

        // a repeated create answers 409 uniqueness, never a second person
        assertThatThrownBy(() -> okta.create(USERS, person("ann." + suffix + "@prov.test", "Ann", "Lee", null)))
                .isInstanceOfSatisfying(ScimException.class, e -> {
                    assertThat(e.getScimError().getStatus()).isEqualTo(409);
                    assertThat(e.getScimError().getScimType()).isEqualTo("uniqueness");
                });

        Map<String, Object> seen = eventually(() -> userSeenBy(ada, ann.getId()),
                u -> office.equals(u.get("locationId")) && u.get("teamId") != null);
        assertThat(seen).containsEntry("name", "Ann Lee").containsEntry("email", "ann." + suffix + "@prov.test")
                .containsEntry("locationId", office);
        List<Map<String, Object>> teams = ada.ok("{ teams { id name } }");
        String sales = teams.stream().filter(t -> t.get("name").equals("Sales")).findFirst().orElseThrow()
                .get("id").toString();
        assertThat(seen.get("teamId")).isEqualTo(sales);

        // renamed, moved to another department, given a manager: one replace
        UserResource changed = okta.retrieve(USERS, ann.getId(), UserResource.class);
        changed.setName(new Name().setGivenName("Ann").setFamilyName("Lee-Smith"));
        changed.setExtension(new EnterpriseUserExtension().setDepartment("Support")
                .setManager(new Manager().setValue(boss.getId())));
        UserResource replaced = okta.replace(changed);
        assertThat(replaced.getMeta().getVersion()).isNotEqualTo(ann.getMeta().getVersion());
        Map<String, Object> afterReplace = eventually(() -> userSeenBy(ada, ann.getId()),
                u -> "Ann Lee-Smith".equals(u.get("name")) && !sales.equals(u.get("teamId"))
                        && List.of(boss.getId()).equals(u.get("approverIds")));
        assertThat(afterReplace.get("name")).isEqualTo("Ann Lee-Smith");
        assertThat(afterReplace.get("teamId")).isNotNull().isNotEqualTo(sales);
        assertThat(afterReplace.get("approverIds")).isEqualTo(List.of(boss.getId()));
        assertThat(okta.searchRequest("Groups").filter("displayName eq \"Support\"").invoke(GroupResource.class)
                .getResources().getFirst().getMembers()).extracting(m -> (Object) m.getValue()).containsExactly(ann.getId());

        // deactivated by PATCH (Okta's form), and back
        UserResource off = okta.modifyRequest(USERS, ann.getId()).replaceValue("active", false)
                .invoke(UserResource.class);
        assertThat(off.getActive()).isFalse();
        assertThat(eventually(() -> userSeenBy(ada, ann.getId()), u -> u.get("employmentEndsOn") != null)
                .get("employmentEndsOn")).isNotNull();
        UserResource on = okta.modifyRequest(USERS, ann.getId()).replaceValue("active", true)
                .invoke(UserResource.class);
        assertThat(on.getActive()).isTrue();
        assertThat(eventually(() -> userSeenBy(ada, ann.getId()), u -> u.get("employmentEndsOn") == null)
                .get("employmentEndsOn")).isNull();

        // each change is the identity provider's in the person's trail
        List<Map<String, Object>> trail = ada.ok("query($id: ID!) { history(aggregateId: $id) { type actorId } }",
                vars("id", ann.getId()));
        assertThat(trail).extracting(e -> e.get("type")).contains("UserAdded", "UserUpdated", "EmploymentEnded",
                "EmploymentEndUndone");
        assertThat(trail).extracting(e -> (String) e.get("actorId")).allMatch(actor -> actor.startsWith("scim."));
    }

    @Test
    void a_person_added_by_hand_is_linked_by_email_and_deactivation_prorates_exactly_as_end_employment()
            throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        Api.Person ada = newCompany("Linked Inc", "linked.test");
        String office = germanOffice(ada);
        String vacation = leaveType(ada, "Vacation", true, true);
        upfrontPolicy(ada, office, vacation, 24);
        String carla = addUser(ada, "carla." + suffix + "@linked.test", "Carla", "MEMBER");
        String twin = addUser(ada, "twin." + suffix + "@linked.test", "Twin", "MEMBER");
        moveTo(ada, carla, office);
        moveTo(ada, twin, office);
        ScimService entra = scim(token(ada, "Entra ID"));

        assertThatThrownBy(() -> entra.create(USERS, person("carla." + suffix + "@linked.test", "Carla", "Díaz",
                null))).isInstanceOfSatisfying(ScimException.class,
                        e -> assertThat(e.getScimError().getStatus()).isEqualTo(409));
        UserResource linked = entra.searchRequest(USERS).filter("userName eq \"carla." + suffix + "@linked.test\"")
                .invoke(UserResource.class).getResources().getFirst();
        assertThat(linked.getId()).isEqualTo(carla);
        assertThat(ada.<List<?>>ok("{ users { id } }")).hasSize(3);

        entra.modifyRequest(USERS, carla).replaceValue("active", false).invoke(UserResource.class);
        String lastDay = (String) eventually(() -> userSeenBy(ada, carla), u -> u.get("employmentEndsOn") != null)
                .get("employmentEndsOn");
        ada.ok("mutation($u: ID!, $d: AWSDate!) { endEmployment(userId: $u, lastDay: $d) { id } }",
                vars("u", twin, "d", lastDay));

        String balance = "query($u: ID!, $y: Int!) { balances(userId: $u, year: $y) { allowance used remaining } }";
        int year = Integer.parseInt(lastDay.substring(0, 4));
        // the provider's change reaches the read side on its own time: read until it shows
        List<Map<String, Object>> deactivated = eventually(() -> ada.<List<Map<String, Object>>>ok(balance,
                vars("u", carla, "y", year)), b -> ((Number) b.getFirst().get("allowance")).doubleValue() < 24);
        List<Map<String, Object>> ended = eventually(() -> ada.<List<Map<String, Object>>>ok(balance,
                vars("u", twin, "y", year)), deactivated::equals);
        assertThat(deactivated).isEqualTo(ended);
        assertThat(((Number) deactivated.getFirst().get("allowance")).doubleValue()).isLessThan(24);
    }

    @Test
    void a_token_reaches_its_own_organization_only_and_a_revoked_one_nothing() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        Api.Person ada = newCompany("First Inc", "first.test");
        germanOffice(ada);
        Api.Person eve = newCompany("Second Inc", "second.test");
        germanOffice(eve);
        String adasId = addUser(ada, "dan." + suffix + "@first.test", "Dan", "MEMBER");
        Map<String, Object> issued = eve.ok("mutation { createScimToken(label: \"Okta\") { token { id } secret } }");
        ScimService eves = scim((String) issued.get("secret"));

        assertThat(eves.searchRequest(USERS).invoke(UserResource.class).getResources())
                .extracting(UserResource::getUserName).containsExactly(eve.email);
        assertThat(eves.searchRequest(USERS).filter("userName eq \"dan." + suffix + "@first.test\"")
                .invoke(UserResource.class).getTotalResults()).isZero();
        assertThatThrownBy(() -> eves.retrieve(USERS, adasId, UserResource.class))
                .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.getScimError().getStatus())
                        .isEqualTo(404));
        assertThatThrownBy(() -> eves.modifyRequest(USERS, adasId).replaceValue("active", false)
                .invoke(UserResource.class)).isInstanceOfSatisfying(ScimException.class,
                        e -> assertThat(e.getScimError().getStatus()).isEqualTo(404));
        assertThat(ada.<List<Map<String, Object>>>ok("{ users { id employmentEndsOn } }"))
                .allMatch(u -> u.get("employmentEndsOn") == null);
        // an admin of the other organization cannot revoke it, nor list it
        assertThat(ada.refused("mutation($t: ID!) { revokeScimToken(tokenId: $t) { id } }",
                vars("t", ((Map<?, ?>) issued.get("token")).get("id")))).isEqualTo("NOT_FOUND");
        assertThat(ada.<List<?>>ok("{ scimTokens { id } }")).isEmpty();

        eve.ok("mutation($t: ID!) { revokeScimToken(tokenId: $t) { id } }",
                vars("t", ((Map<?, ?>) issued.get("token")).get("id")));
        assertThatThrownBy(() -> eves.searchRequest(USERS).invoke(UserResource.class))
                .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.getScimError().getStatus())
                        .isEqualTo(401));
        assertThat(eve.<List<?>>ok("{ scimTokens { id } }")).isEmpty();
    }
}
