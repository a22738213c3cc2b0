package org.leavetracker.domain.balance;

import org.leavetracker.domain.model.Days;

/** Rounds an exact fraction of days to the nearest half day, halves rounding up (22.25 → 22.5, 22.75 → 23). */
final class HalfDayRounding {

    private HalfDayRounding() {
    }

    /**
     * @param halvesNumerator the amount in half days is {@code halvesNumerator / denominator}, exactly
     */
    static Days round(long halvesNumerator, long denominator) {
        // nearest integer number of halves, ties up: floor(n/d + 1/2) = floor((2n + d) / 2d)
        return Days.ofHalves(Math.floorDiv(2 * halvesNumerator + denominator, 2 * denominator));
    }
}
