package org.leavetracker.functions.api;

import org.leavetracker.adapters.graphql.GraphQlShapes;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.write.leave.AddPastLeave;
import org.leavetracker.functions.support.Application;

/** The API's fields of one capability. A person's leave: asking, the preview, deciding, cancelling, past leave, and substitutes who decide. */
final class LeaveFields {

    private LeaveFields() {
    }

    static void register(FieldRegistry fields, FieldSupport support) {
        Application app = support.app();
        GraphQlShapes shapes = support.shapes();
        fields.add("Mutation.requestLeave", (a, r) -> shapes.leaveRequest(app.workflow.requestLeave(r.caller(),
                FieldSupport.requestLeave(a))));
        fields.add("Mutation.approveLeave", (a, r) -> shapes.leaveRequest(app.workflow.approveLeave(r.caller(),
                a.required("requestId"), a.string("note"))));
        fields.add("Mutation.denyLeave", (a, r) -> shapes.leaveRequest(app.workflow.denyLeave(r.caller(),
                a.required("requestId"), a.string("reason"))));
        fields.add("Mutation.cancelLeave", (a, r) -> shapes.leaveRequest(app.workflow.cancelLeave(r.caller(),
                a.required("requestId"))));
        fields.add("Mutation.addPastLeave", (a, r) -> shapes.leaveRequest(app.workflow.addPastLeave(r.caller(),
                new AddPastLeave(a.required("userId"), a.required("leaveTypeId"), a.requiredDate("startDate"),
                        a.requiredDate("endDate"), a.enumeration("halfDay", HalfDay.class), a.string("reason"),
                        FieldSupport.endHalves(a)))));
        fields.add("Mutation.setSubstitute", (a, r) -> shapes.user(app.workflow.setSubstitute(r.caller(),
                a.required("substituteId"), a.requiredDate("from"), a.requiredDate("to"))));
        fields.add("Mutation.removeSubstitute", (a, r) -> shapes.user(app.workflow.removeSubstitute(r.caller(),
                a.requiredDate("from"), a.string("approverId"))));
        fields.add("Query.previewLeaveRequest", (a, r) -> shapes.leavePreview(
                app.workflow.previewLeave(r.caller(), FieldSupport.requestLeave(a))));
        fields.add("Query.optionalHolidays", (a, r) -> shapes.optionalHolidays(app.leaveQueries.optionalHolidays(
                r.caller(), a.requiredYear("year"))));
        fields.add("Mutation.chooseOptionalHoliday", (a, r) -> shapes.optionalHolidays(
                app.workflow.chooseOptionalHoliday(r.caller(), a.requiredDate("date"))));
        fields.add("Mutation.unchooseOptionalHoliday", (a, r) -> shapes.optionalHolidays(
                app.workflow.unchooseOptionalHoliday(r.caller(), a.requiredDate("date"))));
        fields.add("Query.balances", (a, r) -> shapes.all(app.leaveQueries.balances(r.caller(),
                a.string("userId"), a.requiredYear("year"), a.date("asOf")), b -> shapes.balance(b.orgId(), b)));
    }
}
