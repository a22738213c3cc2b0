package org.leavetracker.domain.event;

import java.time.LocalDate;
import java.util.List;

import org.leavetracker.domain.model.BlackoutMode;

/** Events of blackout periods. */
public sealed interface BlackoutEvent extends OrganizationEvent {

    /** Dates when requests of some leave types are refused or need an admin; locationId null = everywhere. */
    record BlackoutPeriodAdded(String blackoutId, String locationId, LocalDate from, LocalDate to,
                               List<String> leaveTypeIds, BlackoutMode mode) implements BlackoutEvent {
        public static final String TYPE = "BlackoutPeriodAdded";

        public BlackoutPeriodAdded {
            leaveTypeIds = List.copyOf(leaveTypeIds);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A blackout period taken back: requests made from then on are no longer refused or held for an admin. */
    record BlackoutPeriodRemoved(String blackoutId) implements BlackoutEvent {
        public static final String TYPE = "BlackoutPeriodRemoved";

        @Override
        public String type() {
            return TYPE;
        }
    }
}
