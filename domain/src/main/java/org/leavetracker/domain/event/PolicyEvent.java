package org.leavetracker.domain.event;

import java.time.LocalDate;
import java.util.List;

import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.TenureStep;

/** Events of the dated leave policies of a location and leave type. */
public sealed interface PolicyEvent extends OrganizationEvent {

    /** The location whose policies the event changes (setting one may replace another of the same date). */
    String locationId();

    /** A policy for one location and leave type from a date on; a later one with the same date replaces it. */
    /** Events written before tenure steps and payout read as having neither. */
    record LeavePolicySet(String policyId, String locationId, String leaveTypeId, LocalDate effectiveDate,
                          Days annualAllowance, Accrual accrual, Days rolloverMax, Integer rolloverExpiryMonths,
                          Days negativeBalanceAllowed, List<TenureStep> tenureSteps, Days encashableDays)
            implements PolicyEvent {
        public static final String TYPE = "LeavePolicySet";

        public LeavePolicySet {
            tenureSteps = tenureSteps == null ? List.of() : List.copyOf(tenureSteps);
        }

        public LeavePolicySet(String policyId, String locationId, String leaveTypeId, LocalDate effectiveDate,
                              Days annualAllowance, Accrual accrual, Days rolloverMax, Integer rolloverExpiryMonths,
                              Days negativeBalanceAllowed) {
            this(policyId, locationId, leaveTypeId, effectiveDate, annualAllowance, accrual, rolloverMax,
                    rolloverExpiryMonths, negativeBalanceAllowed, List.of(), null);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A dated policy taken back: every figure is recomputed as if it had never been set. */
    record LeavePolicyRemoved(String policyId, String locationId, String leaveTypeId, LocalDate effectiveDate)
            implements PolicyEvent {
        public static final String TYPE = "LeavePolicyRemoved";

        @Override
        public String type() {
            return TYPE;
        }
    }
}
