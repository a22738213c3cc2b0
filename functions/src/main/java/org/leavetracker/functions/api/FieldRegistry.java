package org.leavetracker.functions.api;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The API's fields by {@code parentTypeName.fieldName}, each registered by the capability it belongs to, once. */
final class FieldRegistry {

    private final Map<String, ApiField> fields = new HashMap<>();

    void add(String name, ApiField field) {
        if (fields.putIfAbsent(name, field) != null) {
            throw new IllegalStateException(name + " is registered twice");
        }
    }

    Optional<ApiField> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    Set<String> names() {
        return Set.copyOf(fields.keySet());
    }
}
