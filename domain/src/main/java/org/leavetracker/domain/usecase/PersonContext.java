package org.leavetracker.domain.usecase;

import java.util.List;

import org.leavetracker.domain.aggregate.Employee;
import org.leavetracker.domain.aggregate.LeaveRules;
import org.leavetracker.domain.aggregate.Organization;
import org.leavetracker.domain.balance.EmploymentTimeline;
import org.leavetracker.domain.balance.LeaveBalanceCalculator;
import org.leavetracker.domain.port.HolidayCalendar;

/** One person with their organization's settings: everything needed to count their days and balances. */
record PersonContext(Employee employee, Organization organization, EmploymentTimeline timeline,
                     LeaveBalanceCalculator calculator) {

    static PersonContext of(Employee employee, Organization organization, HolidayCalendar calendars) {
        EmploymentTimeline timeline = new EmploymentTimeline(employee, organization, calendars);
        return new PersonContext(employee, organization, timeline, new LeaveBalanceCalculator(employee.orgId(),
                employee.id(), timeline,
                employee.leave().all(), employee.credits().adjustments(), employee.credits().overtime()));
    }

    LeaveRules rules() {
        return new LeaveRules(timeline, calculator, organization.blackouts().all());
    }

    List<LeaveRequestView> requestViews() {
        return employee.leave().all().stream()
                .map(r -> LeaveRequestView.of(employee.orgId(), r, timeline)).toList();
    }
}
