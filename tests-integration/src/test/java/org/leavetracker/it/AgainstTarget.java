package org.leavetracker.it;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** An end-to-end test class against one target (the in-process local runtime unless an endpoint is given). */
abstract class AgainstTarget {

    static Target target;
    static Api api;

    @BeforeAll
    static void start() throws Exception {
        target = Target.start();
        api = new Api(target);
    }

    @AfterAll
    static void stop() throws Exception {
        target.close();
    }

    // The set-up steps the stories share, each one mutation through the API.

    /** A new company whose admin is a fresh e-mail at {@code domain}; returns the admin. */
    static Api.Person newCompany(String name, String domain) {
        Api.Person admin = api.signIn("admin." + Long.toString(System.nanoTime(), 36) + "@" + domain);
        admin.ok("mutation($n: String!) { createOrganization(name: $n) { id } }", vars("n", name));
        return admin;
    }

    /** A Monday-to-Friday location in Germany. */
    static String germanOffice(Api.Person admin) {
        return admin.id("""
                mutation { createLocation(name: "Office", timeZone: "Europe/Berlin", holidayCalendar: "DE",
                           workingDays: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY]) { id } }""", Map.of());
    }

    static String leaveType(Api.Person admin, String name, boolean deducts, boolean approval) {
        return admin.id("""
                mutation($n: String!, $d: Boolean!, $a: Boolean!) { createLeaveType(name: $n,
                  deductsFromAllowance: $d, requiresApproval: $a, allowHalfDays: true) { id } }""",
                vars("n", name, "d", deducts, "a", approval));
    }

    /** An UPFRONT policy of {@code days} a year from 2020 on. */
    static void upfrontPolicy(Api.Person admin, String locationId, String leaveTypeId, int days) {
        admin.ok("""
                mutation($l: ID!, $t: ID!, $d: Float!) { setLeavePolicy(locationId: $l, leaveTypeId: $t,
                  effectiveDate: "2020-01-01", annualAllowanceDays: $d, accrual: UPFRONT) { id } }""",
                vars("l", locationId, "t", leaveTypeId, "d", days));
    }

    static String addUser(Api.Person admin, String email, String name, String role) {
        return admin.id("mutation($e: AWSEmail!, $n: String!, $r: Role!) { addUser(email: $e, name: $n, role: $r) { id } }",
                vars("e", email, "n", name, "r", role));
    }

    /** Moves a user into a location from 1 January 2025 on. */
    static void moveTo(Api.Person admin, String userId, String locationId) {
        admin.ok("mutation($u: ID!, $l: ID!) { moveUserToLocation(userId: $u, locationId: $l, effectiveDate: \"2025-01-01\") { id } }",
                vars("u", userId, "l", locationId));
    }

    static void assignApprover(Api.Person admin, String userId, String approverId) {
        admin.ok("mutation($u: ID!, $a: ID!) { assignApprover(userId: $u, approverId: $a) { id } }",
                vars("u", userId, "a", approverId));
    }

    /** A company with an office, one leave type on an UPFRONT policy, and Ann, whom Boss approves. */
    record Team(Api.Person admin, String office, String leaveType, String approverId, String memberId,
                Api.Person approver, Api.Person member) {
    }

    static Team team(String company, String domain, String typeName, boolean deducts, boolean approval,
                     int allowance) {
        String suffix = Long.toString(System.nanoTime(), 36);
        Api.Person admin = newCompany(company, domain);
        String office = germanOffice(admin);
        String type = leaveType(admin, typeName, deducts, approval);
        upfrontPolicy(admin, office, type, allowance);
        String approverEmail = "boss." + suffix + "@" + domain;
        String memberEmail = "ann." + suffix + "@" + domain;
        String approverId = addUser(admin, approverEmail, "Boss", "APPROVER");
        String memberId = addUser(admin, memberEmail, "Ann", "MEMBER");
        moveTo(admin, memberId, office);
        assignApprover(admin, memberId, approverId);
        return new Team(admin, office, type, approverId, memberId, api.signIn(approverEmail),
                api.signIn(memberEmail));
    }

    /** GraphQL variables from alternating names and values (values may be null, unlike Map.of). */
    static Map<String, Object> vars(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
