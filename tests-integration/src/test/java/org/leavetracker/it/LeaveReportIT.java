package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leavetracker.it.Api.eventually;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * exportLeaveReport end to end: the CSV behind the download link is parsed back (names with commas and quotes
 * included) and compared with what the API says about the same people.
 */
class LeaveReportIT extends AgainstTarget {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String EXPORT = """
            mutation($from: AWSDate!, $to: AWSDate!, $l: ID) { exportLeaveReport(from: $from, to: $to, locationId: $l) {
              downloadUrl key expiresAt requestCount balanceCount } }""";
    private static final String REQUEST = """
            mutation($t: ID!, $from: AWSDate!, $to: AWSDate!, $half: HalfDay) {
              requestLeave(leaveTypeId: $t, startDate: $from, endDate: $to, halfDay: $half, reason: "private") { id } }""";

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<CSVRecord> parse(String body) throws Exception {
        String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }

    @Test
    void the_csv_holds_every_request_and_balance_of_the_location_exactly_as_the_api_reports_them() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        Api.Person ada = newCompany("Report Inc", "acme.test");
        String berlin = germanOffice(ada);
        String elsewhere = ada.id("""
                mutation { createLocation(name: "Branch", timeZone: "Europe/Vienna", holidayCalendar: "AT",
                           workingDays: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY]) { id } }""", Map.of());
        String vacation = leaveType(ada, "Vacation, \"paid\"", true, true);
        upfrontPolicy(ada, berlin, vacation, 25);
        upfrontPolicy(ada, elsewhere, vacation, 20);
        // commas and quotes; a line break is refused in a name since issue 29 (names are one line)
        String trickyName = "O'Brien, \"Bo\" Jr.";
        String boId = addUser(ada, "bo." + suffix + "@acme.test", trickyName, "MEMBER");
        String cyId = addUser(ada, "cy." + suffix + "@acme.test", "Cy Élan", "MEMBER");
        String diId = addUser(ada, "di." + suffix + "@acme.test", "Di Elsewhere", "MEMBER");
        moveTo(ada, boId, berlin);
        moveTo(ada, cyId, berlin);
        moveTo(ada, diId, elsewhere);
        Api.Person bo = api.signIn("bo." + suffix + "@acme.test");
        Api.Person cy = api.signIn("cy." + suffix + "@acme.test");
        Api.Person di = api.signIn("di." + suffix + "@acme.test");
        String week = bo.id(REQUEST, vars("t", vacation, "from", "2026-07-06", "to", "2026-07-10"));
        String half = bo.id(REQUEST, vars("t", vacation, "from", "2026-07-15", "to", "2026-07-15",
                "half", "MORNING"));
        bo.id(REQUEST, vars("t", vacation, "from", "2026-10-05", "to", "2026-10-05")); // outside the range
        String cysDay = cy.id(REQUEST, vars("t", vacation, "from", "2026-08-31", "to", "2026-09-01"));
        di.id(REQUEST, vars("t", vacation, "from", "2026-07-06", "to", "2026-07-06")); // another location
        ada.ok("mutation($r: ID!) { approveLeave(requestId: $r) { id } }", vars("r", week));
        ada.ok("mutation($r: ID!, $why: String!) { denyLeave(requestId: $r, reason: $why) { id } }",
                vars("r", half, "why", "cover"));

        Map<String, Object> export = eventually(() -> ada.ok(EXPORT, vars("from", "2026-07-01", "to", "2026-08-31",
                "l", berlin)), e -> ((Number) e.get("requestCount")).intValue() == 3);
        assertThat(export.get("requestCount")).isEqualTo(3);
        assertThat(export.get("balanceCount")).as("two people, one deducting type, one year").isEqualTo(2);
        HttpResponse<String> file = get((String) export.get("downloadUrl"));
        assertThat(file.statusCode()).isEqualTo(200);
        System.out.println("report:\n" + file.body());
        List<CSVRecord> rows = parse(file.body());
        assertThat(rows).hasSize(5);

        Map<String, CSVRecord> requests = rows.stream().filter(r -> r.get("record").equals("request"))
                .collect(Collectors.toMap(r -> r.get("request_id"), r -> r));
        assertThat(requests.keySet()).containsExactlyInAnyOrder(week, half, cysDay);
        CSVRecord weekRow = requests.get(week);
        assertThat(weekRow.get("name")).isEqualTo(trickyName);
        assertThat(weekRow.get("leave_type")).isEqualTo("Vacation, \"paid\"");
        assertThat(weekRow.get("location_id")).isEqualTo(berlin);
        assertThat(weekRow.get("status")).isEqualTo("APPROVED");
        assertThat(new BigDecimal(weekRow.get("days"))).isEqualByComparingTo("5");
        assertThat(requests.get(half).get("status")).isEqualTo("DENIED");
        assertThat(new BigDecimal(requests.get(half).get("days"))).isEqualByComparingTo("0.5");
        assertThat(requests.get(half).get("half_day")).isEqualTo("MORNING");
        assertThat(requests.get(cysDay).get("status")).isEqualTo("PENDING");
        assertThat(requests.get(cysDay).get("name")).isEqualTo("Cy Élan");
        assertThat(file.body()).doesNotContain("private").doesNotContain("cover");

        for (CSVRecord balance : rows.stream().filter(r -> r.get("record").equals("balance")).toList()) {
            Api.Person who = balance.get("user_id").equals(boId) ? bo : cy;
            List<Map<String, Object>> api = who.ok("""
                    query { balances(year: 2026, asOf: "2026-08-31") { leaveTypeId year asOf allowance used pending
                      remaining available } }""");
            Map<String, Object> same = api.stream().filter(b -> b.get("leaveTypeId").equals(vacation)).findFirst()
                    .orElseThrow();
            assertThat(balance.get("as_of")).isEqualTo("2026-08-31");
            for (String column : List.of("allowance", "used", "pending", "remaining", "available")) {
                assertThat(new BigDecimal(balance.get(column))).as(balance.get("name") + " " + column)
                        .isEqualByComparingTo(new BigDecimal(same.get(column).toString()));
            }
        }
        CSVRecord bosBalance = rows.stream().filter(r -> r.get("record").equals("balance")
                && r.get("user_id").equals(boId)).findFirst().orElseThrow();
        assertThat(new BigDecimal(bosBalance.get("used"))).isEqualByComparingTo("5");

        String tampered = ((String) export.get("downloadUrl")).replace((String) export.get("key"),
                "reports/another-org/x.csv");
        assertThat(get(tampered).statusCode()).as("the signature covers the key").isEqualTo(403);
    }

    @Test
    void only_admins_export_and_bad_ranges_or_foreign_locations_are_refused() {
        Api.Person ada = newCompany("Report Refusals Inc", "acme.test");
        String berlin = germanOffice(ada);
        Api.Person eve = newCompany("Other Inc", "other.test");
        String evesOffice = germanOffice(eve);
        String suffix = Long.toString(System.nanoTime(), 36);
        addUser(ada, "max." + suffix + "@acme.test", "Max", "APPROVER");
        Api.Person max = api.signIn("max." + suffix + "@acme.test");

        assertThat(max.refused(EXPORT, vars("from", "2026-01-01", "to", "2026-12-31", "l", berlin)))
                .isEqualTo("FORBIDDEN");
        assertThat(ada.refused(EXPORT, vars("from", "2026-02-01", "to", "2026-01-01", "l", berlin)))
                .isEqualTo("VALIDATION_ERROR");
        assertThat(ada.refused(EXPORT, vars("from", "2026-01-01", "to", "2027-01-02", "l", null)))
                .isEqualTo("VALIDATION_ERROR");
        assertThat(ada.refused(EXPORT, vars("from", "2026-01-01", "to", "2026-12-31", "l", evesOffice)))
                .isEqualTo("NOT_FOUND");
        assertThat(ada.refused(EXPORT, vars("from", "2026-13-01", "to", "2026-12-31", "l", null)))
                .isEqualTo("VALIDATION_ERROR");
        Map<String, Object> everywhere = ada.ok(EXPORT, vars("from", "2026-01-01", "to", "2027-01-01", "l", null));
        assertThat(everywhere.get("requestCount")).isEqualTo(0);
        assertThat(everywhere.get("balanceCount")).as("no deducting leave types yet").isEqualTo(0);
    }
}
