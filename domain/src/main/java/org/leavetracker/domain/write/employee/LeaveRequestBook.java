package org.leavetracker.domain.write.employee;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.leavetracker.domain.error.NotFound;
import org.leavetracker.domain.model.LeaveRequest;

/**
 * One person's leave requests as their events left them: by id in the order they were made, by the client's retry
 * id, and which of them only an admin may decide. Part of the {@link Employee} aggregate, changed only as it applies
 * its events.
 */
final class LeaveRequestBook {

    private final Map<String, LeaveRequest> byId = new LinkedHashMap<>();
    private final Map<String, String> idsByClientId = new LinkedHashMap<>();
    private final Set<String> heldForAdmins = new LinkedHashSet<>();

    /** @param clientRequestId the client's retry id (null: none) */
    void add(LeaveRequest request, String clientRequestId, boolean onlyAnAdminDecides) {
        byId.put(request.id(), request);
        if (clientRequestId != null) {
            idsByClientId.put(clientRequestId, request.id());
        }
        if (onlyAnAdminDecides) {
            heldForAdmins.add(request.id());
        }
    }

    /** A request's next state; an id the book does not hold changes nothing. */
    void change(String requestId, UnaryOperator<LeaveRequest> change) {
        byId.computeIfPresent(requestId, (id, request) -> change.apply(request));
    }

    Optional<LeaveRequest> byClientId(String clientRequestId) {
        return Optional.ofNullable(clientRequestId).map(idsByClientId::get).map(byId::get);
    }

    boolean onlyAnAdminDecides(String requestId) {
        return heldForAdmins.contains(requestId);
    }

    Collection<LeaveRequest> all() {
        return byId.values();
    }

    List<LeaveRequest> copy() {
        return List.copyOf(byId.values());
    }

    LeaveRequest get(String requestId) {
        LeaveRequest request = byId.get(requestId);
        if (request == null) {
            throw new NotFound("no leave request with id " + requestId);
        }
        return request;
    }
}
