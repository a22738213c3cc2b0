package org.leavetracker.domain.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads old payload versions: applies the registered upcasters one version at a time until the payload has the
 * schema version the current code writes. How to add one: docs/decisions/0004-event-schema-versions.md.
 */
public final class Upcasting {

    private final Map<String, PayloadUpcaster> byTypeAndVersion = new HashMap<>();
    private final Map<String, Integer> currentVersions;

    public Upcasting(Map<String, Integer> currentVersions, List<PayloadUpcaster> upcasters) {
        this.currentVersions = Map.copyOf(currentVersions);
        for (PayloadUpcaster upcaster : upcasters) {
            if (byTypeAndVersion.put(key(upcaster.type(), upcaster.fromVersion()), upcaster) != null) {
                throw new IllegalArgumentException("two upcasters for " + upcaster.type() + " v" + upcaster.fromVersion());
            }
        }
    }

    public StoredPayload toCurrent(StoredPayload stored) {
        Integer current = currentVersions.get(stored.type());
        if (current == null) {
            throw new IllegalArgumentException("unknown event type " + stored.type());
        }
        if (stored.schemaVersion() > current) {
            throw new IllegalArgumentException(stored.type() + " v" + stored.schemaVersion()
                    + " was written by newer code than this (reads up to v" + current + ")");
        }
        StoredPayload payload = stored;
        while (payload.schemaVersion() < current) {
            PayloadUpcaster upcaster = byTypeAndVersion.get(key(payload.type(), payload.schemaVersion()));
            if (upcaster == null) {
                throw new IllegalStateException("no upcaster from " + payload.type() + " v" + payload.schemaVersion());
            }
            payload = new StoredPayload(payload.type(), payload.schemaVersion() + 1, upcaster.upcast(payload.fields()));
        }
        return payload;
    }

    private static String key(String type, int version) {
        return type + "@" + version;
    }
}
