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
    /** The schema version the current code writes for each type: bump it here, with an upcaster from the last. */
    private static final Map<String, Integer> VERSIONS = new LinkedHashMap<>();

    static {
        register(OrganizationEvent.OrganizationCreated.TYPE, OrganizationEvent.OrganizationCreated.class, 1);
        register(OrganizationEvent.LocationCreated.TYPE, OrganizationEvent.LocationCreated.class, 1);
        register(OrganizationEvent.HolidayAdded.TYPE, OrganizationEvent.HolidayAdded.class, 1);
        register(OrganizationEvent.HolidayRemoved.TYPE, OrganizationEvent.HolidayRemoved.class, 1);
        register(OrganizationEvent.OrganizationRenamed.TYPE, OrganizationEvent.OrganizationRenamed.class, 1);
        register(EmployeeEvent.ApproverRemoved.TYPE, EmployeeEvent.ApproverRemoved.class, 1);
        register(OrganizationEvent.BlackoutPeriodRemoved.TYPE, OrganizationEvent.BlackoutPeriodRemoved.class, 1);
        register(OrganizationEvent.LocationUpdated.TYPE, OrganizationEvent.LocationUpdated.class, 1);
        register(OrganizationEvent.LocationWorkingWeekSet.TYPE, OrganizationEvent.LocationWorkingWeekSet.class, 1);
        register(OrganizationEvent.LocationArchived.TYPE, OrganizationEvent.LocationArchived.class, 1);
        register(OrganizationEvent.LeaveTypeUpdated.TYPE, OrganizationEvent.LeaveTypeUpdated.class, 1);
        register(OrganizationEvent.LeaveTypeArchived.TYPE, OrganizationEvent.LeaveTypeArchived.class, 1);
        register(OrganizationEvent.LeavePolicyRemoved.TYPE, OrganizationEvent.LeavePolicyRemoved.class, 1);
        register(OrganizationEvent.ApproverGroupRemoved.TYPE, OrganizationEvent.ApproverGroupRemoved.class, 1);
        register(OrganizationEvent.LeaveTypeCreated.TYPE, OrganizationEvent.LeaveTypeCreated.class, 1);
        register(OrganizationEvent.LeavePolicySet.TYPE, OrganizationEvent.LeavePolicySet.class, 1);
        register(OrganizationEvent.BlackoutPeriodAdded.TYPE, OrganizationEvent.BlackoutPeriodAdded.class, 1);
        register(EmployeeEvent.UserAdded.TYPE, EmployeeEvent.UserAdded.class, 1);
        register(EmployeeEvent.UserRoleChanged.TYPE, EmployeeEvent.UserRoleChanged.class, 1);
        register(EmployeeEvent.IdentityBound.TYPE, EmployeeEvent.IdentityBound.class, 1);
        register(EmployeeEvent.IdentityReleased.TYPE, EmployeeEvent.IdentityReleased.class, 1);
        register(EmployeeEvent.UserMovedToLocation.TYPE, EmployeeEvent.UserMovedToLocation.class, 1);
        register(EmployeeEvent.WorkingWeekSet.TYPE, EmployeeEvent.WorkingWeekSet.class, 1);
        register(EmployeeEvent.ApproverAssigned.TYPE, EmployeeEvent.ApproverAssigned.class, 1);
        register(EmployeeEvent.BalanceAdjusted.TYPE, EmployeeEvent.BalanceAdjusted.class, 1);
        register(EmployeeEvent.LeaveRequested.TYPE, EmployeeEvent.LeaveRequested.class, 1);
        register(EmployeeEvent.LeaveApproved.TYPE, EmployeeEvent.LeaveApproved.class, 1);
        register(EmployeeEvent.LeaveDenied.TYPE, EmployeeEvent.LeaveDenied.class, 1);
        register(EmployeeEvent.LeaveCancelled.TYPE, EmployeeEvent.LeaveCancelled.class, 1);
        register(EmployeeEvent.PastLeaveRecorded.TYPE, EmployeeEvent.PastLeaveRecorded.class, 1);
        register(EmployeeEvent.CalendarTokenRotated.TYPE, EmployeeEvent.CalendarTokenRotated.class, 1);
        register(EmployeeEvent.SubstituteSet.TYPE, EmployeeEvent.SubstituteSet.class, 1);
        register(EmployeeEvent.ApprovalLevelPassed.TYPE, EmployeeEvent.ApprovalLevelPassed.class, 1);
        register(OrganizationEvent.ApproverGroupSet.TYPE, OrganizationEvent.ApproverGroupSet.class, 1);
        register(OrganizationEvent.ApprovalChainSet.TYPE, OrganizationEvent.ApprovalChainSet.class, 1);
        register(OrganizationEvent.WebhookRegistered.TYPE, OrganizationEvent.WebhookRegistered.class, 1);
        register(OrganizationEvent.WebhookRemoved.TYPE, OrganizationEvent.WebhookRemoved.class, 1);
        register(OrganizationEvent.ToilEnabled.TYPE, OrganizationEvent.ToilEnabled.class, 1);
        register(EmployeeEvent.OvertimeRecorded.TYPE, EmployeeEvent.OvertimeRecorded.class, 1);
        register(EmployeeEvent.UserUpdated.TYPE, EmployeeEvent.UserUpdated.class, 1);
        register(EmployeeEvent.UserMovedToTeam.TYPE, EmployeeEvent.UserMovedToTeam.class, 1);
        register(EmployeeEvent.EmploymentEnded.TYPE, EmployeeEvent.EmploymentEnded.class, 1);
        register(EmployeeEvent.EmploymentEndUndone.TYPE, EmployeeEvent.EmploymentEndUndone.class, 1);
        register(OrganizationEvent.TeamCreated.TYPE, OrganizationEvent.TeamCreated.class, 1);
        register(OrganizationEvent.TeamRenamed.TYPE, OrganizationEvent.TeamRenamed.class, 1);
        register(OrganizationEvent.TeamManagersSet.TYPE, OrganizationEvent.TeamManagersSet.class, 1);
        register(EmployeeEvent.SubstituteRemoved.TYPE, EmployeeEvent.SubstituteRemoved.class, 1);
    }

    private EventCatalog() {
    }

    /** One line per event: its stored name, its record and the schema version the current code writes. */
    private static void register(String type, Class<? extends DomainEvent> record, int version) {
        TYPES.put(type, record);
        VERSIONS.put(type, version);
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
        return Map.copyOf(VERSIONS);
    }

    /** The schema version an event of this type is written with now. */
    public static int versionOf(String type) {
        Integer version = VERSIONS.get(type);
        if (version == null) {
            throw new IllegalArgumentException("unknown event type " + type);
        }
        return version;
    }
}
