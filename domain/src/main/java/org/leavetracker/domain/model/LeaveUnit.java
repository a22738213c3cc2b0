package org.leavetracker.domain.model;

/**
 * What a leave type is counted in. DAYS: whole and half working days. HOURS: hours, in half-hour steps, of the
 * working days' hours ({@link WorkingWeek#hoursPerDay()}); half-day rules do not apply. A type's policy amounts,
 * balances and request amounts are all in its unit.
 */
public enum LeaveUnit {
    DAYS,
    HOURS
}
