package org.leavetracker.domain.write;

import java.time.LocalDate;
import java.util.List;

import org.leavetracker.domain.balance.EmploymentTimeline;
import org.leavetracker.domain.balance.LeaveBalanceCalculator;
import org.leavetracker.domain.port.HolidayCalendar;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.write.employee.Employee;
import org.leavetracker.domain.write.leave.LeaveRules;
import org.leavetracker.domain.write.organization.Organization;

/** One person with their organization's settings: everything needed to count their days and balances. */
public record PersonContext(Employee employee, Organization organization, EmploymentTimeline timeline,
                     LeaveBalanceCalculator calculator) {

    public static PersonContext of(Employee employee, Organization organization, HolidayCalendar calendars) {
        EmploymentTimeline timeline = new EmploymentTimeline(employee, organization, calendars);
        return new PersonContext(employee, organization, timeline, new LeaveBalanceCalculator(employee.orgId(),
                employee.id(), timeline,
                employee.leave().all(), employee.credits().adjustments(), employee.credits().overtime()));
    }

    /** The rules for leave already taken and for decisions: no minimum notice. */
    public LeaveRules rules() {
        return rules(null);
    }

    /** @param noticeFrom the requester's today, from which a leave type's minimum notice counts (null: none) */
    public LeaveRules rules(LocalDate noticeFrom) {
        return new LeaveRules(timeline, calculator, organization.blackouts().all(), employee.leave().all(),
                noticeFrom);
    }

    public List<LeaveRequestView> requestViews() {
        return employee.leave().all().stream()
                .map(r -> LeaveRequestView.of(employee.orgId(), r, timeline)).toList();
    }
}
