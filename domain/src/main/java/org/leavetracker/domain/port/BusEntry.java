package org.leavetracker.domain.port;

import java.nio.charset.StandardCharsets;

/** One event for the bus: {@code source} names the application, {@code detailType} is the event type. */
public record BusEntry(String source, String detailType, String detail) {

    /** The size EventBridge counts against its 256 KB limit (source, detail-type and detail, UTF-8). */
    public int size() {
        return utf8(source) + utf8(detailType) + utf8(detail);
    }

    private static int utf8(String s) {
        return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
    }
}
