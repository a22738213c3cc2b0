package org.leavetracker.domain.event;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An event payload as a stored tree of plain values (maps, lists, strings, numbers, booleans), before it becomes a
 * {@link DomainEvent}. Upcasting works on this form, so that no old Java shape has to be kept around.
 */
public record StoredPayload(String type, int schemaVersion, Map<String, Object> fields) {

    public StoredPayload {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields)); // payloads hold nulls: no Map.copyOf
    }
}
