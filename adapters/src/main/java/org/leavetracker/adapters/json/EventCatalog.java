package org.leavetracker.adapters.json;

import java.util.LinkedHashMap;
import java.util.Map;

import org.leavetracker.domain.event.DomainEvent;
import org.leavetracker.domain.event.LeaveEvent;
import org.leavetracker.domain.event.CreditEvent;
import org.leavetracker.domain.event.ApprovalLineEvent;
import org.leavetracker.domain.event.EmploymentEvent;
import org.leavetracker.domain.event.CalendarEvent;
import org.leavetracker.domain.event.PersonEvent;
import org.leavetracker.domain.event.OrganizationEvent;
import org.leavetracker.domain.event.ProvisioningEvent;
import org.leavetracker.domain.event.WebhookEvent;
import org.leavetracker.domain.event.TeamEvent;
import org.leavetracker.domain.event.ApproverGroupEvent;
import org.leavetracker.domain.event.BlackoutEvent;
import org.leavetracker.domain.event.PolicyEvent;
import org.leavetracker.domain.event.LeaveTypeEvent;
import org.leavetracker.domain.event.LocationEvent;

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
        register(LocationEvent.LocationCreated.TYPE, LocationEvent.LocationCreated.class, 1);
        register(LocationEvent.HolidayAdded.TYPE, LocationEvent.HolidayAdded.class, 1);
        register(LocationEvent.HolidayRemoved.TYPE, LocationEvent.HolidayRemoved.class, 1);
        register(OrganizationEvent.OrganizationRenamed.TYPE, OrganizationEvent.OrganizationRenamed.class, 1);
        register(OrganizationEvent.DefaultLanguageSet.TYPE, OrganizationEvent.DefaultLanguageSet.class, 1);
        register(ApprovalLineEvent.ApproverRemoved.TYPE, ApprovalLineEvent.ApproverRemoved.class, 1);
        register(BlackoutEvent.BlackoutPeriodRemoved.TYPE, BlackoutEvent.BlackoutPeriodRemoved.class, 1);
        register(LocationEvent.LocationUpdated.TYPE, LocationEvent.LocationUpdated.class, 1);
        register(LocationEvent.LocationWorkingWeekSet.TYPE, LocationEvent.LocationWorkingWeekSet.class, 1);
        register(LocationEvent.LocationArchived.TYPE, LocationEvent.LocationArchived.class, 1);
        register(LeaveTypeEvent.LeaveTypeUpdated.TYPE, LeaveTypeEvent.LeaveTypeUpdated.class, 1);
        register(LeaveTypeEvent.LeaveTypeArchived.TYPE, LeaveTypeEvent.LeaveTypeArchived.class, 1);
        register(PolicyEvent.LeavePolicyRemoved.TYPE, PolicyEvent.LeavePolicyRemoved.class, 1);
        register(ApproverGroupEvent.ApproverGroupRemoved.TYPE, ApproverGroupEvent.ApproverGroupRemoved.class, 1);
        register(LeaveTypeEvent.LeaveTypeCreated.TYPE, LeaveTypeEvent.LeaveTypeCreated.class, 1);
        register(PolicyEvent.LeavePolicySet.TYPE, PolicyEvent.LeavePolicySet.class, 1);
        register(BlackoutEvent.BlackoutPeriodAdded.TYPE, BlackoutEvent.BlackoutPeriodAdded.class, 1);
        register(PersonEvent.UserAdded.TYPE, PersonEvent.UserAdded.class, 1);
        register(PersonEvent.UserRoleChanged.TYPE, PersonEvent.UserRoleChanged.class, 1);
        register(PersonEvent.IdentityBound.TYPE, PersonEvent.IdentityBound.class, 1);
        register(PersonEvent.IdentityReleased.TYPE, PersonEvent.IdentityReleased.class, 1);
        register(EmploymentEvent.UserMovedToLocation.TYPE, EmploymentEvent.UserMovedToLocation.class, 1);
        register(EmploymentEvent.WorkingWeekSet.TYPE, EmploymentEvent.WorkingWeekSet.class, 1);
        register(ApprovalLineEvent.ApproverAssigned.TYPE, ApprovalLineEvent.ApproverAssigned.class, 1);
        register(CreditEvent.BalanceAdjusted.TYPE, CreditEvent.BalanceAdjusted.class, 1);
        register(LeaveEvent.LeaveRequested.TYPE, LeaveEvent.LeaveRequested.class, 1);
        register(LeaveEvent.LeaveApproved.TYPE, LeaveEvent.LeaveApproved.class, 1);
        register(LeaveEvent.LeaveDenied.TYPE, LeaveEvent.LeaveDenied.class, 1);
        register(LeaveEvent.LeaveCancelled.TYPE, LeaveEvent.LeaveCancelled.class, 1);
        register(LeaveEvent.PastLeaveRecorded.TYPE, LeaveEvent.PastLeaveRecorded.class, 1);
        register(PersonEvent.CalendarTokenRotated.TYPE, PersonEvent.CalendarTokenRotated.class, 1);
        register(PersonEvent.LanguageChosen.TYPE, PersonEvent.LanguageChosen.class, 1);
        register(PersonEvent.CalendarPreferencesSet.TYPE, PersonEvent.CalendarPreferencesSet.class, 1);
        register(PersonEvent.PersonalDataExported.TYPE, PersonEvent.PersonalDataExported.class, 1);
        register(PersonEvent.PersonalDataErased.TYPE, PersonEvent.PersonalDataErased.class, 1);
        register(OrganizationEvent.RetentionPeriodSet.TYPE, OrganizationEvent.RetentionPeriodSet.class, 1);
        register(OrganizationEvent.LeaversErased.TYPE, OrganizationEvent.LeaversErased.class, 1);
        register(CalendarEvent.CalendarProviderConnected.TYPE, CalendarEvent.CalendarProviderConnected.class, 1);
        register(CalendarEvent.CalendarProviderDisconnected.TYPE, CalendarEvent.CalendarProviderDisconnected.class,
                1);
        register(ApprovalLineEvent.SubstituteSet.TYPE, ApprovalLineEvent.SubstituteSet.class, 1);
        register(LeaveEvent.ApprovalLevelPassed.TYPE, LeaveEvent.ApprovalLevelPassed.class, 1);
        register(ApproverGroupEvent.ApproverGroupSet.TYPE, ApproverGroupEvent.ApproverGroupSet.class, 1);
        register(LeaveTypeEvent.ApprovalChainSet.TYPE, LeaveTypeEvent.ApprovalChainSet.class, 1);
        register(WebhookEvent.WebhookRegistered.TYPE, WebhookEvent.WebhookRegistered.class, 1);
        register(WebhookEvent.WebhookRemoved.TYPE, WebhookEvent.WebhookRemoved.class, 1);
        register(ProvisioningEvent.ScimTokenCreated.TYPE, ProvisioningEvent.ScimTokenCreated.class, 1);
        register(ProvisioningEvent.ScimTokenRevoked.TYPE, ProvisioningEvent.ScimTokenRevoked.class, 1);
        register(ProvisioningEvent.ProvisioningSettingsSet.TYPE, ProvisioningEvent.ProvisioningSettingsSet.class, 1);
        register(LeaveTypeEvent.ToilEnabled.TYPE, LeaveTypeEvent.ToilEnabled.class, 1);
        register(LeaveTypeEvent.LeaveTypeRulesSet.TYPE, LeaveTypeEvent.LeaveTypeRulesSet.class, 1);
        register(LocationEvent.OptionalHolidayAdded.TYPE, LocationEvent.OptionalHolidayAdded.class, 1);
        register(LocationEvent.OptionalHolidaysPerYearSet.TYPE, LocationEvent.OptionalHolidaysPerYearSet.class, 1);
        register(EmploymentEvent.OptionalHolidayChosen.TYPE, EmploymentEvent.OptionalHolidayChosen.class, 1);
        register(EmploymentEvent.OptionalHolidayGivenBack.TYPE, EmploymentEvent.OptionalHolidayGivenBack.class, 1);
        register(CreditEvent.OvertimeRecorded.TYPE, CreditEvent.OvertimeRecorded.class, 1);
        register(PersonEvent.UserUpdated.TYPE, PersonEvent.UserUpdated.class, 1);
        register(EmploymentEvent.UserMovedToTeam.TYPE, EmploymentEvent.UserMovedToTeam.class, 1);
        register(EmploymentEvent.EmploymentEnded.TYPE, EmploymentEvent.EmploymentEnded.class, 1);
        register(EmploymentEvent.EmploymentEndUndone.TYPE, EmploymentEvent.EmploymentEndUndone.class, 1);
        register(TeamEvent.TeamCreated.TYPE, TeamEvent.TeamCreated.class, 1);
        register(TeamEvent.TeamRenamed.TYPE, TeamEvent.TeamRenamed.class, 1);
        register(TeamEvent.TeamManagersSet.TYPE, TeamEvent.TeamManagersSet.class, 1);
        register(ApprovalLineEvent.SubstituteRemoved.TYPE, ApprovalLineEvent.SubstituteRemoved.class, 1);
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
