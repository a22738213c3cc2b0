package org.leavetracker.domain.event;

import java.time.LocalDate;

import org.leavetracker.domain.model.Days;

/** Events that credit or debit a balance outside leave: adjustments and recorded overtime. */
public sealed interface CreditEvent extends EmployeeEvent {

    record BalanceAdjusted(String leaveTypeId, int year, Days days, String note) implements CreditEvent {
        public static final String TYPE = "BalanceAdjusted";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** Overtime worked on a date, credited to a TOIL leave type; expiresOn fixed when recorded (null: never). */
    record OvertimeRecorded(String leaveTypeId, LocalDate date, Days days, String note, LocalDate expiresOn)
            implements CreditEvent {
        public static final String TYPE = "OvertimeRecorded";

        @Override
        public String type() {
            return TYPE;
        }
    }
}
