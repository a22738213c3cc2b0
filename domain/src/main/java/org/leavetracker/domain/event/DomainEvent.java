package org.leavetracker.domain.event;

/**
 * Something that happened, in the past tense. The set is closed: every event the system has ever stored is one of
 * these records, under a stable {@link #type() name} that never depends on a Java class name. Its schema version is
 * stored beside it and registered with the name, in one place (the adapters' EventCatalog).
 */
public sealed interface DomainEvent permits OrganizationEvent, EmployeeEvent {

    /** The stable name stored with the event and used as EventBridge {@code detail-type}. */
    String type();
}
