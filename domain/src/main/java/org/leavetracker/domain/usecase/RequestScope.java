package org.leavetracker.domain.usecase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.leavetracker.domain.model.DateRange;
import org.leavetracker.domain.model.LeaveRequest;
import org.leavetracker.domain.model.LeaveStatus;

/**
 * Which of a person's requests an organization-wide change can alter: a holiday only the requests over its date, a
 * working week those from its effective date, an approver group the pending ones' queues, a policy none (only
 * balances). A piece of a fan-out rewrites those and leaves the others' items as they are (decision 0027).
 *
 * @param all every request (a location's calendar or time zone changed; a rebuild)
 * @param pending every PENDING request (whose queues changed)
 * @param dates the requests meeting any of these ranges
 */
public record RequestScope(boolean all, boolean pending, List<DateRange> dates) {

    public static final RequestScope ALL = new RequestScope(true, false, List.of());
    public static final RequestScope NONE = new RequestScope(false, false, List.of());
    public static final RequestScope PENDING = new RequestScope(false, true, List.of());

    public RequestScope {
        dates = dates == null ? List.of() : List.copyOf(dates);
    }

    public static RequestScope from(LocalDate date) {
        return new RequestScope(false, false, List.of(new DateRange(date, LocalDate.MAX)));
    }

    public static RequestScope on(LocalDate date) {
        return new RequestScope(false, false, List.of(new DateRange(date, date)));
    }

    public boolean covers(LeaveRequest request) {
        return all || pending && request.status() == LeaveStatus.PENDING
                || dates.stream().anyMatch(request.dates()::overlaps);
    }

    /** What either scope covers. */
    public RequestScope or(RequestScope other) {
        if (all || other.all) {
            return ALL;
        }
        List<DateRange> both = new ArrayList<>(dates);
        other.dates.stream().filter(range -> !both.contains(range)).forEach(both::add);
        return new RequestScope(false, pending || other.pending, both);
    }
}
