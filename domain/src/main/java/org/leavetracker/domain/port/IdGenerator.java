package org.leavetracker.domain.port;

/** New identifiers for organizations, users, locations, leave types, policies and requests. */
public interface IdGenerator {

    /** A new, unique, URL-safe identifier without dots. */
    String newId();
}
