package org.leavetracker.domain.event;

/**
 * Events of the employee aggregate: one user, their dated histories and all their leave. Keeping a person's
 * requests in their own aggregate serialises every check on them (docs/decisions/0002-aggregate-boundaries.md).
 */
public sealed interface EmployeeEvent extends DomainEvent
        permits PersonEvent, EmploymentEvent, ApprovalLineEvent, CreditEvent, LeaveEvent {

    /** The leave request this event is about, or null for events about the person (records override it). */
    default String requestId() {
        return null;
    }
}
