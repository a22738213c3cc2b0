package org.leavetracker.bench;

import static org.leavetracker.bench.LargeOrganization.inParallel;
import static org.leavetracker.bench.PublicEndpoint.HTTP;
import static org.leavetracker.bench.PublicEndpoint.JSON;
import static org.leavetracker.bench.PublicEndpoint.berlin;
import static org.leavetracker.bench.PublicEndpoint.call;
import static org.leavetracker.bench.PublicEndpoint.pct;
import static org.leavetracker.bench.PublicEndpoint.startRuntime;
import static org.leavetracker.bench.PublicEndpoint.token;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.leavetracker.local.LocalRuntime;

/**
 * An identity provider's first push of a whole company through SCIM on the local runtime (issue 33), as Okta does
 * it: per person a GET by userName filter, then a POST with the enterprise extension's department (20 teams, made on
 * first sight) and manager (20 leads pushed first). Then Entra ID's deactivation of a tenth of them with PATCH. Timed
 * end to end, and until the SCIM list (the read side) counts everyone.
 * Run: {@code bench/run ScimProvisioning [people=1000] [clients=5]}
 */
public final class ScimProvisioning {

    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    private static final int LEADS = 20;

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        LocalRuntime runtime = startRuntime("scim");
        String base = "http://localhost:" + runtime.port();
        String admin = token(base, "admin@scim.test");
        call(base, admin, "mutation { createOrganization(name: \"Pushed\") { id } }", Map.of());
        String berlin = berlin(base, admin);
        String pto = call(base, admin, "mutation { createLeaveType(name: \"PTO\", deductsFromAllowance: true, "
                + "requiresApproval: true, allowHalfDays: true) { id } }", Map.of())
                .path("data").path("createLeaveType").path("id").asText();
        call(base, admin, "mutation($l: ID!, $t: ID!) { setLeavePolicy(locationId: $l, leaveTypeId: $t, "
                + "effectiveDate: \"2020-01-01\", annualAllowanceDays: 30, accrual: UPFRONT) { id } }",
                Map.of("l", berlin, "t", pto));
        call(base, admin, "mutation($l: ID) { setProvisioningSettings(defaultLocationId: $l, createsTeams: true) "
                + "{ createsTeams } }", Map.of("l", berlin));
        String secret = call(base, admin, "mutation { createScimToken(label: \"Okta\") { secret } }", Map.of())
                .path("data").path("createScimToken").path("secret").asText();
        Scim scim = new Scim(base + "/scim/v2", secret);

        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        List<Long> perPerson = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        List<String> leads = Collections.synchronizedList(new ArrayList<>());
        inParallel(clients, LEADS, i -> leads.add(push(scim, i, null, perPerson)));
        ids.addAll(leads);
        inParallel(clients, people - LEADS, i -> ids.add(push(scim, LEADS + i, leads.get(i % LEADS), perPerson)));
        double pushSeconds = seconds(start);
        while (scim.get("/Users?startIndex=1&count=1").path("totalResults").asInt() < people) {
            Thread.sleep(100);
        }
        double listedSeconds = seconds(start);

        List<Long> deactivations = Collections.synchronizedList(new ArrayList<>());
        long deactivationStart = System.nanoTime();
        int deactivated = people / 10;
        int spread = (people - LEADS) / deactivated; // every spread-th of those reporting to a lead
        inParallel(clients, deactivated, i -> {
            long t = System.nanoTime();
            scim.send("PATCH", "/Users/" + ids.get(LEADS + i * spread), "{\"schemas\":[\"urn:ietf:params:scim:api:"
                    + "messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"Replace\",\"path\":\"active\","
                    + "\"value\":\"False\"}]}", 200);
            deactivations.add(System.nanoTime() - t);
            return null;
        });
        double deactivationSeconds = seconds(deactivationStart);
        int teams = call(base, admin, "{ teams { id } }", Map.of()).path("data").path("teams").size();

        Collections.sort(perPerson);
        Collections.sort(deactivations);
        System.out.printf("%d people pushed by %d clients (GET by filter, then POST): %.1f s, %.0f people/s;"
                        + " per person p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", people, clients, pushSeconds,
                people / pushSeconds, pct(perPerson, 50), pct(perPerson, 95),
                perPerson.get(perPerson.size() - 1) / 1e6);
        System.out.printf("all %d in the SCIM list (read side caught up) after %.1f s; %d teams made from departments%n",
                people, listedSeconds, teams);
        System.out.printf("%d deactivated with Entra ID's PATCH: %.1f s; p50 %.1f ms, p95 %.1f ms%n", deactivated,
                deactivationSeconds, pct(deactivations, 50), pct(deactivations, 95));
        runtime.close();
        System.exit(0);
    }

    /** Okta's create: is the person there already? If not, POST them. Answers the SCIM id. */
    private static String push(Scim scim, int i, String managerId, List<Long> timings) throws Exception {
        String email = "p" + i + "@scim.test";
        long t = System.nanoTime();
        JsonNode found = scim.get("/Users?filter=" + URLEncoder.encode("userName eq \"" + email + "\"",
                StandardCharsets.UTF_8) + "&startIndex=1&count=2");
        if (found.path("totalResults").asInt() != 0) {
            throw new IllegalStateException(email + " already there: " + found);
        }
        String manager = managerId == null ? "" : ",\"manager\":{\"value\":\"" + managerId + "\"}";
        JsonNode created = JSON.readTree(scim.send("POST", "/Users", "{\"schemas\":[\"urn:ietf:params:scim:schemas:"
                + "core:2.0:User\",\"" + ENTERPRISE + "\"],\"userName\":\"" + email + "\",\"name\":{\"givenName\":"
                + "\"Person\",\"familyName\":\"" + i + "\"},\"emails\":[{\"value\":\"" + email + "\",\"primary\":true,"
                + "\"type\":\"work\"}],\"active\":true,\"" + ENTERPRISE + "\":{\"department\":\"Team " + (i % LEADS)
                + "\"" + manager + "}}", 201));
        timings.add(System.nanoTime() - t);
        return created.path("id").asText();
    }

    /** SCIM over HTTP with the bearer token; an unexpected status fails the benchmark. */
    private record Scim(String base, String secret) {
        JsonNode get(String path) throws Exception {
            return JSON.readTree(send("GET", path, null, 200));
        }

        String send(String method, String path, String body, int expected) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", "Bearer " + secret).header("Accept", "application/scim+json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                request.header("Content-Type", "application/scim+json");
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " "
                        + response.body());
            }
            return response.body();
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
