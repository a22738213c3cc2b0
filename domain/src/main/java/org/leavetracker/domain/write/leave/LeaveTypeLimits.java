package org.leavetracker.domain.write.leave;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.leavetracker.domain.balance.EmploymentTimeline;
import org.leavetracker.domain.error.PolicyViolation;
import org.leavetracker.domain.model.DateRange;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.LeaveRequest;
import org.leavetracker.domain.model.LeaveSpan;
import org.leavetracker.domain.model.LeaveTypeRules;

/**
 * The limits a leave type sets on its requests (SPEC §3.9, docs/RULES.md): minimum notice, the waiting period
 * after joining, and the most consecutive days. Each refusal is a {@link PolicyViolation} naming its rule.
 */
final class LeaveTypeLimits {

    /** Non-counted dates (weekends, holidays) that may lie between two leaves of one stretch. */
    private static final int MAX_GAP_DAYS = 14;

    private final EmploymentTimeline timeline;
    private final Collection<LeaveRequest> requests;

    LeaveTypeLimits(EmploymentTimeline timeline, Collection<LeaveRequest> requests) {
        this.timeline = timeline;
        this.requests = requests;
    }

    /** @param today the requester's today; null when notice does not apply (an admin, or leave already taken) */
    void check(NewLeave leave, LocalDate today) {
        LeaveTypeRules rules = leave.type().rules();
        if (rules.minNoticeDays() != null && today != null) {
            checkNotice(leave, rules.minNoticeDays(), today);
        }
        if (rules.waitingPeriodDays() != null) {
            checkWaitingPeriod(leave, rules.waitingPeriodDays());
        }
        if (rules.maxConsecutiveDays() != null) {
            checkConsecutive(leave, rules.maxConsecutiveDays());
        }
    }

    private static void checkNotice(NewLeave leave, int days, LocalDate today) {
        LocalDate earliest = today.plusDays(days);
        if (leave.dates().start().isBefore(earliest)) {
            throw new PolicyViolation("'" + leave.type().name() + "' must be requested " + days + " days ahead"
                    + " (minimum notice): the earliest first day now is " + earliest,
                    Map.of("field", "startDate", "rule", "minNoticeDays", "limit", days, "leaveTypeId", leave.type().id(),
                            "earliestStartDate", earliest.toString(), "startDate", leave.dates().start().toString()));
        }
    }

    private void checkWaitingPeriod(NewLeave leave, int days) {
        Optional<LocalDate> joined = timeline.membershipStart();
        if (joined.isEmpty()) {
            return; // no working day yet: NO_WORKING_DAYS says so
        }
        LocalDate firstAllowed = joined.get().plusDays(days);
        if (leave.dates().start().isBefore(firstAllowed)) {
            throw new PolicyViolation("'" + leave.type().name() + "' can be taken from " + days + " days after"
                    + " employment starts (waiting period): from " + firstAllowed,
                    Map.of("field", "startDate", "rule", "waitingPeriodDays", "limit", days, "leaveTypeId", leave.type().id(),
                            "employmentStart", joined.get().toString(), "earliestStartDate", firstAllowed.toString(),
                            "startDate", leave.dates().start().toString()));
        }
    }

    /**
     * The leave with the person's other active leave of the type that adjoins it, with only dates that do not count
     * between them, is one stretch: its counted days must stay within the limit, so splitting a stretch into
     * several requests changes nothing.
     */
    private void checkConsecutive(NewLeave leave, int limit) {
        List<LeaveRequest> sameType = requests.stream().filter(r -> r.status().isActive()
                && r.leaveTypeId().equals(leave.type().id()) && !r.id().equals(leave.requestId())).toList();
        DateRange stretch = leave.dates();
        Days days = timeline.amount(leave.type().id(), leave.span(), leave.times(), null);
        List<LeaveRequest> joined = new ArrayList<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (LeaveRequest r : sameType) {
                if (!joined.contains(r) && adjoins(stretch, r.dates(), leave.type().id())) {
                    joined.add(r);
                    days = days.plus(timeline.amount(r, null));
                    stretch = DateRange.of(min(stretch.start(), r.dates().start()), max(stretch.end(), r.dates().end()));
                    grew = true;
                }
            }
        }
        if (days.isGreaterThan(Days.of(limit))) {
            throw new PolicyViolation("'" + leave.type().name() + "' may be taken for at most " + limit
                    + " consecutive days; " + (joined.isEmpty() ? "these dates count " : "with the leave next to it,"
                    + " from " + stretch.start() + " to " + stretch.end() + ", it would be ") + days,
                    Map.of("field", "dates", "rule", "maxConsecutiveDays", "limit", limit, "leaveTypeId", leave.type().id(),
                            "days", days.toDouble(),
                            "from", stretch.start().toString(), "to", stretch.end().toString()));
        }
    }

    /** Whether two date ranges touch, or only dates the type does not count lie between them. */
    private boolean adjoins(DateRange stretch, DateRange other, String leaveTypeId) {
        LocalDate gapStart;
        LocalDate gapEnd;
        if (other.end().isBefore(stretch.start())) {
            gapStart = other.end().plusDays(1);
            gapEnd = stretch.start().minusDays(1);
        } else if (other.start().isAfter(stretch.end())) {
            gapStart = stretch.end().plusDays(1);
            gapEnd = other.start().minusDays(1);
        } else {
            return true;
        }
        if (gapStart.isAfter(gapEnd)) {
            return true;
        }
        DateRange gap = DateRange.of(gapStart, gapEnd);
        return gap.lengthInDays() <= MAX_GAP_DAYS
                && timeline.amount(leaveTypeId, LeaveSpan.whole(gap), null, null)
                .isZero();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
