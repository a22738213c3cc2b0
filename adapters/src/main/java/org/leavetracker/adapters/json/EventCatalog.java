package org.leavetracker.adapters.json;

import java.util.LinkedHashMap;
import java.util.Map;

import org.leavetracker.domain.event.DomainEvent;
import org.leavetracker.domain.event.EmployeeEvent;
import org.leavetracker.domain.event.OrganizationEvent;

/**
 * Stored event names and the records they map to, written out by hand: a stored name never depends on a Java
 * class name, so renaming or moving a class cannot break the reading of history.
 */
public final class EventCatalog {

    private static final Map<String, Class<? extends DomainEvent>> TYPES = new LinkedHashMap<>();

    static {
        register(OrganizationEvent.OrganizationCreated.TYPE, OrganizationEvent.OrganizationCreated.class);
        register(OrganizationEvent.LocationCreated.TYPE, OrganizationEvent.LocationCreated.class);
        register(OrganizationEvent.HolidayAdded.TYPE, OrganizationEvent.HolidayAdded.class);
        register(OrganizationEvent.HolidayRemoved.TYPE, OrganizationEvent.HolidayRemoved.class);
        register(OrganizationEvent.OrganizationRenamed.TYPE, OrganizationEvent.OrganizationRenamed.class);
        register(EmployeeEvent.ApproverRemoved.TYPE, EmployeeEvent.ApproverRemoved.class);
        register(OrganizationEvent.BlackoutPeriodRemoved.TYPE, OrganizationEvent.BlackoutPeriodRemoved.class);
        register(OrganizationEvent.LocationUpdated.TYPE, OrganizationEvent.LocationUpdated.class);
        register(OrganizationEvent.LocationWorkingWeekSet.TYPE, OrganizationEvent.LocationWorkingWeekSet.class);
        register(OrganizationEvent.LocationArchived.TYPE, OrganizationEvent.LocationArchived.class);
        register(OrganizationEvent.LeaveTypeUpdated.TYPE, OrganizationEvent.LeaveTypeUpdated.class);
        register(OrganizationEvent.LeaveTypeArchived.TYPE, OrganizationEvent.LeaveTypeArchived.class);
        register(OrganizationEvent.LeavePolicyRemoved.TYPE, OrganizationEvent.LeavePolicyRemoved.class);
        register(OrganizationEvent.ApproverGroupRemoved.TYPE, OrganizationEvent.ApproverGroupRemoved.class);
        register(OrganizationEvent.LeaveTypeCreated.TYPE, OrganizationEvent.LeaveTypeCreated.class);
        register(OrganizationEvent.LeavePolicySet.TYPE, OrganizationEvent.LeavePolicySet.class);
        register(OrganizationEvent.BlackoutPeriodAdded.TYPE, OrganizationEvent.BlackoutPeriodAdded.class);
        register(EmployeeEvent.UserAdded.TYPE, EmployeeEvent.UserAdded.class);
        register(EmployeeEvent.UserRoleChanged.TYPE, EmployeeEvent.UserRoleChanged.class);
        register(EmployeeEvent.IdentityBound.TYPE, EmployeeEvent.IdentityBound.class);
        register(EmployeeEvent.UserMovedToLocation.TYPE, EmployeeEvent.UserMovedToLocation.class);
        register(EmployeeEvent.WorkingWeekSet.TYPE, EmployeeEvent.WorkingWeekSet.class);
        register(EmployeeEvent.ApproverAssigned.TYPE, EmployeeEvent.ApproverAssigned.class);
        register(EmployeeEvent.BalanceAdjusted.TYPE, EmployeeEvent.BalanceAdjusted.class);
        register(EmployeeEvent.LeaveRequested.TYPE, EmployeeEvent.LeaveRequested.class);
        register(EmployeeEvent.LeaveApproved.TYPE, EmployeeEvent.LeaveApproved.class);
        register(EmployeeEvent.LeaveDenied.TYPE, EmployeeEvent.LeaveDenied.class);
        register(EmployeeEvent.LeaveCancelled.TYPE, EmployeeEvent.LeaveCancelled.class);
        register(EmployeeEvent.PastLeaveRecorded.TYPE, EmployeeEvent.PastLeaveRecorded.class);
        register(EmployeeEvent.CalendarTokenRotated.TYPE, EmployeeEvent.CalendarTokenRotated.class);
        register(EmployeeEvent.SubstituteSet.TYPE, EmployeeEvent.SubstituteSet.class);
        register(EmployeeEvent.ApprovalLevelPassed.TYPE, EmployeeEvent.ApprovalLevelPassed.class);
        register(OrganizationEvent.ApproverGroupSet.TYPE, OrganizationEvent.ApproverGroupSet.class);
        register(OrganizationEvent.ApprovalChainSet.TYPE, OrganizationEvent.ApprovalChainSet.class);
        register(OrganizationEvent.WebhookRegistered.TYPE, OrganizationEvent.WebhookRegistered.class);
        register(OrganizationEvent.WebhookRemoved.TYPE, OrganizationEvent.WebhookRemoved.class);
        register(OrganizationEvent.ToilEnabled.TYPE, OrganizationEvent.ToilEnabled.class);
        register(EmployeeEvent.OvertimeRecorded.TYPE, EmployeeEvent.OvertimeRecorded.class);
        register(EmployeeEvent.UserUpdated.TYPE, EmployeeEvent.UserUpdated.class);
        register(EmployeeEvent.UserMovedToTeam.TYPE, EmployeeEvent.UserMovedToTeam.class);
        register(EmployeeEvent.EmploymentEnded.TYPE, EmployeeEvent.EmploymentEnded.class);
        register(EmployeeEvent.EmploymentEndUndone.TYPE, EmployeeEvent.EmploymentEndUndone.class);
        register(OrganizationEvent.TeamCreated.TYPE, OrganizationEvent.TeamCreated.class);
        register(OrganizationEvent.TeamRenamed.TYPE, OrganizationEvent.TeamRenamed.class);
        register(OrganizationEvent.TeamManagersSet.TYPE, OrganizationEvent.TeamManagersSet.class);
        register(EmployeeEvent.SubstituteRemoved.TYPE, EmployeeEvent.SubstituteRemoved.class);
    }

    /** The schema version the current code writes for each type; bump it together with the record's. */
    private static final Map<String, Integer> CURRENT_VERSIONS = Map.copyOf(versions());

    private EventCatalog() {
    }

    private static void register(String type, Class<? extends DomainEvent> record) {
        TYPES.put(type, record);
    }

    private static Map<String, Integer> versions() {
        Map<String, Integer> versions = new LinkedHashMap<>();
        TYPES.keySet().forEach(type -> versions.put(type, 1));
        return versions;
    }

    public static Class<? extends DomainEvent> recordOf(String type) {
        Class<? extends DomainEvent> record = TYPES.get(type);
        if (record == null) {
            throw new IllegalArgumentException("unknown event type " + type);
        }
        return record;
    }

    public static Map<String, Class<? extends DomainEvent>> types() {
        return Map.copyOf(TYPES);
    }

    public static Map<String, Integer> currentVersions() {
        return CURRENT_VERSIONS;
    }
}
