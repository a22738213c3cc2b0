package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * SPEC §3.10 exportPersonalData through the endpoints: one JSON file of everything stored about the person, by a
 * presigned link, for them or an admin of their organization, and nobody else; each export on their audit trail.
 */
class PersonalDataIT extends AgainstTarget {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String EXPORT = """
            mutation($u: ID) { exportPersonalData(userId: $u) { url expiresAt eventCount requestCount } }""";

    private static Map<String, Object> download(Map<String, Object> export) throws Exception {
        HttpResponse<String> file = HTTP.send(HttpRequest.newBuilder(URI.create((String) export.get("url"))).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/json");
        return Api.JSON.readValue(file.body(), Map.class);
    }

    @Test
    void the_person_downloads_everything_stored_about_them_and_an_admin_may_too_but_no_colleague() throws Exception {
        Team team = team("Export GmbH", "export.test", "Vacation", true, true, 25);
        String reason = "Hospital appointment " + System.nanoTime();
        String requestId = team.member().id("""
                mutation($t: ID!, $r: String!) { requestLeave(leaveTypeId: $t, startDate: "2026-07-06",
                  endDate: "2026-07-07", reason: $r) { id } }""", vars("t", team.leaveType(), "r", reason));
        team.approver().ok("mutation($r: ID!) { approveLeave(requestId: $r, note: \"Get well\") { status } }",
                vars("r", requestId));

        Map<String, Object> export = team.member().ok(EXPORT, vars("u", null));
        assertThat(export.get("requestCount")).isEqualTo(1);
        Map<String, Object> file = download(export);
        assertThat(file).containsKeys("profile", "locations", "teams", "requests", "balances", "events",
                "organizationEvents");
        assertThat((Map<String, Object>) file.get("profile")).containsEntry("email", team.member().email)
                .containsEntry("name", "Ann");
        assertThat(file.get("requests").toString()).contains(reason).contains(requestId);
        assertThat((List<?>) file.get("events")).hasSize((Integer) export.get("eventCount"));
        assertThat(file.get("events").toString()).contains("LeaveApproved").contains("Get well");
        assertThat((List<Map<String, Object>>) file.get("balances")).isNotEmpty()
                .allSatisfy(b -> assertThat(b).containsKeys("year", "leaveTypeId", "remaining"));

        Map<String, Object> byAdmin = team.admin().ok(EXPORT, vars("u", team.memberId()));
        assertThat(((Map<String, Object>) download(byAdmin).get("profile")).get("id")).isEqualTo(team.memberId());
        assertThat(team.approver().refused(EXPORT, vars("u", team.memberId()))).isEqualTo("FORBIDDEN");
        Api.Person stranger = newCompany("Stranger GmbH", "stranger.test");
        assertThat(stranger.refused(EXPORT, vars("u", team.memberId()))).isEqualTo("NOT_FOUND");

        List<Map<String, Object>> trail = team.admin().ok("""
                query($u: ID!) { history(aggregateId: $u) { actorId entry { kind } } }""", vars("u", team.memberId()));
        assertThat(trail).filteredOn(e -> ((Map<?, ?>) e.get("entry")).get("kind").equals("PERSONAL_DATA_EXPORTED"))
                .extracting(e -> e.get("actorId")).containsExactlyInAnyOrder(team.memberId(), admin(team));
    }

    private static String admin(Team team) {
        return (String) team.admin().<Map<String, Object>>ok("{ me { id } }").get("id");
    }
}
