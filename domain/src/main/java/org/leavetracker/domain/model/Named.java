package org.leavetracker.domain.model;

/** A setting people tell apart by its name: a location, leave type, team or approver group. */
public interface Named {

    String id();

    String name();
}
