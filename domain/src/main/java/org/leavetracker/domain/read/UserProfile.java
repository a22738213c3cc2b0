package org.leavetracker.domain.read;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.leavetracker.domain.balance.EmploymentTimeline;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.Language;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.model.WorkingWeek;
import org.leavetracker.domain.write.employee.Employee;

/**
 * A user as the API shows them: location and working week are those in force on the given day.
 *
 * @param hoursPerDay  the working hours of a working day (hourly leave counts them); null while no week applies
 * @param workingHours each working day with its hours, Monday first (days of a part-time week may differ)
 * @param teamId       the team the person is in on that day, or null
 * @param employmentEndsOn their last day of employment, if it ended
 * @param language the language the person chose (BCP 47), or null while they follow the defaults
 * @param calendarEvents   whether approved leave goes into their own calendar (SPEC §8)
 * @param outOfOfficeReply whether approved leave turns on their out-of-office reply
 * @param erased whether their personal data was erased (SPEC §3.10): name and e-mail say so
 */
public record UserProfile(String id, String orgId, String name, String email, Role role, String locationId,
                          List<String> approverIds, List<DayOfWeek> workingDays, Days hoursPerDay,
                          Map<DayOfWeek, Days> workingHours, String teamId, LocalDate employmentEndsOn,
                          String language, boolean calendarEvents, boolean outOfOfficeReply, boolean erased) {

    /** @param week the working week in force, or null when none applies (no location yet) */
    public UserProfile(String id, String orgId, String name, String email, Role role, String locationId,
                       List<String> approverIds, WorkingWeek week, String teamId, LocalDate employmentEndsOn,
                       String language, boolean calendarEvents, boolean outOfOfficeReply, boolean erased) {
        this(id, orgId, name, email, role, locationId, approverIds, week == null ? List.of() : week.ordered(),
                week == null ? null : week.hoursPerDay(), week == null ? Map.of() : week.workingHours(), teamId,
                employmentEndsOn, language, calendarEvents, outOfOfficeReply, erased);
    }

    public static UserProfile of(Employee employee, EmploymentTimeline timeline, LocalDate today) {
        return new UserProfile(employee.id(), employee.orgId(), employee.name(), employee.email().value(),
                employee.role(), employee.employment().locations().on(today).orElse(null), employee.approvers().ids(),
                timeline.workingWeekOn(today).orElse(null), employee.employment().teamOn(today).orElse(null),
                employee.employment().endsOn().orElse(null), employee.language().map(Language::tag).orElse(null),
                employee.calendarChoices().events(), employee.calendarChoices().reply(),
                employee.personalData().erased());
    }
}
