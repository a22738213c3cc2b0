package org.leavetracker.domain.read.projection;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.leavetracker.domain.event.LeaveTypeEvent;
import org.leavetracker.domain.event.LocationEvent;
import org.leavetracker.domain.event.PolicyEvent;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.LeavePolicy;
import org.leavetracker.domain.model.LeaveType;
import org.leavetracker.domain.model.Location;

/**
 * The locations, leave types and policies (by location) of an organization that changed after the version its read
 * items last reflected in full. Rewriting every one of them on each organization event made the n-th leave type
 * cost n writes; only these need writing, at the new version.
 *
 * <p>Safe with projections of the same organization running at once: a projection reads the version the read side
 * reflects before writing, so it rewrites whatever an unfinished older projection was about to write, at its newer
 * version, and the older write is then refused. The organization item is written last, so that version always
 * means "everything changed up to here is written".
 *
 * @param all every item (a rebuild, or nothing of the organization projected yet)
 */
record ChangedSettings(boolean all, Set<String> locationIds, Set<String> leaveTypeIds, Set<String> policyLocationIds) {

    static final ChangedSettings ALL = new ChangedSettings(true, Set.of(), Set.of(), Set.of());

    /** What the events of {@code history} after {@code projectedVersion} changed. */
    static ChangedSettings after(long projectedVersion, List<RecordedEvent> history) {
        if (projectedVersion == 0) {
            return ALL;
        }
        Set<String> locations = new HashSet<>();
        Set<String> leaveTypes = new HashSet<>();
        Set<String> policyLocations = new HashSet<>();
        history.stream().filter(event -> event.version() > projectedVersion).forEach(event -> {
            switch (event.payload()) {
                case LocationEvent e -> locations.add(e.locationId());
                case LeaveTypeEvent e -> leaveTypes.add(e.leaveTypeId());
                case PolicyEvent e -> policyLocations.add(e.locationId());
                default -> {
                    // the organization item itself, written every time
                }
            }
        });
        return new ChangedSettings(false, locations, leaveTypes, policyLocations);
    }

    List<Location> locations(Collection<Location> locations) {
        return changed(locations, locationIds, Location::id);
    }

    List<LeaveType> leaveTypes(Collection<LeaveType> leaveTypes) {
        return changed(leaveTypes, leaveTypeIds, LeaveType::id);
    }

    List<LeavePolicy> policies(Collection<LeavePolicy> policies) {
        return changed(policies, policyLocationIds, LeavePolicy::locationId);
    }

    private <T> List<T> changed(Collection<T> items, Set<String> ids, Function<T, String> id) {
        return items.stream().filter(item -> all || ids.contains(id.apply(item))).toList();
    }
}
