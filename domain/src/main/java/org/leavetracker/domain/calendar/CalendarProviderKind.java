package org.leavetracker.domain.calendar;

import org.leavetracker.domain.error.ValidationError;

/** Where an organization's people keep their calendars and mail. */
public enum CalendarProviderKind {
    GOOGLE_WORKSPACE, MICROSOFT_365;

    public static CalendarProviderKind of(String name) {
        try {
            return valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ValidationError.at("provider", "provider must be GOOGLE_WORKSPACE or MICROSOFT_365");
        }
    }
}
