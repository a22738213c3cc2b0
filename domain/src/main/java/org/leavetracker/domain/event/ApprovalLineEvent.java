package org.leavetracker.domain.event;

import java.time.LocalDate;

/** Events of who decides a person's leave: their approvers, and the substitutes an approver names. */
public sealed interface ApprovalLineEvent extends EmployeeEvent {

    record ApproverAssigned(String approverId) implements ApprovalLineEvent {
        public static final String TYPE = "ApproverAssigned";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** An approver no longer decides this person's requests (the admins do when none is left). */
    record ApproverRemoved(String approverId) implements ApprovalLineEvent {
        public static final String TYPE = "ApproverRemoved";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** An approver names a substitute for a date range (the latest one covering a day counts). */
    record SubstituteSet(String substituteId, LocalDate from, LocalDate to) implements ApprovalLineEvent {
        public static final String TYPE = "SubstituteSet";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** An approver takes back the substitutions they named starting on {@code from}. */
    record SubstituteRemoved(LocalDate from) implements ApprovalLineEvent {
        public static final String TYPE = "SubstituteRemoved";

        @Override
        public String type() {
            return TYPE;
        }
    }
}
