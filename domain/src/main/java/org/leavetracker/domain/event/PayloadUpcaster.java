package org.leavetracker.domain.event;

import java.util.Map;

/** Turns one stored version of one event type into the next version. Chained until the current version. */
public interface PayloadUpcaster {

    String type();

    /** The version this upcaster reads; it produces {@code fromVersion() + 1}. */
    int fromVersion();

    Map<String, Object> upcast(Map<String, Object> fields);
}
