package org.leavetracker.domain.model;

import java.util.Set;

/**
 * Dates when requests of chosen leave types are refused or need an admin, in one location or (locationId null) the
 * whole organization.
 *
 * @param leaveTypeIds the types it applies to; empty means every type
 */
public record BlackoutPeriod(String id, String locationId, DateRange dates, Set<String> leaveTypeIds,
                             BlackoutMode mode) {

    public BlackoutPeriod {
        leaveTypeIds = Set.copyOf(leaveTypeIds);
    }

    /** Whether leave of this type on these dates, by a person with these locations, touches the period. */
    public boolean touches(String leaveTypeId, DateRange leave, DatedHistory<String> personLocations) {
        if (!leaveTypeIds.isEmpty() && !leaveTypeIds.contains(leaveTypeId)) {
            return false;
        }
        return leave.intersect(dates).map(overlap -> locationId == null || overlap.dates()
                .anyMatch(day -> personLocations.on(day).filter(locationId::equals).isPresent())).orElse(false);
    }

    public String describe() {
        return (locationId == null ? "organization-wide" : "location " + locationId) + " blackout " + dates.start()
                + " to " + dates.end();
    }
}
