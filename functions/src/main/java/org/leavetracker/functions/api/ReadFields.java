package org.leavetracker.functions.api;

import org.leavetracker.adapters.graphql.GraphQlShapes;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.functions.support.Application;

/** The API's fields of one capability. What people read: themselves, the directory, requests, approvals, the team calendar and trails, whole or a page at a time; and who may subscribe to what. */
final class ReadFields {

    private ReadFields() {
    }

    static void register(FieldRegistry fields, FieldSupport support) {
        Application app = support.app();
        GraphQlShapes shapes = support.shapes();
        fields.add("Query.me", (a, r) -> r.optionalCaller().map(c -> shapes.user(app.leaveQueries.me(c)))
                .orElse(null));
        fields.add("Query.organization", (a, r) -> r.optionalCaller()
                .map(c -> shapes.organization(app.leaveQueries.organization(c))).orElse(null));
        fields.add("Query.readSide", (a, r) -> shapes.freshness(app.ownWrites.await(r.caller())));
        fields.add("Query.users", (a, r) -> shapes.all(FieldSupport.capped(app.readQueries.users(r.caller()), "usersPage"),
                shapes::user));
        fields.add("Query.locations", (a, r) -> shapes.all(app.readQueries.locations(r.caller()),
                shapes::location));
        fields.add("Query.leaveTypes", (a, r) -> shapes.all(app.readQueries.leaveTypes(r.caller()),
                shapes::leaveType));
        fields.add("Query.policies", (a, r) -> shapes.all(app.readQueries.policies(r.caller(),
                a.string("locationId")), shapes::policy));
        fields.add("Query.leaveRequests", (a, r) -> shapes.all(FieldSupport.capped(app.readQueries.leaveRequests(r.caller(),
                a.string("userId"), a.enumeration("status", LeaveStatus.class), a.date("from"), a.date("to")),
                "leaveRequestsPage"), shapes::leaveRequest));
        fields.add("Query.pendingApprovals", (a, r) -> shapes.all(FieldSupport.capped(app.readQueries.pendingApprovals(
                r.caller()), "pendingApprovalsPage"), shapes::leaveRequest));
        fields.add("Query.teamCalendar", (a, r) -> shapes.all(FieldSupport.capped(app.readQueries.teamCalendar(r.caller(),
                a.requiredDate("from"), a.requiredDate("to"), a.string("locationId"), a.string("teamId")),
                "teamCalendarPage"), shapes::calendarEntry));
        fields.add("Query.teams", (a, r) -> app.readQueries.teams(r.caller()).stream()
                .map(t -> shapes.team(t.team(), t.memberCount())).toList());
        fields.add("Query.history", (a, r) -> shapes.all(FieldSupport.capped(app.readQueries.history(r.caller(),
                a.required("aggregateId")), "historyPage"), shapes::event));
        fields.add("Subscription.onLeaveRequestChanged", (a, r) -> {
            app.leaveQueries.authorizeSubscription(r.caller(), false, a.string("orgId"), null);
            return null;
        });
        fields.add("Subscription.onSettingsChanged", (a, r) -> {
            app.leaveQueries.authorizeSubscription(r.caller(), false, a.string("orgId"), null);
            return null;
        });
        fields.add("Subscription.onBalanceChanged", (a, r) -> {
            app.leaveQueries.authorizeSubscription(r.caller(), true, a.string("orgId"), a.string("userId"));
            return null;
        });
        fields.add("Query.usersPage", (a, r) -> support.paged(r, a, "users", after ->
                app.readQueries.usersPage(r.caller(), FieldSupport.limit(a), after), shapes::user));
        fields.add("Query.leaveRequestsPage", (a, r) -> support.paged(r, a, "leaveRequests|" + a.string("userId") + "|"
                + a.string("status") + "|" + a.string("from") + "|" + a.string("to"), after ->
                app.readQueries.leaveRequestsPage(r.caller(), a.string("userId"),
                        a.enumeration("status", LeaveStatus.class), a.date("from"), a.date("to"), FieldSupport.limit(a), after),
                shapes::leaveRequest));
        fields.add("Query.pendingApprovalsPage", (a, r) -> support.paged(r, a, "pendingApprovals", after ->
                app.readQueries.pendingApprovalsPage(r.caller(), FieldSupport.limit(a), after), shapes::leaveRequest));
        fields.add("Query.decisionsPage", (a, r) -> support.paged(r, a, "decisions", after ->
                app.readQueries.decisionsPage(r.caller(), FieldSupport.limit(a), after), shapes::leaveRequest));
        fields.add("Query.expiringBalancesPage", (a, r) -> support.paged(r, a, "expiring|" + a.string("locationId") + "|"
                + a.string("teamId"), after -> app.readQueries.expiringBalancesPage(r.caller(), a.string("locationId"),
                a.string("teamId"), FieldSupport.limit(a), after), shapes::expiringBalance));
        fields.add("Query.teamCalendarPage", (a, r) -> support.paged(r, a, "teamCalendar|" + a.string("from") + "|"
                + a.string("to") + "|" + a.string("locationId") + "|" + a.string("teamId"),
                after -> app.readQueries.teamCalendarPage(r.caller(), a.requiredDate("from"), a.requiredDate("to"),
                        a.string("locationId"), a.string("teamId"), FieldSupport.limit(a), after), shapes::calendarEntry));
        fields.add("Query.historyPage", (a, r) -> support.paged(r, a, "history|" + a.string("aggregateId"), after ->
                app.readQueries.historyPage(r.caller(), a.required("aggregateId"), FieldSupport.limit(a), after), shapes::event));
    }
}
