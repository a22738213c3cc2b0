package org.leavetracker.domain.event;

/**
 * Something that happened, in the past tense. The set is closed: every event the system has ever stored is one of
 * these records, under a stable {@link #type() name} and {@link #schemaVersion() schema version} that never depend
 * on a Java class name.
 */
public sealed interface DomainEvent permits OrganizationEvent, EmployeeEvent {

    /** The stable name stored with the event and used as EventBridge {@code detail-type}. */
    String type();

    /** The version of this event's payload shape; older stored versions are upcast when read. */
    default int schemaVersion() {
        return 1;
    }
}
