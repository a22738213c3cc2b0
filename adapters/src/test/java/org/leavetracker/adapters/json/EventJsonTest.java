package org.leavetracker.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leavetracker.domain.event.DomainEvent;
import org.leavetracker.domain.event.EmployeeEvent;
import org.leavetracker.domain.event.LeaveEvent;
import org.leavetracker.domain.event.CreditEvent;
import org.leavetracker.domain.event.ApprovalLineEvent;
import org.leavetracker.domain.event.EmploymentEvent;
import org.leavetracker.domain.event.PersonEvent;
import org.leavetracker.domain.event.OrganizationEvent;
import org.leavetracker.domain.event.ProvisioningEvent;
import org.leavetracker.domain.event.WebhookEvent;
import org.leavetracker.domain.event.ApproverGroupEvent;
import org.leavetracker.domain.event.BlackoutEvent;
import org.leavetracker.domain.event.PolicyEvent;
import org.leavetracker.domain.event.LeaveTypeEvent;
import org.leavetracker.domain.event.LocationEvent;
import org.leavetracker.domain.event.PayloadUpcaster;
import org.leavetracker.domain.model.ApprovalLevel;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.BlackoutMode;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.TenureStep;
import org.leavetracker.domain.model.LeaveUnit;
import org.leavetracker.domain.model.Role;

class EventJsonTest {

    private final EventJson json = new EventJson();

    static Stream<DomainEvent> everyEventType() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        return Stream.of(
                new OrganizationEvent.OrganizationCreated("Acme"),
                new LocationEvent.LocationCreated("l1", "Berlin", "Europe/Berlin", "DE-BY",
                        List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)),
                new LocationEvent.HolidayAdded("l1", day, "Founders' day"),
                new LeaveTypeEvent.LeaveTypeCreated("t1", "Vacation", true, true, false),
                new PolicyEvent.LeavePolicySet("p1", "l1", "t1", day, Days.ofHalves(45), Accrual.MONTHLY,
                        Days.of(5), 3, Days.HALF),
                new PolicyEvent.LeavePolicySet("p2", "l1", "t1", day, Days.of(20), Accrual.UPFRONT, null, null,
                        Days.ZERO),
                new PersonEvent.UserAdded("a@acme.test", "Ann", Role.ADMIN),
                new PersonEvent.UserRoleChanged(Role.APPROVER),
                new EmploymentEvent.UserMovedToLocation("l1", day),
                new EmploymentEvent.WorkingWeekSet(List.of(DayOfWeek.TUESDAY), day),
                new ApprovalLineEvent.ApproverAssigned("u2"),
                new CreditEvent.BalanceAdjusted("t1", 2026, Days.ofHalves(-3), "correction"),
                new LeaveEvent.LeaveRequested("u1.r1", "t1", day, day, HalfDay.AFTERNOON, "dentist", "c-1"),
                new LeaveEvent.LeaveRequested("u1.r2", "t1", day, day.plusDays(4), HalfDay.NONE, null, null),
                new LeaveEvent.LeaveApproved("u1.r1", null, null),
                new LeaveEvent.LeaveDenied("u1.r1", "u2", "busy"),
                new LeaveEvent.LeaveCancelled("u1.r1", "u1"),
                new LeaveEvent.PastLeaveRecorded("u1.r3", "t1", day, day, HalfDay.MORNING, null),
                new LeaveEvent.LeaveRequested("u1.r4", "t1", day, day, HalfDay.NONE, null, null, true),
                new PersonEvent.CalendarTokenRotated("9f86d081884c7d659a2feaa0c55ad015"),
                new PersonEvent.LanguageChosen("de"),
                new PersonEvent.LanguageChosen(null),
                new org.leavetracker.domain.event.OrganizationEvent.DefaultLanguageSet("fr"),
                new PersonEvent.CalendarPreferencesSet(false, true),
                new PersonEvent.PersonalDataExported(),
                new PersonEvent.PersonalDataErased(true),
                new org.leavetracker.domain.event.OrganizationEvent.RetentionPeriodSet(7),
                new org.leavetracker.domain.event.OrganizationEvent.LeaversErased(List.of("u7", "u8"), 7),
                new org.leavetracker.domain.event.CalendarEvent.CalendarProviderConnected("GOOGLE_WORKSPACE",
                        "Away until {lastDay}"),
                new org.leavetracker.domain.event.CalendarEvent.CalendarProviderDisconnected(),
                new ApprovalLineEvent.SubstituteSet("u3", day, day.plusDays(13)),
                new LeaveEvent.ApprovalLevelPassed("r1", 0, "u2", "fine by me", null),
                new LeaveEvent.LeaveRequested("r9", "t1", day, day, HalfDay.NONE, null, null, false,
                        List.of(new ApprovalLevel(ApprovalLevel.Kind.APPROVERS, null),
                                new ApprovalLevel(ApprovalLevel.Kind.GROUP, "g1"),
                                new ApprovalLevel(ApprovalLevel.Kind.ADMINS, null))),
                new ApproverGroupEvent.ApproverGroupSet("g1", "HR", List.of("u2", "u3")),
                new WebhookEvent.WebhookRegistered("w1", "https://hooks.example.com/leave",
                        List.of("LeaveApproved", "LeaveCancelled")),
                new WebhookEvent.WebhookRemoved("w1"),
                new ProvisioningEvent.ScimTokenCreated("k1", "Okta", "ab12"),
                new ProvisioningEvent.ScimTokenRevoked("k1"),
                new ProvisioningEvent.ProvisioningSettingsSet("l1", "addresses[type eq \"work\"].locality",
                        "urn:ietf:params:scim:schemas:extension:acme:2.0:User:hireDate", true),
                new LeaveTypeEvent.ToilEnabled("t1", 3),
                new LeaveTypeEvent.LeaveTypeCreated("t3", "Appointments", true, false, false, LeaveUnit.HOURS),
                new LocationEvent.LocationCreated("l3", "Vienna", "Europe/Vienna", "AT",
                        List.of(DayOfWeek.MONDAY), Days.ofDecimal(7.5, "h")),
                new EmploymentEvent.WorkingWeekSet(List.of(DayOfWeek.TUESDAY), day, Days.of(6)),
                new EmploymentEvent.WorkingWeekSet(List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), day, Days.of(8),
                        java.util.Map.of(DayOfWeek.FRIDAY, Days.ofDecimal(4.5, "h"))),
                new LeaveEvent.LeaveRequested("u1.r7", "t3", day, day, HalfDay.NONE, null, null, false, List.of(),
                        java.time.LocalTime.of(9, 0), java.time.LocalTime.of(11, 30)),
                new LeaveEvent.LeaveRequested("u1.r8", "t1", day, day.plusDays(2), HalfDay.NONE, null, null, false,
                        List.of(), null, null, HalfDay.AFTERNOON, HalfDay.MORNING),
                new LeaveEvent.PastLeaveRecorded("u1.r9", "t1", day, day.plusDays(1), HalfDay.NONE, null,
                        HalfDay.NONE, HalfDay.MORNING),
                new LeaveTypeEvent.ToilEnabled("t2", null),
                new LeaveTypeEvent.LeaveTypeRulesSet("t1", true, 10, 14, 90, Days.ofDecimal(30.5, "d")),
                new LeaveTypeEvent.LeaveTypeRulesSet("t2", false, null, null, null, null),
                new LocationEvent.OptionalHolidayAdded("l1", day, "Summer day"),
                new LocationEvent.OptionalHolidaysPerYearSet("l1", 2),
                new EmploymentEvent.OptionalHolidayChosen(day),
                new EmploymentEvent.OptionalHolidayGivenBack(day),
                new PolicyEvent.LeavePolicySet("p9", "l1", "t1", day, Days.of(25), Accrual.UPFRONT, Days.of(5), 3,
                        Days.ZERO, List.of(new TenureStep(5, Days.of(2)), new TenureStep(10, Days.HALF)), Days.of(3)),
                new CreditEvent.OvertimeRecorded("t1", day, Days.HALF, "Saturday release", day.plusMonths(3)),
                new CreditEvent.OvertimeRecorded("t1", day, Days.ONE, null, null),
                new LeaveTypeEvent.ApprovalChainSet("t1", List.of(new ApprovalLevel(ApprovalLevel.Kind.GROUP,
                        "g1"))),
                new LeaveEvent.LeaveApproved("u1.r4", "u3", "ok", "u2"),
                new LeaveEvent.LeaveDenied("u1.r5", "u3", null, "u2"),
                new BlackoutEvent.BlackoutPeriodAdded("b1", "l1", day, day.plusDays(4), List.of("t1"),
                        BlackoutMode.REQUIRE_ADMIN),
                new BlackoutEvent.BlackoutPeriodAdded("b2", null, day, day, List.of(), BlackoutMode.REFUSE));
    }

    @Test
    void a_leave_request_stored_before_blackout_periods_existed_needs_no_admin() {
        DomainEvent old = json.read(LeaveEvent.LeaveRequested.TYPE, 1, """
                {"requestId":"u1.r1","leaveTypeId":"t1","startDate":"2026-03-02","endDate":"2026-03-02",
                 "halfDay":"NONE","reason":null,"clientRequestId":null}""");
        assertThat(((LeaveEvent.LeaveRequested) old).adminApprovalRequired()).isFalse();
    }

    @Test
    void leave_stored_before_half_days_at_its_ends_has_whole_first_and_last_dates() {
        LeaveEvent.LeaveRequested requested = (LeaveEvent.LeaveRequested) json.read(LeaveEvent.LeaveRequested.TYPE, 1,
                """
                {"requestId":"u1.r1","leaveTypeId":"t1","startDate":"2026-03-02","endDate":"2026-03-04",
                 "halfDay":"NONE","reason":null,"clientRequestId":null,"startTime":null,"endTime":null}""");
        LeaveEvent.PastLeaveRecorded recorded = (LeaveEvent.PastLeaveRecorded) json.read(
                LeaveEvent.PastLeaveRecorded.TYPE, 1, """
                {"requestId":"u1.r2","leaveTypeId":"t1","startDate":"2026-03-02","endDate":"2026-03-04",
                 "halfDay":"NONE","reason":null}""");
        assertThat(List.of(requested.startHalf(), requested.endHalf(), recorded.startHalf(), recorded.endHalf()))
                .containsOnly(HalfDay.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEventType")
    void every_event_type_survives_a_round_trip_through_json(DomainEvent event) {
        String stored = json.write(event);
        assertThat(json.read(event.type(), EventCatalog.versionOf(event.type()), stored)).isEqualTo(event);
    }

    @Test
    void the_catalog_names_every_event_record_once_under_its_stable_type() {
        List<Class<?>> records = Stream.of(OrganizationEvent.class, EmployeeEvent.class)
                .flatMap(EventJsonTest::recordsPermittedBy).toList();
        assertThat(EventCatalog.types().values()).containsExactlyInAnyOrderElementsOf(
                records.stream().map(c -> (Class<? extends DomainEvent>) c.asSubclass(DomainEvent.class)).toList());
        everyEventType().forEach(e -> assertThat(EventCatalog.recordOf(e.type())).isEqualTo(e.getClass()));
    }

    /** The event records under a sealed interface, through the capabilities' own sealed interfaces. */
    private static Stream<Class<?>> recordsPermittedBy(Class<?> sealed) {
        return Arrays.stream(sealed.getPermittedSubclasses())
                .flatMap(c -> c.isSealed() ? recordsPermittedBy(c) : Stream.of(c));
    }

    @Test
    void amounts_of_days_are_stored_as_decimal_numbers_and_dates_as_iso_strings() {
        String stored = json.write(new CreditEvent.BalanceAdjusted("t1", 2026, Days.ofHalves(5), "n"));
        assertThat(stored).contains("\"days\":2.5");
        assertThat(json.write(new EmploymentEvent.UserMovedToLocation("l1", LocalDate.of(2026, 3, 2))))
                .contains("\"effectiveDate\":\"2026-03-02\"");
    }

    @Test
    void an_older_stored_version_is_read_through_its_upcaster() {
        // Suppose v0 of UserMovedToLocation stored the date under "from": an upcaster renames it.
        PayloadUpcaster renameFrom = new PayloadUpcaster() {
            public String type() {
                return "UserMovedToLocation";
            }

            public int fromVersion() {
                return 0;
            }

            public Map<String, Object> upcast(Map<String, Object> fields) {
                Map<String, Object> next = new HashMap<>(fields);
                next.put("effectiveDate", next.remove("from"));
                return next;
            }
        };
        EventJson withUpcaster = new EventJson(List.of(renameFrom));

        DomainEvent read = withUpcaster.read("UserMovedToLocation", 0,
                "{\"locationId\":\"l9\",\"from\":\"2025-01-01\"}");

        assertThat(read).isEqualTo(new EmploymentEvent.UserMovedToLocation("l9", LocalDate.of(2025, 1, 1)));
    }
}
