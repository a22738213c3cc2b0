package org.leavetracker.domain.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.leavetracker.domain.model.ApprovalLevel;
import org.leavetracker.domain.model.LeaveUnit;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.BlackoutMode;
import org.leavetracker.domain.model.Days;

/** Events of the organization aggregate: the tenant and its settings (locations, leave types, policies). */
public sealed interface OrganizationEvent extends DomainEvent {

    record OrganizationCreated(String name) implements OrganizationEvent {
        public static final String TYPE = "OrganizationCreated";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** @param hoursPerDay hours of each working day (null: 8, as for events written before hourly leave) */
    record LocationCreated(String locationId, String name, String timeZone, String holidayCalendar,
                           List<DayOfWeek> workingDays, Days hoursPerDay) implements OrganizationEvent {
        public static final String TYPE = "LocationCreated";

        public LocationCreated {
            workingDays = List.copyOf(workingDays);
        }

        public LocationCreated(String locationId, String name, String timeZone, String holidayCalendar,
                               List<DayOfWeek> workingDays) {
            this(locationId, name, timeZone, holidayCalendar, workingDays, null);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    record HolidayAdded(String locationId, LocalDate date, String name) implements OrganizationEvent {
        public static final String TYPE = "HolidayAdded";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** @param unit DAYS or HOURS (null: DAYS, as for events written before hourly leave) */
    record LeaveTypeCreated(String leaveTypeId, String name, boolean deductsFromAllowance, boolean requiresApproval,
                            boolean allowHalfDays, LeaveUnit unit) implements OrganizationEvent {
        public static final String TYPE = "LeaveTypeCreated";

        public LeaveTypeCreated(String leaveTypeId, String name, boolean deductsFromAllowance,
                                boolean requiresApproval, boolean allowHalfDays) {
            this(leaveTypeId, name, deductsFromAllowance, requiresApproval, allowHalfDays, null);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A policy for one location and leave type from a date on; a later one with the same date replaces it. */
    record LeavePolicySet(String policyId, String locationId, String leaveTypeId, LocalDate effectiveDate,
                          Days annualAllowance, Accrual accrual, Days rolloverMax, Integer rolloverExpiryMonths,
                          Days negativeBalanceAllowed) implements OrganizationEvent {
        public static final String TYPE = "LeavePolicySet";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** Dates when requests of some leave types are refused or need an admin; locationId null = everywhere. */
    record BlackoutPeriodAdded(String blackoutId, String locationId, LocalDate from, LocalDate to,
                               List<String> leaveTypeIds, BlackoutMode mode) implements OrganizationEvent {
        public static final String TYPE = "BlackoutPeriodAdded";

        public BlackoutPeriodAdded {
            leaveTypeIds = List.copyOf(leaveTypeIds);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** An approver group created, or its name and members replaced. */
    record ApproverGroupSet(String groupId, String name, List<String> memberIds) implements OrganizationEvent {
        public static final String TYPE = "ApproverGroupSet";

        public ApproverGroupSet {
            memberIds = List.copyOf(memberIds);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A leave type's approval levels, for requests made from now on (empty: the single default level). */
    record ApprovalChainSet(String leaveTypeId, List<ApprovalLevel> levels) implements OrganizationEvent {
        public static final String TYPE = "ApprovalChainSet";

        public ApprovalChainSet {
            levels = List.copyOf(levels);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** An outgoing webhook: where, and which event types. Its signing secret is derived, never recorded. */
    record WebhookRegistered(String webhookId, String url, List<String> eventTypes) implements OrganizationEvent {
        public static final String TYPE = "WebhookRegistered";

        public WebhookRegistered {
            eventTypes = List.copyOf(eventTypes);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** The organization's new name. */
    record OrganizationRenamed(String name) implements OrganizationEvent {
        public static final String TYPE = "OrganizationRenamed";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A custom holiday taken back: every figure is recomputed as if it had never been added. */
    record HolidayRemoved(String locationId, LocalDate date) implements OrganizationEvent {
        public static final String TYPE = "HolidayRemoved";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A blackout period taken back: requests made from then on are no longer refused or held for an admin. */
    record BlackoutPeriodRemoved(String blackoutId) implements OrganizationEvent {
        public static final String TYPE = "BlackoutPeriodRemoved";

        @Override
        public String type() {
            return TYPE;
        }
    }

    record WebhookRemoved(String webhookId) implements OrganizationEvent {
        public static final String TYPE = "WebhookRemoved";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A leave type becomes time off in lieu: its balance grows by recorded overtime, which may expire. */
    record ToilEnabled(String leaveTypeId, Integer expiryMonths) implements OrganizationEvent {
        public static final String TYPE = "ToilEnabled";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A location's name, time zone and holiday calendar as corrected (each as it is after the change). */
    record LocationUpdated(String locationId, String name, String timeZone, String holidayCalendar)
            implements OrganizationEvent {
        public static final String TYPE = "LocationUpdated";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A location's working week from a date on; one set again on the same date replaces it. */
    record LocationWorkingWeekSet(String locationId, List<DayOfWeek> workingDays, LocalDate effectiveDate,
                                  Days hoursPerDay, Map<DayOfWeek, Days> hoursByDay) implements OrganizationEvent {
        public static final String TYPE = "LocationWorkingWeekSet";

        public LocationWorkingWeekSet {
            workingDays = List.copyOf(workingDays);
            hoursByDay = hoursByDay == null ? Map.of() : Map.copyOf(hoursByDay);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** No one moves into the location from now on; its people keep their history. */
    record LocationArchived(String locationId) implements OrganizationEvent {
        public static final String TYPE = "LocationArchived";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A leave type's name and approval settings for requests made from now on. */
    record LeaveTypeUpdated(String leaveTypeId, String name, boolean requiresApproval, boolean allowHalfDays)
            implements OrganizationEvent {
        public static final String TYPE = "LeaveTypeUpdated";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** No new requests of the leave type; its balances and history stay readable. */
    record LeaveTypeArchived(String leaveTypeId) implements OrganizationEvent {
        public static final String TYPE = "LeaveTypeArchived";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A dated policy taken back: every figure is recomputed as if it had never been set. */
    record LeavePolicyRemoved(String policyId, String locationId, String leaveTypeId, LocalDate effectiveDate)
            implements OrganizationEvent {
        public static final String TYPE = "LeavePolicyRemoved";

        @Override
        public String type() {
            return TYPE;
        }
    }

    record ApproverGroupRemoved(String groupId) implements OrganizationEvent {
        public static final String TYPE = "ApproverGroupRemoved";

        @Override
        public String type() {
            return TYPE;
        }
    }

    record TeamCreated(String teamId, String name) implements OrganizationEvent {
        public static final String TYPE = "TeamCreated";

        @Override
        public String type() {
            return TYPE;
        }
    }

    record TeamRenamed(String teamId, String name) implements OrganizationEvent {
        public static final String TYPE = "TeamRenamed";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A team's managers: they approve its members' requests besides the members' own approvers. */
    record TeamManagersSet(String teamId, List<String> managerIds) implements OrganizationEvent {
        public static final String TYPE = "TeamManagersSet";

        public TeamManagersSet {
            managerIds = List.copyOf(managerIds);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }
}
