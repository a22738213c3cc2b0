package org.leavetracker.domain.event;

import java.util.List;

import org.leavetracker.domain.model.ApprovalLevel;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.LeaveUnit;

/** Events of a leave type: what it counts, how it is approved, and whether it is time off in lieu. */
public sealed interface LeaveTypeEvent extends OrganizationEvent {

    /** The leave type the event is about. */
    String leaveTypeId();

    /** @param unit DAYS or HOURS (null: DAYS, as for events written before hourly leave) */
    record LeaveTypeCreated(String leaveTypeId, String name, boolean deductsFromAllowance, boolean requiresApproval,
                            boolean allowHalfDays, LeaveUnit unit) implements LeaveTypeEvent {
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

    /** A leave type's name and approval settings for requests made from now on. */
    record LeaveTypeUpdated(String leaveTypeId, String name, boolean requiresApproval, boolean allowHalfDays)
            implements LeaveTypeEvent {
        public static final String TYPE = "LeaveTypeUpdated";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * What a leave type asks of its requests beyond the balance, from now on (SPEC §3.9): all of its rules, a
     * limit of null being none. Figures are recomputed with them, past requests' counted days too.
     */
    record LeaveTypeRulesSet(String leaveTypeId, boolean countsCalendarDays, Integer maxConsecutiveDays,
                             Integer minNoticeDays, Integer waitingPeriodDays, Days maxBalanceDays)
            implements LeaveTypeEvent {
        public static final String TYPE = "LeaveTypeRulesSet";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** No new requests of the leave type; its balances and history stay readable. */
    record LeaveTypeArchived(String leaveTypeId) implements LeaveTypeEvent {
        public static final String TYPE = "LeaveTypeArchived";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A leave type's approval levels, for requests made from now on (empty: the single default level). */
    record ApprovalChainSet(String leaveTypeId, List<ApprovalLevel> levels) implements LeaveTypeEvent {
        public static final String TYPE = "ApprovalChainSet";

        public ApprovalChainSet {
            levels = List.copyOf(levels);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A leave type becomes time off in lieu: its balance grows by recorded overtime, which may expire. */
    record ToilEnabled(String leaveTypeId, Integer expiryMonths) implements LeaveTypeEvent {
        public static final String TYPE = "ToilEnabled";

        @Override
        public String type() {
            return TYPE;
        }
    }
}
