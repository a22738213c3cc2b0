package org.leavetracker.domain.readmodel;

import java.util.Optional;

import org.leavetracker.domain.event.DomainEvent;
import org.leavetracker.domain.event.EmployeeEvent;
import org.leavetracker.domain.event.OrganizationEvent;

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
            case OrganizationEvent.LocationCreated e -> LOCATIONS;
            case OrganizationEvent.LocationUpdated e -> LOCATIONS;
            case OrganizationEvent.LocationWorkingWeekSet e -> LOCATIONS;
            case OrganizationEvent.LocationArchived e -> LOCATIONS;
            case OrganizationEvent.HolidayAdded e -> LOCATIONS;
            case OrganizationEvent.HolidayRemoved e -> LOCATIONS;
            case OrganizationEvent.LeaveTypeCreated e -> LEAVE_TYPES;
            case OrganizationEvent.LeaveTypeUpdated e -> LEAVE_TYPES;
            case OrganizationEvent.LeaveTypeArchived e -> LEAVE_TYPES;
            case OrganizationEvent.ToilEnabled e -> LEAVE_TYPES;
            case OrganizationEvent.LeavePolicySet e -> POLICIES;
            case OrganizationEvent.LeavePolicyRemoved e -> POLICIES;
            case OrganizationEvent.TeamCreated e -> TEAMS;
            case OrganizationEvent.TeamRenamed e -> TEAMS;
            case OrganizationEvent.TeamManagersSet e -> TEAMS;
            case OrganizationEvent.BlackoutPeriodAdded e -> WORKFLOW;
            case OrganizationEvent.BlackoutPeriodRemoved e -> WORKFLOW;
            case OrganizationEvent.ApproverGroupSet e -> WORKFLOW;
            case OrganizationEvent.ApproverGroupRemoved e -> WORKFLOW;
            case OrganizationEvent.ApprovalChainSet e -> WORKFLOW;
            case OrganizationEvent.WebhookRegistered e -> INTEGRATIONS;
            case OrganizationEvent.WebhookRemoved e -> INTEGRATIONS;
        };
    }

    private static SettingsArea of(EmployeeEvent event) {
        return switch (event) {
            case EmployeeEvent.UserAdded e -> PEOPLE;
            case EmployeeEvent.UserUpdated e -> PEOPLE;
            case EmployeeEvent.UserRoleChanged e -> PEOPLE;
            case EmployeeEvent.UserMovedToLocation e -> PEOPLE;
            case EmployeeEvent.UserMovedToTeam e -> PEOPLE;
            case EmployeeEvent.WorkingWeekSet e -> PEOPLE;
            case EmployeeEvent.ApproverAssigned e -> PEOPLE;
            case EmployeeEvent.ApproverRemoved e -> PEOPLE;
            case EmployeeEvent.SubstituteSet e -> PEOPLE;
            case EmployeeEvent.SubstituteRemoved e -> PEOPLE;
            case EmployeeEvent.EmploymentEnded e -> PEOPLE;
            case EmployeeEvent.EmploymentEndUndone e -> PEOPLE;
            default -> null;
        };
    }
}
