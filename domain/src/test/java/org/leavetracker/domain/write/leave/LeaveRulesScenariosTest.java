package org.leavetracker.domain.write.leave;

import static org.leavetracker.domain.testing.Scenario.PERSON;
import static org.leavetracker.domain.testing.Scenario.given;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.error.BlackoutPeriodRefused;
import org.leavetracker.domain.error.InsufficientBalance;
import org.leavetracker.domain.error.InvalidStateTransition;
import org.leavetracker.domain.error.OverlappingLeave;
import org.leavetracker.domain.event.ApprovalLineEvent.ApproverAssigned;
import org.leavetracker.domain.event.BlackoutEvent.BlackoutPeriodAdded;
import org.leavetracker.domain.event.EmploymentEvent.UserMovedToLocation;
import org.leavetracker.domain.event.LeaveEvent.ApprovalLevelPassed;
import org.leavetracker.domain.event.LeaveEvent.LeaveApproved;
import org.leavetracker.domain.event.LeaveEvent.LeaveCancelled;
import org.leavetracker.domain.event.LeaveEvent.LeaveDenied;
import org.leavetracker.domain.event.LeaveEvent.LeaveRequested;
import org.leavetracker.domain.event.LeaveTypeEvent.ApprovalChainSet;
import org.leavetracker.domain.event.LeaveTypeEvent.LeaveTypeCreated;
import org.leavetracker.domain.event.LocationEvent.LocationCreated;
import org.leavetracker.domain.event.OrganizationEvent.OrganizationCreated;
import org.leavetracker.domain.event.OrganizationEvent;
import org.leavetracker.domain.event.PersonEvent.UserAdded;
import org.leavetracker.domain.event.PolicyEvent.LeavePolicySet;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.ApprovalLevel;
import org.leavetracker.domain.model.BlackoutMode;
import org.leavetracker.domain.model.DateRange;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.testing.Scenario;
import org.leavetracker.domain.write.employee.Employee;

/** SPEC §3.4 and §3.7 as given/when/then on the Employee aggregate: past events in, decided events (or errors) out. */
class LeaveRulesScenariosTest {

    private static final List<DayOfWeek> WEEK = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    private static final LocalDate MON = LocalDate.parse("2026-07-06");
    private static final LocalDate FRI = LocalDate.parse("2026-07-10");

    /** Acme in Berlin with PTO (20 days, needs approval) and Sick (no allowance, approved at once); Ann, Boss's. */
    private static Scenario acme(OrganizationEvent... more) {
        return given(new OrganizationCreated("Acme"),
                new LocationCreated("berlin", "Berlin", "Europe/Berlin", "NONE", WEEK),
                new LeaveTypeCreated("pto", "PTO", true, true, true),
                new LeaveTypeCreated("sick", "Sick", false, false, false),
                new LeavePolicySet("p1", "berlin", "pto", LocalDate.parse("2020-01-01"), Days.of(20), Accrual.UPFRONT,
                        null, null, Days.ZERO))
                .andSettings(more)
                .and(new UserAdded("ann@acme.test", "Ann", Role.MEMBER),
                        new UserMovedToLocation("berlin", LocalDate.parse("2026-01-01")), new ApproverAssigned("boss"));
    }

    private static Scenario.PersonCommand request(String id, String type, LocalDate from, LocalDate to) {
        return (ann, org, rules) -> ann.leave().request(new NewLeave(id, org.leaveTypes().get(type),
                DateRange.of(from, to),
                HalfDay.NONE, null, null), rules);
    }

    private static Decider boss() {
        return new Decider(Employee.replay("boss", List.of(new RecordedEvent(Scenario.ORG, "boss", 1, Instant.EPOCH,
                null, null, new UserAdded("boss@acme.test", "Boss", Role.APPROVER)))).orElseThrow(), null);
    }

    private static LeaveRequested requested(String id, LocalDate from, LocalDate to) {
        return new LeaveRequested(id, "pto", from, to, HalfDay.NONE, null, null, false, List.of());
    }

    @Test
    void a_request_of_a_type_that_needs_approval_waits_and_one_that_does_not_is_approved_at_once() {
        acme().when(request("r1", "pto", MON, FRI)).then(requested("r1", MON, FRI));
        acme().when(request("r2", "sick", MON, MON)).then(
                new LeaveRequested("r2", "sick", MON, MON, HalfDay.NONE, null, null, false, List.of()),
                new LeaveApproved("r2", null, "leave type needs no approval"));
    }

    @Test
    void leave_overlapping_active_leave_or_beyond_the_balance_is_refused() {
        acme().and(requested("r1", MON, FRI)).when(request("r2", "pto", FRI, FRI.plusDays(3)))
                .thenRefused(OverlappingLeave.class, "overlap");
        acme().when(request("r3", "pto", MON, MON.plusWeeks(4).plusDays(4)))
                .thenRefused(InsufficientBalance.class, "");
    }

    @Test
    void a_blackout_refuses_or_hands_the_request_to_the_admins() {
        acme(new BlackoutPeriodAdded("b1", "berlin", MON, FRI, List.of("pto"), BlackoutMode.REFUSE))
                .when(request("r1", "pto", FRI, FRI)).thenRefused(BlackoutPeriodRefused.class, "");
        acme(new BlackoutPeriodAdded("b2", null, MON, FRI, List.of(), BlackoutMode.REQUIRE_ADMIN))
                .when(request("r2", "sick", MON, MON))
                .then(new LeaveRequested("r2", "sick", MON, MON, HalfDay.NONE, null, null, true, List.of()));
    }

    @Test
    void an_approver_approves_or_denies_a_pending_request_once() {
        acme().and(requested("r1", MON, FRI))
                .when((ann, org, rules) -> ann.leave().approve("r1", boss(), "enjoy", org.leaveTypes().get("pto"),
                        rules))
                .then(new LeaveApproved("r1", "boss", "enjoy"));
        acme().and(requested("r1", MON, FRI))
                .when((ann, org, rules) -> ann.leave().deny("r1", boss(), "busy week"))
                .then(new LeaveDenied("r1", "boss", "busy week"));
        acme().and(requested("r1", MON, FRI), new LeaveApproved("r1", "boss", null))
                .when((ann, org, rules) -> ann.leave().deny("r1", boss(), "too late"))
                .thenRefused(InvalidStateTransition.class, "APPROVED");
    }

    @Test
    void the_requester_cancels_pending_leave_and_a_chain_passes_level_by_level() {
        acme().and(requested("r1", MON, FRI))
                .when((ann, org, rules) -> ann.leave().cancel("r1", ann, LocalDate.parse("2026-06-15")))
                .then(new LeaveCancelled("r1", PERSON));
        List<ApprovalLevel> chain = List.of(new ApprovalLevel(ApprovalLevel.Kind.APPROVERS, null),
                new ApprovalLevel(ApprovalLevel.Kind.ADMINS, null));
        acme(new ApprovalChainSet("pto", chain))
                .and(new LeaveRequested("r1", "pto", MON, FRI, HalfDay.NONE, null, null, false, chain))
                .when((ann, org, rules) -> ann.leave().approve("r1", boss(), null, org.leaveTypes().get("pto"), rules))
                .then(new ApprovalLevelPassed("r1", 0, "boss", null, null));
    }

    @Test
    void a_repeated_request_with_the_same_client_id_decides_nothing() {
        acme().and(new LeaveRequested("r1", "pto", MON, FRI, HalfDay.NONE, null, "c1", false, List.of()))
                .when((ann, org, rules) -> ann.leave().request(new NewLeave("r2", org.leaveTypes().get("pto"),
                        DateRange.of(MON, FRI), HalfDay.NONE, null, "c1"), rules))
                .thenNothing();
    }
}
