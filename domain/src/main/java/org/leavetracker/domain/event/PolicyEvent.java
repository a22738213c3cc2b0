package org.leavetracker.domain.event;

import java.time.LocalDate;

import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.Days;

/** Events of the dated leave policies of a location and leave type. */
public sealed interface PolicyEvent extends OrganizationEvent {

    /** A policy for one location and leave type from a date on; a later one with the same date replaces it. */
    record LeavePolicySet(String policyId, String locationId, String leaveTypeId, LocalDate effectiveDate,
                          Days annualAllowance, Accrual accrual, Days rolloverMax, Integer rolloverExpiryMonths,
                          Days negativeBalanceAllowed) implements PolicyEvent {
        public static final String TYPE = "LeavePolicySet";

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
