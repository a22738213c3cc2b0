package org.leavetracker.domain.write.organization;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.event.BlackoutEvent.BlackoutPeriodAdded;
import org.leavetracker.domain.event.BlackoutEvent.BlackoutPeriodRemoved;
import org.leavetracker.domain.event.BlackoutEvent;
import org.leavetracker.domain.model.BlackoutMode;
import org.leavetracker.domain.model.BlackoutPeriod;
import org.leavetracker.domain.model.DateRange;
import org.leavetracker.domain.write.Decision;

/** Dates on which requests of some leave types are refused, or need an admin. */
public final class BlackoutPeriods extends SettingsById<BlackoutPeriod> {

    private final Locations locations;
    private final LeaveTypes leaveTypes;
    /** Periods removed, kept so that a repeated removal answers as the first did. */
    private final Map<String, BlackoutPeriod> removed = new HashMap<>();

    BlackoutPeriods(Locations locations, LeaveTypes leaveTypes) {
        super("blackout period", BlackoutPeriod::id, null);
        this.locations = locations;
        this.leaveTypes = leaveTypes;
    }

    /**
     * A blackout period: in one location (or everywhere, locationId null), for some leave types (or all, when none
     * is named), requests touching the dates are refused or need an admin. At most 366 days, like a request.
     */
    public Decision add(String newId, String locationId, LocalDate from, LocalDate to, List<String> leaveTypeIds,
                        BlackoutMode mode) {
        DateRange.bounded(from, to, "a blackout period");
        if (mode == null) {
            throw ValidationError.at("mode", "mode is required: REFUSE or REQUIRE_ADMIN");
        }
        if (locationId != null) {
            locations.get(locationId);
        }
        List<String> types = leaveTypeIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(leaveTypeIds));
        types.forEach(leaveTypes::get);
        return Decision.of(newId, new BlackoutPeriodAdded(newId, locationId, from, to, types, mode));
    }

    public Decision remove(String blackoutId) {
        if (removed.containsKey(blackoutId)) {
            return Decision.nothingChanged(blackoutId);
        }
        get(blackoutId);
        return Decision.of(blackoutId, new BlackoutPeriodRemoved(blackoutId));
    }

    /** A blackout period, also one removed since (what its removal answers). */
    public BlackoutPeriod everAdded(String blackoutId) {
        BlackoutPeriod gone = removed.get(blackoutId);
        return gone != null ? gone : get(blackoutId);
    }

    void evolve(BlackoutEvent event) {
        switch (event) {
            case BlackoutPeriodAdded e -> byId.put(e.blackoutId(), new BlackoutPeriod(e.blackoutId(), e.locationId(),
                    new DateRange(e.from(), e.to()), Set.copyOf(e.leaveTypeIds()), e.mode()));
            case BlackoutPeriodRemoved e -> {
                BlackoutPeriod gone = byId.remove(e.blackoutId());
                if (gone != null) {
                    removed.put(e.blackoutId(), gone);
                }
            }
        }
    }
}
