package org.leavetracker.domain.write.organization;

import static org.leavetracker.domain.testing.Scenario.given;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.error.Conflict;
import org.leavetracker.domain.error.NotFound;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.event.ApproverGroupEvent.ApproverGroupRemoved;
import org.leavetracker.domain.event.ApproverGroupEvent.ApproverGroupSet;
import org.leavetracker.domain.event.BlackoutEvent.BlackoutPeriodAdded;
import org.leavetracker.domain.event.BlackoutEvent.BlackoutPeriodRemoved;
import org.leavetracker.domain.event.LeaveTypeEvent.ApprovalChainSet;
import org.leavetracker.domain.event.LeaveTypeEvent.LeaveTypeArchived;
import org.leavetracker.domain.event.LeaveTypeEvent.LeaveTypeCreated;
import org.leavetracker.domain.event.LeaveTypeEvent.ToilEnabled;
import org.leavetracker.domain.event.LocationEvent.HolidayAdded;
import org.leavetracker.domain.event.LocationEvent.HolidayRemoved;
import org.leavetracker.domain.event.LocationEvent.LocationCreated;
import org.leavetracker.domain.event.OrganizationEvent.OrganizationCreated;
import org.leavetracker.domain.event.PolicyEvent.LeavePolicyRemoved;
import org.leavetracker.domain.event.PolicyEvent.LeavePolicySet;
import org.leavetracker.domain.event.TeamEvent.TeamCreated;
import org.leavetracker.domain.event.TeamEvent.TeamRenamed;
import org.leavetracker.domain.event.WebhookEvent.WebhookRegistered;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.ApprovalLevel;
import org.leavetracker.domain.model.BlackoutMode;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.LeaveUnit;
import org.leavetracker.domain.testing.Scenario;

/** The organization's parts as given/when/then: past settings in, decided events (or the refusal) out. */
class OrganizationSettingsScenariosTest {

    private static final List<DayOfWeek> WEEK = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    private static final LocalDate NEW_YEAR = LocalDate.parse("2026-01-01");
    private static final LocalDate MAY_DAY = LocalDate.parse("2026-05-01");

    /** Acme with Berlin and PTO, its policy from 1 January. */
    private static Scenario acme() {
        return given(new OrganizationCreated("Acme"),
                new LocationCreated("berlin", "Berlin", "Europe/Berlin", "NONE", WEEK),
                new LeaveTypeCreated("pto", "PTO", true, true, true),
                new LeaveTypeCreated("sick", "Sick", false, false, false),
                new LeavePolicySet("p1", "berlin", "pto", NEW_YEAR, Days.of(25), Accrual.UPFRONT, null, null,
                        Days.ZERO));
    }

    @Test
    void a_location_is_created_once_and_a_retry_with_the_same_settings_decides_nothing() {
        acme().whenSettings((org, calendars) -> org.locations().create("paris", "Paris", "Europe/Paris", "NONE",
                WEEK, calendars)).then(new LocationCreated("paris", "Paris", "Europe/Paris", "NONE", WEEK, null));
        acme().whenSettings((org, calendars) -> org.locations().create("x", "berlin", "Europe/Berlin", "NONE", WEEK,
                calendars)).thenNothing();
        acme().whenSettings((org, calendars) -> org.locations().create("x", "BERLIN", "Europe/Paris", "NONE", WEEK,
                calendars)).thenRefused(Conflict.class, "a location named 'BERLIN' already exists");
        acme().whenSettings((org, calendars) -> org.locations().create("x", "Mars", "Olympus", "NONE", WEEK,
                calendars)).thenRefused(ValidationError.class, "IANA time zone");
    }

    @Test
    void a_custom_holiday_is_added_and_taken_back_and_a_repeated_removal_decides_nothing() {
        acme().whenSettings((org, c) -> org.locations().addHoliday("berlin", MAY_DAY, "Labour Day"))
                .then(new HolidayAdded("berlin", MAY_DAY, "Labour Day"));
        acme().andSettings(new HolidayAdded("berlin", MAY_DAY, "Labour Day"))
                .whenSettings((org, c) -> org.locations().removeHoliday("berlin", MAY_DAY))
                .then(new HolidayRemoved("berlin", MAY_DAY));
        acme().andSettings(new HolidayAdded("berlin", MAY_DAY, "Labour Day"), new HolidayRemoved("berlin", MAY_DAY))
                .whenSettings((org, c) -> org.locations().removeHoliday("berlin", MAY_DAY)).thenNothing();
        acme().whenSettings((org, c) -> org.locations().removeHoliday("berlin", MAY_DAY))
                .thenRefused(NotFound.class, "no custom holiday on 2026-05-01 in Berlin");
        acme().whenSettings((org, c) -> org.locations().addHoliday("paris", MAY_DAY, "Labour Day"))
                .thenRefused(NotFound.class, "no location with id paris");
    }

    @Test
    void a_leave_type_counts_hours_without_half_days_and_only_a_type_with_a_balance_becomes_time_off_in_lieu() {
        acme().whenSettings((org, c) -> org.leaveTypes().create("dr", "Doctor", true, true, true, LeaveUnit.HOURS))
                .thenRefused(ValidationError.class, "an hourly leave type counts hours");
        acme().whenSettings((org, c) -> org.leaveTypes().enableToil("sick", 3))
                .thenRefused(ValidationError.class, "has no balance");
        acme().whenSettings((org, c) -> org.leaveTypes().enableToil("pto", 3)).then(new ToilEnabled("pto", 3));
        acme().andSettings(new ToilEnabled("pto", 3)).whenSettings((org, c) -> org.leaveTypes().enableToil("pto", 3))
                .thenNothing();
        acme().andSettings(new LeaveTypeArchived("pto"))
                .whenSettings((org, c) -> org.leaveTypes().archive("pto")).thenNothing();
    }

    @Test
    void an_approval_chain_names_existing_groups_and_a_group_a_chain_names_cannot_be_removed() {
        List<ApprovalLevel> chain = List.of(ApprovalLevel.SINGLE.getFirst(),
                new ApprovalLevel(ApprovalLevel.Kind.GROUP, "hr"));
        acme().whenSettings((org, c) -> org.leaveTypes().setApprovalChain("pto", chain))
                .thenRefused(NotFound.class, "no approver group with id hr");
        Scenario withGroup = acme().andSettings(new ApproverGroupSet("hr", "HR", List.of("ada")));
        withGroup.whenSettings((org, c) -> org.leaveTypes().setApprovalChain("pto", chain))
                .then(new ApprovalChainSet("pto", chain));
        acme().andSettings(new ApproverGroupSet("hr", "HR", List.of("ada")), new ApprovalChainSet("pto", chain))
                .whenSettings((org, c) -> org.approverGroups().remove("hr"))
                .thenRefused(ValidationError.class, "is named in the approval chain of PTO");
        withGroup.whenSettings((org, c) -> org.approverGroups().remove("hr")).then(new ApproverGroupRemoved("hr"));
        acme().andSettings(new ApproverGroupSet("hr", "HR", List.of("ada")), new ApproverGroupRemoved("hr"))
                .whenSettings((org, c) -> org.approverGroups().remove("hr")).thenNothing();
    }

    @Test
    void a_policy_set_again_on_its_date_keeps_its_id_and_a_removal_answers_once() {
        acme().whenSettings((org, c) -> org.policies().set("p2", "berlin", "pto", NEW_YEAR, Days.of(28),
                Accrual.UPFRONT, null, null, null)).then(new LeavePolicySet("p1", "berlin", "pto", NEW_YEAR,
                Days.of(28), Accrual.UPFRONT, null, null, Days.ZERO));
        acme().whenSettings((org, c) -> org.policies().set("p2", "berlin", "pto", NEW_YEAR, Days.of(-1),
                Accrual.UPFRONT, null, null, null)).thenRefused(ValidationError.class, "annualAllowanceDays");
        acme().whenSettings((org, c) -> org.policies().remove("berlin", "pto", NEW_YEAR))
                .then(new LeavePolicyRemoved("p1", "berlin", "pto", NEW_YEAR));
        acme().andSettings(new LeavePolicyRemoved("p1", "berlin", "pto", NEW_YEAR))
                .whenSettings((org, c) -> org.policies().remove("berlin", "pto", NEW_YEAR)).thenNothing();
    }

    @Test
    void blackouts_teams_and_webhooks_decide_over_their_own_state() {
        LocalDate from = LocalDate.parse("2026-12-21");
        LocalDate to = LocalDate.parse("2026-12-31");
        acme().whenSettings((org, c) -> org.blackouts().add("b1", "berlin", from, to, List.of("pto", "pto"),
                BlackoutMode.REFUSE)).then(new BlackoutPeriodAdded("b1", "berlin", from, to, List.of("pto"),
                BlackoutMode.REFUSE));
        acme().andSettings(new BlackoutPeriodAdded("b1", null, from, to, List.of(), BlackoutMode.REFUSE),
                        new BlackoutPeriodRemoved("b1"))
                .whenSettings((org, c) -> org.blackouts().remove("b1")).thenNothing();
        acme().andSettings(new TeamCreated("t1", "Platform"))
                .whenSettings((org, c) -> org.teams().create("t2", "platform")).thenNothing();
        acme().andSettings(new TeamCreated("t1", "Platform"), new TeamCreated("t2", "Data"))
                .whenSettings((org, c) -> org.teams().rename("t2", "PLATFORM"))
                .thenRefused(Conflict.class, "a team named 'PLATFORM' already exists");
        acme().andSettings(new TeamCreated("t1", "Platform"))
                .whenSettings((org, c) -> org.teams().rename("t1", "Platform team"))
                .then(new TeamRenamed("t1", "Platform team"));
        acme().whenSettings((org, c) -> org.webhooks().register("w1", java.net.URI.create("https://hooks.test/x"),
                List.of("NotAnEvent"))).thenRefused(ValidationError.class, "is not an event type webhooks receive");
        acme().andSettings(new WebhookRegistered("w1", "https://hooks.test/x", List.of("LeaveApproved")))
                .whenSettings((org, c) -> org.webhooks().remove("w2")).thenRefused(NotFound.class, "no webhook");
    }
}
