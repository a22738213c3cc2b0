package org.leavetracker.functions.api;

import java.util.List;
import java.util.Map;
import org.leavetracker.adapters.graphql.GraphQlShapes;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.ApprovalLevel;
import org.leavetracker.domain.model.BlackoutMode;
import org.leavetracker.domain.model.LeaveTypeRules;
import org.leavetracker.domain.model.LeaveUnit;
import org.leavetracker.domain.model.TenureStep;
import org.leavetracker.domain.write.organization.SetLeavePolicy;
import org.leavetracker.functions.support.Application;

/** The API's fields of one capability. The organization and its settings: locations and holidays, leave types, policies, blackouts, approver groups and chains, teams. */
final class SettingsFields {

    private SettingsFields() {
    }

    static void register(FieldRegistry fields, FieldSupport support) {
        Application app = support.app();
        GraphQlShapes shapes = support.shapes();
        fields.add("Mutation.createOrganization", (a, r) -> shapes.organization(
                app.setup.createOrganization(r.identity(), a.required("name"), r.commandId())));
        fields.add("Mutation.updateOrganization", (a, r) -> shapes.organization(app.setup.updateOrganization(
                r.caller(), a.string("name"), a.string("defaultLanguage"))));
        fields.add("Mutation.createLocation", (a, r) -> shapes.location(app.setup.createLocation(r.caller(),
                a.required("name"), a.required("timeZone"), a.required("holidayCalendar"),
                a.daysOfWeek("workingDays"), a.days("hoursPerDay"))));
        fields.add("Mutation.addHoliday", (a, r) -> shapes.location(app.setup.addHoliday(r.caller(),
                a.required("locationId"), a.requiredDate("date"), a.required("name"),
                Boolean.TRUE.equals(a.optionalBool("optional")))));
        fields.add("Mutation.removeHoliday", (a, r) -> shapes.location(app.setup.removeHoliday(r.caller(),
                a.required("locationId"), a.requiredDate("date"))));
        fields.add("Mutation.updateLocation", (a, r) -> shapes.location(app.setup.updateLocation(r.caller(),
                a.required("locationId"), a.string("name"), a.string("timeZone"), a.string("holidayCalendar"),
                a.integer("optionalHolidaysPerYear"))));
        fields.add("Mutation.setLocationWorkingWeek", (a, r) -> shapes.location(app.setup.setLocationWorkingWeek(
                r.caller(), a.required("locationId"), a.daysOfWeek("workingDays"), a.requiredDate("effectiveDate"),
                a.days("hoursPerDay"), FieldSupport.hoursByDay(a))));
        fields.add("Mutation.archiveLocation", (a, r) -> shapes.location(app.setup.archiveLocation(r.caller(),
                a.required("locationId"))));
        fields.add("Mutation.createLeaveType", (a, r) -> shapes.leaveType(app.setup.createLeaveType(r.caller(),
                a.required("name"), a.bool("deductsFromAllowance"), a.bool("requiresApproval"),
                a.bool("allowHalfDays"), a.enumeration("unit", LeaveUnit.class),
                LeaveTypeRules.NONE.with(a.optionalBool("countsCalendarDays"), a.integer("maxConsecutiveDays"),
                        a.integer("minNoticeDays"), a.integer("waitingPeriodDays"), a.days("maxBalanceDays")))));
        fields.add("Mutation.updateLeaveType", (a, r) -> shapes.leaveType(app.setup.updateLeaveType(r.caller(),
                a.required("leaveTypeId"), a.string("name"), a.optionalBool("requiresApproval"),
                a.optionalBool("allowHalfDays"), rules -> rules.with(a.optionalBool("countsCalendarDays"),
                        a.integer("maxConsecutiveDays"), a.integer("minNoticeDays"), a.integer("waitingPeriodDays"),
                        a.days("maxBalanceDays")))));
        fields.add("Mutation.archiveLeaveType", (a, r) -> shapes.leaveType(app.setup.archiveLeaveType(r.caller(),
                a.required("leaveTypeId"))));
        fields.add("Mutation.setLeavePolicy", (a, r) -> shapes.policy(app.setup.setLeavePolicy(r.caller(),
                new SetLeavePolicy(a.required("locationId"), a.required("leaveTypeId"), a.requiredDate("effectiveDate"),
                        a.days("annualAllowanceDays"), a.enumeration("accrual", Accrual.class),
                        a.days("rolloverMaxDays"), a.integer("rolloverExpiryMonths"),
                        a.days("negativeBalanceAllowedDays"), tenureSteps(a), a.days("encashableDays")))));
        fields.add("Mutation.removeLeavePolicy", (a, r) -> shapes.policy(app.setup.removeLeavePolicy(r.caller(),
                a.required("locationId"), a.required("leaveTypeId"), a.requiredDate("effectiveDate"))));
        fields.add("Mutation.addBlackoutPeriod", (a, r) -> shapes.blackout(app.setup.addBlackoutPeriod(
                r.caller(), a.string("locationId"), a.requiredDate("from"), a.requiredDate("to"),
                a.ids("leaveTypeIds"), a.enumeration("mode", BlackoutMode.class))));
        fields.add("Mutation.removeBlackoutPeriod", (a, r) -> shapes.blackout(app.setup.removeBlackoutPeriod(
                r.caller(), a.required("blackoutId"))));
        fields.add("Mutation.setApproverGroup", (a, r) -> shapes.approverGroup(app.deciders.setApproverGroup(
                r.caller(), a.required("name"), a.ids("memberIds"))));
        fields.add("Mutation.removeApproverGroup", (a, r) -> shapes.approverGroup(app.deciders.removeApproverGroup(
                r.caller(), a.required("groupId"))));
        fields.add("Mutation.setApprovalChain", (a, r) -> shapes.leaveType(app.setup.setApprovalChain(
                r.caller(), a.required("leaveTypeId"), a.objects("levels").stream().map(level -> new ApprovalLevel(
                        level.enumeration("kind", ApprovalLevel.Kind.class), level.string("groupId"))).toList())));
        fields.add("Mutation.setToil", (a, r) -> shapes.leaveType(app.setup.setToil(r.caller(),
                a.required("leaveTypeId"), a.integer("expiryMonths"))));
        fields.add("Mutation.createTeam", (a, r) -> support.teamShape(r, app.deciders.createTeam(r.caller(),
                a.required("name"))));
        fields.add("Mutation.renameTeam", (a, r) -> support.teamShape(r, app.deciders.renameTeam(r.caller(),
                a.required("teamId"), a.required("name"))));
        fields.add("Mutation.setTeamManagers", (a, r) -> support.teamShape(r, app.deciders.setTeamManagers(r.caller(),
                a.required("teamId"), a.ids("managerIds"))));
        fields.add("Query.blackoutPeriods", (a, r) -> shapes.all(app.settings.blackoutPeriods(r.caller()),
                shapes::blackout));
        fields.add("Query.holidayCalendars", (a, r) -> app.settings.holidayCalendars(r.caller(), a.string("language"))
                .entrySet().stream()
                .map(e -> Map.<String, Object>of("code", e.getKey(), "name", e.getValue())).toList());
        fields.add("Query.publicHolidays", (a, r) -> shapes.holidays(app.settings.publicHolidays(r.caller(),
                a.required("holidayCalendar"), a.requiredYear("year"), a.string("language"))));
        fields.add("Query.approverGroups", (a, r) -> shapes.all(app.settings.approverGroups(r.caller()),
                shapes::approverGroup));
    }

    /** setLeavePolicy's tenure steps, each read with the same rules as the arguments (absent: none). */
    private static List<TenureStep> tenureSteps(Arguments a) {
        if (a.string("tenureSteps") == null) {
            return List.of();
        }
        return a.objects("tenureSteps").stream().map(step -> new TenureStep(step.requiredInteger("afterYears"),
                step.days("extraDays"))).toList();
    }
}
