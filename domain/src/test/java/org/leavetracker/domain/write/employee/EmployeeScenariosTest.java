package org.leavetracker.domain.write.employee;

import static org.leavetracker.domain.testing.Scenario.given;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.error.Conflict;
import org.leavetracker.domain.error.Forbidden;
import org.leavetracker.domain.error.NotFound;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.event.ApprovalLineEvent.ApproverAssigned;
import org.leavetracker.domain.event.ApprovalLineEvent.ApproverRemoved;
import org.leavetracker.domain.event.ApprovalLineEvent.SubstituteRemoved;
import org.leavetracker.domain.event.ApprovalLineEvent.SubstituteSet;
import org.leavetracker.domain.event.CreditEvent.OvertimeRecorded;
import org.leavetracker.domain.event.EmploymentEvent.EmploymentEndUndone;
import org.leavetracker.domain.event.EmploymentEvent.EmploymentEnded;
import org.leavetracker.domain.event.EmploymentEvent.UserMovedToLocation;
import org.leavetracker.domain.event.LeaveEvent.LeaveApproved;
import org.leavetracker.domain.event.LeaveEvent.LeaveCancelled;
import org.leavetracker.domain.event.LeaveEvent.LeaveRequested;
import org.leavetracker.domain.event.LeaveTypeEvent.LeaveTypeCreated;
import org.leavetracker.domain.event.LeaveTypeEvent.ToilEnabled;
import org.leavetracker.domain.event.LocationEvent.LocationCreated;
import org.leavetracker.domain.event.OrganizationEvent.OrganizationCreated;
import org.leavetracker.domain.event.PersonEvent.UserAdded;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.testing.Scenario;

/** The employee's parts as given/when/then: the person's past events in, decided events (or the refusal) out. */
class EmployeeScenariosTest {

    private static final List<DayOfWeek> WEEK = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    private static final LocalDate STARTED = LocalDate.parse("2026-01-01");

    /** Ann, a member in Berlin since 1 January; Acme has PTO and a TOIL type. */
    private static Scenario ann() {
        return given(new OrganizationCreated("Acme"),
                new LocationCreated("berlin", "Berlin", "Europe/Berlin", "NONE", WEEK),
                new LeaveTypeCreated("pto", "PTO", true, true, true),
                new LeaveTypeCreated("toil", "Time off in lieu", true, true, true), new ToilEnabled("toil", 3))
                .and(new UserAdded("ann@acme.test", "Ann", Role.MEMBER), new UserMovedToLocation("berlin", STARTED));
    }

    private static Employee someone(String id, Role role) {
        return Employee.replay(id, List.of(new RecordedEvent(Scenario.ORG, id, 1, Instant.EPOCH, null, null,
                new UserAdded(id + "@acme.test", id, role)))).orElseThrow();
    }

    @Test
    void an_end_of_employment_cancels_the_requests_after_it_and_is_undone_once() {
        LocalDate lastDay = LocalDate.parse("2026-06-30");
        LeaveRequested july = new LeaveRequested("r1", "pto", LocalDate.parse("2026-07-06"),
                LocalDate.parse("2026-07-10"), HalfDay.NONE, null, null, false, List.of());
        LeaveRequested june = new LeaveRequested("r2", "pto", LocalDate.parse("2026-06-22"),
                LocalDate.parse("2026-06-23"), HalfDay.NONE, null, null, false, List.of());
        ann().and(july, june, new LeaveApproved("r2", "boss", null))
                .when((person, org, rules) -> person.endEmployment(lastDay, "admin"))
                .then(new EmploymentEnded(lastDay), new LeaveCancelled("r1", "admin", "employment ends on 2026-06-30"));
        ann().and(new EmploymentEnded(lastDay))
                .when((person, org, rules) -> person.endEmployment(lastDay, "admin")).thenNothing();
        ann().and(new EmploymentEnded(lastDay))
                .when((person, org, rules) -> person.endEmployment(lastDay.plusDays(1), "admin"))
                .thenRefused(Conflict.class, "Ann's employment already ends on 2026-06-30");
        ann().when((person, org, rules) -> person.endEmployment(STARTED.minusDays(1), "admin"))
                .thenRefused(ValidationError.class, "is before Ann started on 2026-01-01");
        ann().when((person, org, rules) -> person.endEmployment(lastDay, Scenario.PERSON))
                .thenRefused(Forbidden.class, "cannot end their own employment");
        ann().and(new EmploymentEnded(lastDay))
                .when((person, org, rules) -> person.employment().undoEnd()).then(new EmploymentEndUndone(lastDay));
        ann().when((person, org, rules) -> person.employment().undoEnd())
                .thenRefused(ValidationError.class, "has not ended");
    }

    @Test
    void a_move_on_a_date_already_in_force_decides_nothing() {
        ann().when((person, org, rules) -> person.employment().moveToLocation("berlin", STARTED)).thenNothing();
        ann().when((person, org, rules) -> person.employment().moveToLocation("paris", STARTED.plusMonths(6)))
                .then(new UserMovedToLocation("paris", STARTED.plusMonths(6)));
    }

    @Test
    void an_approver_decides_leave_and_is_removed_once() {
        ann().when((person, org, rules) -> person.approvers().assign(someone("boss", Role.APPROVER)))
                .then(new ApproverAssigned("boss"));
        ann().when((person, org, rules) -> person.approvers().assign(someone("bob", Role.MEMBER)))
                .thenRefused(ValidationError.class, "cannot approve leave");
        ann().when((person, org, rules) -> person.approvers().assign(person))
                .thenRefused(ValidationError.class, "cannot be their own approver");
        ann().and(new ApproverAssigned("boss"))
                .when((person, org, rules) -> person.approvers().remove("boss")).then(new ApproverRemoved("boss"));
        ann().and(new ApproverAssigned("boss"), new ApproverRemoved("boss"))
                .when((person, org, rules) -> person.approvers().remove("boss")).thenNothing();
        ann().when((person, org, rules) -> person.approvers().remove("boss"))
                .thenRefused(NotFound.class, "is not an approver of Ann");
    }

    @Test
    void only_an_approver_names_a_substitute_and_takes_it_back_once() {
        LocalDate from = LocalDate.parse("2026-08-01");
        LocalDate to = LocalDate.parse("2026-08-14");
        ann().when((person, org, rules) -> person.approvers().setSubstitute(someone("cy", Role.APPROVER), from, to))
                .thenRefused(Forbidden.class, "only approvers and admins name a substitute");
        given(new OrganizationCreated("Acme")).and(new UserAdded("ada@acme.test", "Ada", Role.APPROVER))
                .when((person, org, rules) -> person.approvers().setSubstitute(someone("cy", Role.APPROVER), from, to))
                .then(new SubstituteSet("cy", from, to));
        given(new OrganizationCreated("Acme")).and(new UserAdded("ada@acme.test", "Ada", Role.APPROVER),
                        new SubstituteSet("cy", from, to), new SubstituteRemoved(from))
                .when((person, org, rules) -> person.approvers().removeSubstitute(from)).thenNothing();
    }

    @Test
    void overtime_credits_at_most_one_day_a_date_and_expires_as_the_type_says() {
        LocalDate saturday = LocalDate.parse("2026-06-13");
        LocalDate today = LocalDate.parse("2026-06-15");
        ann().when((person, org, rules) -> person.credits().recordOvertime(org.leaveTypes().get("toil"), saturday,
                Days.ofHalves(1), "release", today)).then(new OvertimeRecorded("toil", saturday, Days.ofHalves(1),
                "release", LocalDate.parse("2026-09-13")));
        ann().and(new OvertimeRecorded("toil", saturday, Days.ONE, null, null))
                .when((person, org, rules) -> person.credits().recordOvertime(org.leaveTypes().get("toil"), saturday,
                        Days.ofHalves(1), null, today))
                .thenRefused(ValidationError.class, "1 day of overtime is already recorded for 2026-06-13");
        ann().when((person, org, rules) -> person.credits().recordOvertime(org.leaveTypes().get("toil"),
                today.plusDays(1), Days.ONE, null, today)).thenRefused(ValidationError.class, "is after today");
        ann().when((person, org, rules) -> person.credits().adjust(org.leaveTypes().get("pto"), 2026, Days.ZERO,
                "nothing")).thenRefused(ValidationError.class, "days must not be 0");
    }
}
