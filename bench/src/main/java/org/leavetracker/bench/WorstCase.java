package org.leavetracker.bench;

import static org.leavetracker.bench.PublicEndpoint.HTTP;
import static org.leavetracker.bench.PublicEndpoint.JSON;
import static org.leavetracker.bench.PublicEndpoint.berlin;
import static org.leavetracker.bench.PublicEndpoint.call;
import static org.leavetracker.bench.PublicEndpoint.startRuntime;
import static org.leavetracker.bench.PublicEndpoint.token;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.leavetracker.local.LocalRuntime;

/**
 * The worst case of the calls whose work grows with their arguments, at the edges the limits allow (issue 29):
 * three-year requests at the far end of the date window, a year-long calendar and report, the largest pages, a
 * long audit trail. Each call is timed through the public endpoint (its answer time on this machine, the local
 * runtime's server time plus loopback) five times; the slowest is reported. Refused calls are timed too: a refusal
 * must be as cheap as it is certain.
 * Run: {@code bench/run WorstCase [people=200]}
 */
public final class WorstCase {

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        LocalRuntime runtime = startRuntime("worst");
        String base = "http://localhost:" + runtime.port();
        String admin = token(base, "admin@worst.test");
        call(base, admin, "mutation { createOrganization(name: \"Worst\") { id } }", Map.of());
        String location = berlin(base, admin);
        String vacation = call(base, admin, "mutation { createLeaveType(name: \"Vacation\", deductsFromAllowance: true,"
                + " requiresApproval: false, allowHalfDays: true) { id } }", Map.of())
                .path("data").path("createLeaveType").path("id").asText();
        call(base, admin, "mutation($l: ID!, $t: ID!) { setLeavePolicy(locationId: $l, leaveTypeId: $t, "
                + "effectiveDate: \"1970-01-01\", annualAllowanceDays: 366, accrual: MONTHLY, rolloverMaxDays: 366) "
                + "{ id } }", Map.of("l", location, "t", vacation));
        String adminId = call(base, admin, "{ me { id } }", Map.of()).path("data").path("me").path("id").asText();
        call(base, admin, "mutation($u: ID!, $l: ID!) { moveUserToLocation(userId: $u, locationId: $l, "
                + "effectiveDate: \"1970-01-01\") { id } }", Map.of("u", adminId, "l", location));
        for (int p = 0; p < people; p++) {
            String id = call(base, admin, "mutation($e: AWSEmail!) { addUser(email: $e, name: \"Person\", role: MEMBER)"
                    + " { id } }", Map.of("e", "p" + p + "@worst.test")).path("data").path("addUser").path("id").asText();
            call(base, admin, "mutation($u: ID!, $l: ID!) { moveUserToLocation(userId: $u, locationId: $l, "
                    + "effectiveDate: \"2020-01-01\") { id } }", Map.of("u", id, "l", location));
            // a week of leave for each in 2026: the calendar and the report have something to list
            call(base, admin, "mutation($u: ID!, $t: ID!, $s: AWSDate!, $e: AWSDate!) { addPastLeave(userId: $u, "
                    + "leaveTypeId: $t, startDate: $s, endDate: $e) { id } }", Map.of("u", id, "t", vacation,
                    "s", LocalDate.of(2026, 1, 5).plusDays(p % 300).toString(),
                    "e", LocalDate.of(2026, 1, 5).plusDays(p % 300 + 4).toString()));
            Thread.sleep(25); // within the caller's budget of 50 calls a second
        }
        // a long trail for the admin: 150 requests, one per week
        for (int r = 0; r < 150; r++) {
            LocalDate day = LocalDate.of(2027, 1, 4).plusWeeks(r);
            send(base, admin, "mutation($t: ID!, $d: AWSDate!) { requestLeave(leaveTypeId: $t, startDate: $d, "
                    + "endDate: $d) { id } }", Map.of("t", vacation, "d", day.toString())); // a holiday refuses: fine
            Thread.sleep(25);
        }

        Map<String, Object[]> calls = new LinkedHashMap<>();
        calls.put("previewLeaveRequest, 3 years at the window's end", new Object[] {"query($t: ID!) { "
                + "previewLeaveRequest(leaveTypeId: $t, startDate: \"2097-01-01\", endDate: \"2099-12-31\") { days "
                + "balances { year before { remaining } after { remaining } } refusal { errorType } } }", Map.of("t", vacation)});
        calls.put("previewLeaveRequest, 0001–9999 (refused)", new Object[] {"query($t: ID!) { previewLeaveRequest("
                + "leaveTypeId: $t, startDate: \"0001-01-01\", endDate: \"9999-12-31\") { days } }", Map.of("t", vacation)});
        calls.put("requestLeave, 3 years (refused: balance)", new Object[] {"mutation($t: ID!) { requestLeave("
                + "leaveTypeId: $t, startDate: \"2090-01-02\", endDate: \"2093-01-01\") { id } }", Map.of("t", vacation)});
        calls.put("balances, year 2099", new Object[] {"{ balances(year: 2099) { remaining } }", Map.of()});
        calls.put("balances, year 1970", new Object[] {"{ balances(year: 1970) { remaining } }", Map.of()});
        calls.put("teamCalendar, 366 days", new Object[] {"{ teamCalendar(from: \"2026-01-01\", to: \"2027-01-01\") "
                + "{ requestId } }", Map.of()});
        calls.put("teamCalendarPage, 366 days, limit 1000", new Object[] {"{ teamCalendarPage(from: \"2026-01-01\", "
                + "to: \"2027-01-01\", limit: 1000) { items { requestId } nextToken } }", Map.of()});
        calls.put("users (" + (people + 1) + ")", new Object[] {"{ users { id name } }", Map.of()});
        calls.put("usersPage, limit 1000", new Object[] {"{ usersPage(limit: 1000) { items { id } nextToken } }", Map.of()});
        calls.put("leaveRequests, whole window", new Object[] {"{ leaveRequests(from: \"1970-01-01\", to: \"2099-12-31\")"
                + " { id } }", Map.of()});
        calls.put("history, 300+ events", new Object[] {"query($u: ID!) { history(aggregateId: $u) { type } }",
                Map.of("u", adminId)});
        calls.put("publicHolidays, DE 2099", new Object[] {"{ publicHolidays(holidayCalendar: \"DE\", year: 2099) "
                + "{ date } }", Map.of()});
        calls.put("exportLeaveReport, 366 days", new Object[] {"mutation { exportLeaveReport(from: \"2026-01-01\", "
                + "to: \"2027-01-01\") { requestCount balanceCount } }", Map.of()});
        calls.put("addHoliday 2099-12-31", new Object[] {"mutation($l: ID!) { addHoliday(locationId: $l, "
                + "date: \"2099-12-31\", name: \"Last\") { id } }", Map.of("l", location)});

        System.out.printf("%d people, a week of leave each; the admin's trail 150 requests%n", people);
        for (Map.Entry<String, Object[]> entry : calls.entrySet()) {
            long slowest = 0;
            String sample = "";
            for (int i = 0; i < 5; i++) {
                long started = System.nanoTime();
                sample = send(base, admin, (String) entry.getValue()[0], (Map<?, ?>) entry.getValue()[1]);
                slowest = Math.max(slowest, System.nanoTime() - started);
                Thread.sleep(100);
            }
            String outcome = sample.contains("\"errorType\"") ? sample.replaceAll(".*\"errorType\":\"([A-Z_]+)\".*", "$1")
                    : "ok";
            System.out.printf("%-48s slowest of 5: %7.1f ms  (%s)%n", entry.getKey(), slowest / 1e6, outcome);
        }
        runtime.close();
        System.exit(0);
    }

    private static String send(String base, String token, String query, Map<?, ?> variables) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/graphql")).header("Authorization", token)
                .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("query", query, "variables", variables)))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
