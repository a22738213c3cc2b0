package org.leavetracker.domain.model;

/**
 * The half days at the ends of a request over several dates (SPEC §3.9): it may start at noon on its first date
 * ({@code start} AFTERNOON) and end at noon on its last ({@code end} MORNING). A single date's half is its
 * {@link HalfDay} instead.
 */
public record EndHalves(HalfDay start, HalfDay end) {

    public static final EndHalves NONE = new EndHalves(HalfDay.NONE, HalfDay.NONE);

    public EndHalves {
        start = start == null ? HalfDay.NONE : start;
        end = end == null ? HalfDay.NONE : end;
    }

    public boolean any() {
        return start.isHalf() || end.isHalf();
    }
}
