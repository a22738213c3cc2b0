package org.leavetracker.functions.api;

import org.leavetracker.adapters.graphql.GraphQlShapes;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.write.employee.MyPreferences;
import org.leavetracker.functions.support.Application;

/** The API's fields of one capability. People: their own preferences, adding them, their role, location, team, working week, approvers, employment, balances' corrections. */
final class PeopleFields {

    private PeopleFields() {
    }

    static void register(FieldRegistry fields, FieldSupport support) {
        Application app = support.app();
        GraphQlShapes shapes = support.shapes();
        fields.add("Mutation.addUser", (a, r) -> shapes.user(app.setup.addUser(r.caller(), a.required("email"),
                a.required("name"), a.enumeration("role", Role.class))));
        fields.add("Mutation.changeUserRole", (a, r) -> shapes.user(app.setup.changeUserRole(r.caller(),
                a.required("userId"), a.enumeration("role", Role.class))));
        fields.add("Mutation.moveUserToLocation", (a, r) -> shapes.user(app.administration.moveUserToLocation(
                r.caller(), a.required("userId"), a.required("locationId"), a.requiredDate("effectiveDate"))));
        fields.add("Mutation.assignApprover", (a, r) -> shapes.user(app.administration.assignApprover(r.caller(),
                a.required("userId"), a.required("approverId"))));
        fields.add("Mutation.removeApprover", (a, r) -> shapes.user(app.administration.removeApprover(r.caller(),
                a.required("userId"), a.required("approverId"))));
        fields.add("Mutation.updateMyPreferences", (a, r) -> shapes.user(app.preferences.update(r.caller(),
                new MyPreferences.Choices(a.string("language"), Boolean.TRUE.equals(a.optionalBool("clearLanguage")),
                        a.optionalBool("calendarEvents"), a.optionalBool("outOfOfficeReply")))));
        fields.add("Mutation.updateUser", (a, r) -> shapes.user(app.administration.updateUser(r.caller(),
                a.required("userId"), a.string("name"), a.string("email"))));
        fields.add("Mutation.moveUserToTeam", (a, r) -> shapes.user(app.administration.moveUserToTeam(r.caller(),
                a.required("userId"), a.string("teamId"), a.requiredDate("effectiveDate"))));
        fields.add("Mutation.endEmployment", (a, r) -> shapes.user(app.administration.endEmployment(r.caller(),
                a.required("userId"), a.requiredDate("lastDay"))));
        fields.add("Mutation.undoEndEmployment", (a, r) -> shapes.user(app.administration.undoEndEmployment(
                r.caller(), a.required("userId"))));
        fields.add("Mutation.releaseSignIn", (a, r) -> shapes.user(app.administration.releaseSignIn(r.caller(),
                a.required("userId"))));
        fields.add("Mutation.setWorkingWeek", (a, r) -> shapes.user(app.administration.setWorkingWeek(r.caller(),
                a.required("userId"), a.daysOfWeek("workingDays"), a.requiredDate("effectiveDate"),
                a.days("hoursPerDay"), FieldSupport.hoursByDay(a))));
        fields.add("Mutation.adjustBalance", (a, r) -> {
            var balance = app.administration.adjustBalance(r.caller(), a.required("userId"),
                    a.required("leaveTypeId"), a.requiredYear("year"), a.days("days"), a.string("note"));
            return shapes.balance(balance.orgId(), balance);
        });
        fields.add("Mutation.recordOvertime", (a, r) -> {
            var balance = app.administration.recordOvertime(r.caller(), a.required("userId"),
                    a.requiredDate("date"), a.days("days"), a.string("leaveTypeId"), a.string("note"));
            return shapes.balance(balance.orgId(), balance);
        });
        fields.add("Query.previewAllowances", (a, r) -> shapes.all(app.leaveQueries.previewAllowances(r.caller(),
                a.string("userId"), a.required("locationId"), a.requiredDate("effectiveDate")),
                b -> shapes.balance(b.orgId(), b)));
    }
}
