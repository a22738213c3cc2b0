package org.leavetracker.domain.usecase;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.leavetracker.domain.aggregate.Employee;
import org.leavetracker.domain.balance.EmploymentTimeline;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.model.WorkingWeek;

/**
 * A user as the API shows them: location and working week are those in force on the given day.
 *
 * @param hoursPerDay the working hours of each working day (hourly leave counts them); null while no week applies
 */
public record UserProfile(String id, String orgId, String name, String email, Role role, String locationId,
                          List<String> approverIds, List<DayOfWeek> workingDays, Days hoursPerDay) {

    public static UserProfile of(Employee employee, EmploymentTimeline timeline, LocalDate today) {
        Optional<WorkingWeek> week = timeline.workingWeekOn(today);
        return new UserProfile(employee.id(), employee.orgId(), employee.name(), employee.email().value(),
                employee.role(), employee.locationHistory().on(today).orElse(null), employee.approverIds(),
                week.map(WorkingWeek::ordered).orElse(List.of()), week.map(WorkingWeek::hoursPerDay).orElse(null));
    }
}
