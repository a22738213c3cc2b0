package org.leavetracker.domain.model;

import java.time.LocalDate;

/**
 * Which halves of its dates a leave covers: every date whole, but a single date's morning or afternoon
 * ({@code halfDay}), or a longer leave's first date from noon and last date until noon ({@code ends}).
 */
public record LeaveSpan(DateRange dates, HalfDay halfDay, EndHalves ends) {

    public LeaveSpan {
        halfDay = halfDay == null ? HalfDay.NONE : halfDay;
        ends = ends == null ? EndHalves.NONE : ends;
    }

    public static LeaveSpan whole(DateRange dates) {
        return new LeaveSpan(dates, HalfDay.NONE, EndHalves.NONE);
    }

    public boolean coversMorning(LocalDate date) {
        return dates.contains(date) && !(date.equals(dates.start())
                && (halfDay == HalfDay.AFTERNOON || ends.start() == HalfDay.AFTERNOON));
    }

    public boolean coversAfternoon(LocalDate date) {
        return dates.contains(date) && !(date.equals(dates.end())
                && (halfDay == HalfDay.MORNING || ends.end() == HalfDay.MORNING));
    }

    /** 2 for a whole date, 1 for half of it, 0 outside. */
    public long halvesOn(LocalDate date) {
        return (coversMorning(date) ? 1 : 0) + (coversAfternoon(date) ? 1 : 0);
    }

    /**
     * Whether two leaves share a half of some date. Only a single common date can be shared in part (one ends at
     * noon, the other starts then, or a morning and an afternoon); over two or more common dates both cover the
     * afternoon of the first.
     */
    public boolean overlaps(LeaveSpan other) {
        return dates.intersect(other.dates).map(common -> !common.isSingleDay()
                || coversMorning(common.start()) && other.coversMorning(common.start())
                || coversAfternoon(common.start()) && other.coversAfternoon(common.start())).orElse(false);
    }
}
