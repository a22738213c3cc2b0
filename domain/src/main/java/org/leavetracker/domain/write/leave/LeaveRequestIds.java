package org.leavetracker.domain.write.leave;

import org.leavetracker.domain.error.NotFound;

/**
 * A leave request lives inside its requester's aggregate, so its id names that aggregate: {@code <userId>.<suffix>}.
 * Deciding on a request then needs no (eventually consistent) lookup (docs/decisions/0002-aggregate-boundaries.md).
 */
public final class LeaveRequestIds {

    private LeaveRequestIds() {
    }

    public static String newId(String userId, String suffix) {
        return userId + "." + suffix;
    }

    public static String ownerOf(String requestId) {
        int dot = requestId == null ? -1 : requestId.lastIndexOf('.');
        if (dot <= 0 || dot == requestId.length() - 1) {
            throw new NotFound("no leave request with id " + requestId);
        }
        return requestId.substring(0, dot);
    }
}
