package org.leavetracker.domain.read.history;

import static org.leavetracker.domain.read.history.HistoryKind.*;

import org.leavetracker.domain.event.ApprovalLineEvent;
import org.leavetracker.domain.event.ApproverGroupEvent;
import org.leavetracker.domain.event.BlackoutEvent;
import org.leavetracker.domain.event.CreditEvent;
import org.leavetracker.domain.event.DomainEvent;
import org.leavetracker.domain.event.EmployeeEvent;
import org.leavetracker.domain.event.EmploymentEvent;
import org.leavetracker.domain.event.LeaveEvent;
import org.leavetracker.domain.event.LeaveTypeEvent;
import org.leavetracker.domain.event.LocationEvent;
import org.leavetracker.domain.event.OrganizationEvent;
import org.leavetracker.domain.event.PersonEvent;
import org.leavetracker.domain.event.PolicyEvent;
import org.leavetracker.domain.event.TeamEvent;
import org.leavetracker.domain.event.CalendarEvent;
import org.leavetracker.domain.event.ProvisioningEvent;
import org.leavetracker.domain.event.WebhookEvent;
import org.leavetracker.domain.model.Days;

/**
 * Each stored event as the entry people read in a trail. The switches are exhaustive over the sealed events, so a
 * new event does not compile until it says what its entry is.
 */
public final class HistoryEntries {

    private HistoryEntries() {
    }

    public static HistoryEntry of(DomainEvent event) {
        return switch (event) {
            case EmployeeEvent e -> ofPerson(e);
            case OrganizationEvent e -> ofOrganization(e);
        };
    }

    private static HistoryEntry ofPerson(EmployeeEvent event) {
        return switch (event) {
            case PersonEvent e -> of(e);
            case EmploymentEvent e -> of(e);
            case ApprovalLineEvent e -> of(e);
            case CreditEvent e -> of(e);
            case LeaveEvent e -> of(e);
        };
    }

    private static HistoryEntry of(PersonEvent event) {
        return switch (event) {
            case PersonEvent.UserAdded e -> HistoryEntry.of(PERSON_ADDED).name(e.name()).email(e.email())
                    .role(e.role()).build();
            case PersonEvent.IdentityBound e -> HistoryEntry.of(FIRST_SIGN_IN).build();
            case PersonEvent.IdentityReleased e -> HistoryEntry.of(SIGN_IN_RELEASED).build();
            case PersonEvent.UserRoleChanged e -> HistoryEntry.of(ROLE_CHANGED).role(e.role()).build();
            case PersonEvent.UserUpdated e -> HistoryEntry.of(NAME_AND_EMAIL_CORRECTED).name(e.name())
                    .email(e.email()).build();
            case PersonEvent.CalendarTokenRotated e -> HistoryEntry.of(FEED_ADDRESSES_RENEWED).build();
            case PersonEvent.LanguageChosen e -> HistoryEntry.of(LANGUAGE_CHOSEN).text(e.language()).build();
            case PersonEvent.CalendarPreferencesSet e -> HistoryEntry.of(CALENDAR_PREFERENCES_SET).build();
            case PersonEvent.PersonalDataExported e -> HistoryEntry.of(PERSONAL_DATA_EXPORTED).build();
            case PersonEvent.PersonalDataErased e -> HistoryEntry.of(e.byRetention() ? PERSONAL_DATA_ERASED_BY_RETENTION
                    : PERSONAL_DATA_ERASED).build();
        };
    }

    private static HistoryEntry of(EmploymentEvent event) {
        return switch (event) {
            case EmploymentEvent.UserMovedToLocation e -> HistoryEntry.of(MOVED_TO_LOCATION)
                    .location(e.locationId()).from(e.effectiveDate()).build();
            case EmploymentEvent.WorkingWeekSet e -> HistoryEntry.of(WORKING_WEEK_SET).from(e.effectiveDate())
                    .workingDays(e.workingDays()).build();
            case EmploymentEvent.UserMovedToTeam e -> HistoryEntry.of(e.teamId() == null ? LEFT_TEAM : MOVED_TO_TEAM)
                    .team(e.teamId()).from(e.effectiveDate()).build();
            case EmploymentEvent.EmploymentEnded e -> HistoryEntry.of(EMPLOYMENT_ENDS).from(e.lastDay()).build();
            case EmploymentEvent.EmploymentEndUndone e -> HistoryEntry.of(EMPLOYMENT_END_TAKEN_BACK)
                    .from(e.lastDay()).build();
            case EmploymentEvent.OptionalHolidayChosen e -> HistoryEntry.of(OPTIONAL_HOLIDAY_CHOSEN).from(e.date())
                    .build();
            case EmploymentEvent.OptionalHolidayGivenBack e -> HistoryEntry.of(OPTIONAL_HOLIDAY_GIVEN_BACK)
                    .from(e.date()).build();
        };
    }

    private static HistoryEntry of(ApprovalLineEvent event) {
        return switch (event) {
            case ApprovalLineEvent.ApproverAssigned e -> HistoryEntry.of(APPROVER_NAMED).person(e.approverId())
                    .build();
            case ApprovalLineEvent.ApproverRemoved e -> HistoryEntry.of(APPROVER_TAKEN_OFF).person(e.approverId())
                    .build();
            case ApprovalLineEvent.SubstituteSet e -> HistoryEntry.of(SUBSTITUTE_NAMED).person(e.substituteId())
                    .dates(e.from(), e.to()).build();
            case ApprovalLineEvent.SubstituteRemoved e -> HistoryEntry.of(SUBSTITUTION_TAKEN_BACK).from(e.from())
                    .build();
        };
    }

    private static HistoryEntry of(CreditEvent event) {
        return switch (event) {
            case CreditEvent.BalanceAdjusted e -> HistoryEntry.of(BALANCE_CORRECTED).leaveType(e.leaveTypeId())
                    .year(e.year()).days(e.days()).text(e.note()).build();
            case CreditEvent.OvertimeRecorded e -> HistoryEntry.of(OVERTIME_CREDITED).leaveType(e.leaveTypeId())
                    .dates(e.date(), e.expiresOn()).days(e.days()).text(e.note()).build();
        };
    }

    private static HistoryEntry of(LeaveEvent event) {
        return switch (event) {
            case LeaveEvent.LeaveRequested e -> HistoryEntry.of(LEAVE_ASKED_FOR).request(e.requestId())
                    .leaveType(e.leaveTypeId()).dates(e.startDate(), e.endDate()).text(e.reason()).build();
            case LeaveEvent.PastLeaveRecorded e -> HistoryEntry.of(PAST_LEAVE_ADDED).request(e.requestId())
                    .leaveType(e.leaveTypeId()).dates(e.startDate(), e.endDate()).text(e.reason()).build();
            case LeaveEvent.ApprovalLevelPassed e -> HistoryEntry.of(LEVEL_PASSED).request(e.requestId())
                    .level(e.level()).person(e.onBehalfOf()).text(e.note()).build();
            case LeaveEvent.LeaveApproved e -> HistoryEntry.of(e.approverId() == null ? LEAVE_GRANTED_AT_ONCE
                    : LEAVE_GRANTED).request(e.requestId()).person(e.onBehalfOf()).text(e.note()).build();
            case LeaveEvent.LeaveDenied e -> HistoryEntry.of(LEAVE_REFUSED).request(e.requestId())
                    .person(e.onBehalfOf()).text(e.reason()).build();
            case LeaveEvent.LeaveCancelled e -> HistoryEntry.of(LEAVE_WITHDRAWN).request(e.requestId())
                    .text(e.reason()).build();
        };
    }

    private static HistoryEntry ofOrganization(OrganizationEvent event) {
        return switch (event) {
            case OrganizationEvent.OrganizationCreated e -> HistoryEntry.of(ORGANIZATION_FOUNDED).name(e.name())
                    .build();
            case OrganizationEvent.OrganizationRenamed e -> HistoryEntry.of(ORGANIZATION_NAMED).name(e.name())
                    .build();
            case OrganizationEvent.LeaversErased e -> HistoryEntry.of(LEAVERS_ERASED).text(String.join(", ", e.userIds()))
                    .year(e.afterYears()).build();
            case OrganizationEvent.RetentionPeriodSet e -> HistoryEntry.of(RETENTION_PERIOD_SET)
                    .text(e.years() == null ? null : e.years().toString()).build();
            case OrganizationEvent.DefaultLanguageSet e -> HistoryEntry.of(DEFAULT_LANGUAGE_SET).text(e.language())
                    .build();
            case LocationEvent e -> of(e);
            case LeaveTypeEvent e -> of(e);
            case PolicyEvent e -> of(e);
            case BlackoutEvent e -> of(e);
            case ApproverGroupEvent e -> of(e);
            case TeamEvent e -> of(e);
            case WebhookEvent e -> of(e);
            case ProvisioningEvent e -> of(e);
            case CalendarEvent.CalendarProviderConnected e -> HistoryEntry.of(CALENDAR_CONNECTED).text(e.provider())
                    .build();
            case CalendarEvent.CalendarProviderDisconnected e -> HistoryEntry.of(CALENDAR_DISCONNECTED).build();
        };
    }

    private static HistoryEntry of(LocationEvent event) {
        return switch (event) {
            case LocationEvent.LocationCreated e -> HistoryEntry.of(LOCATION_ADDED).location(e.locationId())
                    .name(e.name()).calendar(e.timeZone(), e.holidayCalendar()).workingDays(e.workingDays()).build();
            case LocationEvent.LocationUpdated e -> HistoryEntry.of(LOCATION_CORRECTED).location(e.locationId())
                    .name(e.name()).calendar(e.timeZone(), e.holidayCalendar()).build();
            case LocationEvent.LocationWorkingWeekSet e -> HistoryEntry.of(LOCATION_WEEK_SET)
                    .location(e.locationId()).from(e.effectiveDate()).workingDays(e.workingDays()).build();
            case LocationEvent.LocationArchived e -> HistoryEntry.of(LOCATION_CLOSED).location(e.locationId()).build();
            case LocationEvent.HolidayAdded e -> HistoryEntry.of(HOLIDAY_ADDED).location(e.locationId())
                    .from(e.date()).name(e.name()).build();
            case LocationEvent.HolidayRemoved e -> HistoryEntry.of(HOLIDAY_TAKEN_BACK).location(e.locationId())
                    .from(e.date()).build();
            case LocationEvent.OptionalHolidayAdded e -> HistoryEntry.of(OPTIONAL_HOLIDAY_ADDED)
                    .location(e.locationId()).from(e.date()).name(e.name()).build();
            case LocationEvent.OptionalHolidaysPerYearSet e -> HistoryEntry.of(OPTIONAL_HOLIDAYS_ALLOWED)
                    .location(e.locationId()).days(Days.of(e.perYear())).build();
        };
    }

    private static HistoryEntry of(LeaveTypeEvent event) {
        return switch (event) {
            case LeaveTypeEvent.LeaveTypeCreated e -> HistoryEntry.of(LEAVE_TYPE_ADDED).leaveType(e.leaveTypeId())
                    .name(e.name()).build();
            case LeaveTypeEvent.LeaveTypeUpdated e -> HistoryEntry.of(LEAVE_TYPE_CORRECTED)
                    .leaveType(e.leaveTypeId()).name(e.name()).build();
            case LeaveTypeEvent.LeaveTypeArchived e -> HistoryEntry.of(LEAVE_TYPE_CLOSED).leaveType(e.leaveTypeId())
                    .build();
            case LeaveTypeEvent.ApprovalChainSet e -> HistoryEntry.of(APPROVAL_CHAIN_SET).leaveType(e.leaveTypeId())
                    .build();
            case LeaveTypeEvent.ToilEnabled e -> HistoryEntry.of(TIME_OFF_IN_LIEU_ENABLED)
                    .leaveType(e.leaveTypeId()).build();
            case LeaveTypeEvent.LeaveTypeRulesSet e -> HistoryEntry.of(LEAVE_TYPE_RULES_SET)
                    .leaveType(e.leaveTypeId()).build();
        };
    }

    private static HistoryEntry of(PolicyEvent event) {
        return switch (event) {
            case PolicyEvent.LeavePolicySet e -> HistoryEntry.of(POLICY_SET).location(e.locationId())
                    .leaveType(e.leaveTypeId()).from(e.effectiveDate()).days(e.annualAllowance()).build();
            case PolicyEvent.LeavePolicyRemoved e -> HistoryEntry.of(POLICY_TAKEN_BACK).location(e.locationId())
                    .leaveType(e.leaveTypeId()).from(e.effectiveDate()).build();
        };
    }

    private static HistoryEntry of(BlackoutEvent event) {
        return switch (event) {
            case BlackoutEvent.BlackoutPeriodAdded e -> HistoryEntry.of(BLACKOUT_ADDED).location(e.locationId())
                    .dates(e.from(), e.to()).build();
            case BlackoutEvent.BlackoutPeriodRemoved e -> HistoryEntry.of(BLACKOUT_TAKEN_BACK).build();
        };
    }

    private static HistoryEntry of(ApproverGroupEvent event) {
        return switch (event) {
            case ApproverGroupEvent.ApproverGroupSet e -> HistoryEntry.of(APPROVER_GROUP_SET).name(e.name()).build();
            case ApproverGroupEvent.ApproverGroupRemoved e -> HistoryEntry.of(APPROVER_GROUP_TAKEN_BACK).build();
        };
    }

    private static HistoryEntry of(TeamEvent event) {
        return switch (event) {
            case TeamEvent.TeamCreated e -> HistoryEntry.of(TEAM_ADDED).team(e.teamId()).name(e.name()).build();
            case TeamEvent.TeamRenamed e -> HistoryEntry.of(TEAM_NAMED).team(e.teamId()).name(e.name()).build();
            case TeamEvent.TeamManagersSet e -> HistoryEntry.of(TEAM_MANAGERS_SET).team(e.teamId()).build();
        };
    }

    private static HistoryEntry of(ProvisioningEvent event) {
        return switch (event) {
            case ProvisioningEvent.ScimTokenCreated e -> HistoryEntry.of(SCIM_TOKEN_ISSUED).name(e.label()).build();
            case ProvisioningEvent.ScimTokenRevoked e -> HistoryEntry.of(SCIM_TOKEN_REVOKED).build();
            case ProvisioningEvent.ProvisioningSettingsSet e -> HistoryEntry.of(PROVISIONING_SET)
                    .location(e.defaultLocationId()).text(e.locationAttribute()).build();
        };
    }

    private static HistoryEntry of(WebhookEvent event) {
        return switch (event) {
            case WebhookEvent.WebhookRegistered e -> HistoryEntry.of(WEBHOOK_ADDED).build();
            case WebhookEvent.WebhookRemoved e -> HistoryEntry.of(WEBHOOK_TAKEN_BACK).build();
        };
    }
}
