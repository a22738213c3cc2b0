package org.leavetracker.domain.usecase;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.leavetracker.domain.aggregate.Employee;
import org.leavetracker.domain.balance.EmploymentTimeline;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.model.WorkingWeek;

/** A user as the API shows them: location and working week are those in force on the given day. */
public record UserProfile(String id, String orgId, String name, String email, Role role, String locationId,
                          List<String> approverIds, List<DayOfWeek> workingDays) {

    public static UserProfile of(Employee employee, EmploymentTimeline timeline, LocalDate today) {
        return new UserProfile(employee.id(), employee.orgId(), employee.name(), employee.email().value(),
                employee.role(), employee.locationHistory().on(today).orElse(null), employee.approverIds(),
                timeline.workingWeekOn(today).map(WorkingWeek::ordered).orElse(List.of()));
    }
}
