package org.leavetracker.domain.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.leavetracker.domain.model.DateRange;
import org.leavetracker.domain.model.LeaveRequest;
import org.leavetracker.domain.model.LeaveStatus;

/**
 * What of a person an organization-wide change can alter: a holiday only the requests over its date and the balances
 * from its year, a working week the requests and balances from its effective date, an approver group the pending
 * requests' queues, a policy no request but every year's balance. A piece of a fan-out rewrites those and leaves the
 * other items as they are (decision 0027).
 *
 * @param all every request (a location's calendar or time zone changed; a rebuild)
 * @param pending every PENDING request (whose queues changed)
 * @param dates the requests meeting any of these ranges
 * @param balancesFrom the balances of this date's year and later (carry-over passes a change on); null: every year
 */
public record RequestScope(boolean all, boolean pending, List<DateRange> dates, LocalDate balancesFrom) {

    public static final RequestScope ALL = new RequestScope(true, false, List.of(), null);
    /** No request, every year's balance (a policy, a new leave type). */
    public static final RequestScope NONE = new RequestScope(false, false, List.of(), null);
    /** Nothing at all: what {@link #or} starts from. */
    public static final RequestScope NOTHING = new RequestScope(false, false, List.of(), LocalDate.MAX);
    public static final RequestScope PENDING = new RequestScope(false, true, List.of(), null);

    public RequestScope {
        dates = dates == null ? List.of() : List.copyOf(dates);
    }

    /** Requests and balances from a date on. */
    public static RequestScope from(LocalDate date) {
        return new RequestScope(false, false, List.of(new DateRange(date, LocalDate.MAX)), date);
    }

    /** Requests over one date, balances from its year. */
    public static RequestScope on(LocalDate date) {
        return new RequestScope(false, false, List.of(new DateRange(date, date)), date);
    }

    public boolean covers(LeaveRequest request) {
        return all || pending && request.status() == LeaveStatus.PENDING
                || dates.stream().anyMatch(request.dates()::overlaps);
    }

    /** The first year whose balances may change, if not every year since the person started. */
    public Optional<Integer> firstBalanceYear() {
        return Optional.ofNullable(balancesFrom).map(LocalDate::getYear);
    }

    /** What either scope covers. */
    public RequestScope or(RequestScope other) {
        LocalDate from = balancesFrom == null || other.balancesFrom == null ? null
                : balancesFrom.isBefore(other.balancesFrom) ? balancesFrom : other.balancesFrom;
        if (all || other.all) {
            return new RequestScope(true, false, List.of(), from);
        }
        List<DateRange> both = new ArrayList<>(dates);
        other.dates.stream().filter(range -> !both.contains(range)).forEach(both::add);
        return new RequestScope(false, pending || other.pending, both, from);
    }
}
