package org.leavetracker.domain.model;

/** How a policy's annual allowance becomes available during the year (SPEC §3.3). */
public enum Accrual {
    /** The whole (prorated) allowance is available from the first day of the year. */
    UPFRONT,
    /** One twelfth per month, on the first day of each month the user is a member. */
    MONTHLY
}
