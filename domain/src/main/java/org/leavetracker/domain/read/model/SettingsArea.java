package org.leavetracker.domain.read.model;

import java.util.Optional;

import org.leavetracker.domain.event.ApprovalLineEvent;
import org.leavetracker.domain.event.ApproverGroupEvent;
import org.leavetracker.domain.event.BlackoutEvent;
import org.leavetracker.domain.event.DomainEvent;
import org.leavetracker.domain.event.EmployeeEvent;
import org.leavetracker.domain.event.EmploymentEvent;
import org.leavetracker.domain.event.LeaveTypeEvent;
import org.leavetracker.domain.event.LocationEvent;
import org.leavetracker.domain.event.OrganizationEvent;
import org.leavetracker.domain.event.PersonEvent;
import org.leavetracker.domain.event.PolicyEvent;
import org.leavetracker.domain.event.TeamEvent;
import org.leavetracker.domain.event.CalendarEvent;
import org.leavetracker.domain.event.ProvisioningEvent;
import org.leavetracker.domain.event.WebhookEvent;

/**
 * The part of an organization's set-up an event changed, announced live so that every open admin screen reloads
 * what it shows of it. The announcement carries no data: each client reads again with its own permissions.
 */
public enum SettingsArea {
    ORGANIZATION, LOCATIONS, LEAVE_TYPES, POLICIES, PEOPLE, TEAMS, WORKFLOW, INTEGRATIONS;

    /** Empty for leave and balance events (announced as requests and balances) and for private ones. */
    public static Optional<SettingsArea> of(DomainEvent event) {
        return Optional.ofNullable(switch (event) {
            case OrganizationEvent e -> of(e);
            case EmployeeEvent e -> of(e);
        });
    }

    private static SettingsArea of(OrganizationEvent event) {
        // exhaustive: a new organization event does not compile until it names its area
        return switch (event) {
            case OrganizationEvent.OrganizationCreated e -> ORGANIZATION;
            case OrganizationEvent.OrganizationRenamed e -> ORGANIZATION;
            case OrganizationEvent.DefaultLanguageSet e -> ORGANIZATION;
            case OrganizationEvent.RetentionPeriodSet e -> ORGANIZATION;
            case OrganizationEvent.LeaversErased e -> ORGANIZATION;
            case LocationEvent.LocationCreated e -> LOCATIONS;
            case LocationEvent.LocationUpdated e -> LOCATIONS;
            case LocationEvent.LocationWorkingWeekSet e -> LOCATIONS;
            case LocationEvent.LocationArchived e -> LOCATIONS;
            case LocationEvent.HolidayAdded e -> LOCATIONS;
            case LocationEvent.HolidayRemoved e -> LOCATIONS;
            case LocationEvent.OptionalHolidayAdded e -> LOCATIONS;
            case LocationEvent.OptionalHolidaysPerYearSet e -> LOCATIONS;
            case LeaveTypeEvent.LeaveTypeCreated e -> LEAVE_TYPES;
            case LeaveTypeEvent.LeaveTypeUpdated e -> LEAVE_TYPES;
            case LeaveTypeEvent.LeaveTypeArchived e -> LEAVE_TYPES;
            case LeaveTypeEvent.ToilEnabled e -> LEAVE_TYPES;
            case LeaveTypeEvent.LeaveTypeRulesSet e -> LEAVE_TYPES;
            case PolicyEvent.LeavePolicySet e -> POLICIES;
            case PolicyEvent.LeavePolicyRemoved e -> POLICIES;
            case TeamEvent.TeamCreated e -> TEAMS;
            case TeamEvent.TeamRenamed e -> TEAMS;
            case TeamEvent.TeamManagersSet e -> TEAMS;
            case BlackoutEvent.BlackoutPeriodAdded e -> WORKFLOW;
            case BlackoutEvent.BlackoutPeriodRemoved e -> WORKFLOW;
            case ApproverGroupEvent.ApproverGroupSet e -> WORKFLOW;
            case ApproverGroupEvent.ApproverGroupRemoved e -> WORKFLOW;
            case LeaveTypeEvent.ApprovalChainSet e -> WORKFLOW;
            case WebhookEvent.WebhookRegistered e -> INTEGRATIONS;
            case WebhookEvent.WebhookRemoved e -> INTEGRATIONS;
            case ProvisioningEvent.ScimTokenCreated e -> INTEGRATIONS;
            case ProvisioningEvent.ScimTokenRevoked e -> INTEGRATIONS;
            case ProvisioningEvent.ProvisioningSettingsSet e -> INTEGRATIONS;
            case CalendarEvent.CalendarProviderConnected e -> INTEGRATIONS;
            case CalendarEvent.CalendarProviderDisconnected e -> INTEGRATIONS;
        };
    }

    private static SettingsArea of(EmployeeEvent event) {
        return switch (event) {
            case PersonEvent.UserAdded e -> PEOPLE;
            case PersonEvent.UserUpdated e -> PEOPLE;
            case PersonEvent.UserRoleChanged e -> PEOPLE;
            case EmploymentEvent.UserMovedToLocation e -> PEOPLE;
            case EmploymentEvent.UserMovedToTeam e -> PEOPLE;
            case EmploymentEvent.WorkingWeekSet e -> PEOPLE;
            case ApprovalLineEvent.ApproverAssigned e -> PEOPLE;
            case ApprovalLineEvent.ApproverRemoved e -> PEOPLE;
            case ApprovalLineEvent.SubstituteSet e -> PEOPLE;
            case ApprovalLineEvent.SubstituteRemoved e -> PEOPLE;
            case EmploymentEvent.EmploymentEnded e -> PEOPLE;
            case EmploymentEvent.EmploymentEndUndone e -> PEOPLE;
            default -> null;
        };
    }
}
