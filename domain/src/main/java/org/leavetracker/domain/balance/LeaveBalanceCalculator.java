package org.leavetracker.domain.balance;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;

import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.BalanceAdjustment;
import org.leavetracker.domain.model.DateRange;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.LeavePolicy;
import org.leavetracker.domain.model.LeaveRequest;
import org.leavetracker.domain.model.LeaveSpan;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.LeaveUnit;
import org.leavetracker.domain.model.OvertimeCredit;
import org.leavetracker.domain.model.TimeRange;

/**
 * Allowance, accrual, carry-over, expiry, used, pending, remaining and available for one person (SPEC §3.3), always
 * recomputed from their full history: carry-over chains year by year from the year they joined, so a late change
 * to any earlier year flows into every later one. Arithmetic is exact (integers of half days) and rounds once.
 */
public final class LeaveBalanceCalculator {

    private final String orgId;
    private final String userId;
    private final EmploymentTimeline timeline;
    private final Collection<LeaveRequest> requests;
    private final List<BalanceAdjustment> adjustments;
    private final List<OvertimeCredit> overtime;
    private final Map<String, Days> daysByRequestAndYear = new HashMap<>();

    public LeaveBalanceCalculator(String orgId, String userId, EmploymentTimeline timeline,
                                  Collection<LeaveRequest> requests, List<BalanceAdjustment> adjustments) {
        this(orgId, userId, timeline, requests, adjustments, List.of());
    }

    public LeaveBalanceCalculator(String orgId, String userId, EmploymentTimeline timeline,
                                  Collection<LeaveRequest> requests, List<BalanceAdjustment> adjustments,
                                  List<OvertimeCredit> overtime) {
        this.orgId = orgId;
        this.userId = userId;
        this.timeline = timeline;
        this.requests = List.copyOf(requests);
        this.adjustments = List.copyOf(adjustments);
        this.overtime = List.copyOf(overtime);
    }

    /**
     * The same person's figures with one more request, PENDING, in place of any request of the same id: what the
     * balance check looks at, so the request's own days spend carried-over days as they will once approved.
     */
    public LeaveBalanceCalculator withPending(String requestId, String leaveTypeId, LeaveSpan span, TimeRange times) {
        List<LeaveRequest> with = new ArrayList<>(requests.stream().filter(r -> !r.id().equals(requestId)).toList());
        with.add(new LeaveRequest(requestId, userId, leaveTypeId, span.dates(), span.halfDay(), null,
                LeaveStatus.PENDING, null, null, null, List.of(), List.of(), null, times, span.ends()));
        return new LeaveBalanceCalculator(orgId, userId, timeline, with, adjustments, overtime);
    }

    public Balance balance(String leaveTypeId, int year, LocalDate asOf) {
        List<LeaveRequest> relevant = new ArrayList<>();
        for (LeaveRequest r : requests) {
            if (r.leaveTypeId().equals(leaveTypeId) && r.status().isActive()) {
                relevant.add(r);
            }
        }
        Carry carry = Carry.NONE;
        Optional<LocalDate> joined = timeline.membershipStart();
        if (joined.isPresent()) {
            for (int y = joined.get().getYear(); y < year; y++) {
                Balance endOfYear = figures(leaveTypeId, relevant, y, LocalDate.of(y, 12, 31), carry);
                carry = carriedInto(leaveTypeId, y + 1, endOfYear.remaining());
            }
        }
        return figures(leaveTypeId, relevant, year, asOf, carry);
    }

    /** What passes from one year into the next: the days carried over, and those paid out instead of forfeited. */
    private record Carry(Days carried, Days encashed) {
        static final Carry NONE = new Carry(Days.ZERO, Days.ZERO);
    }

    private Balance figures(String leaveTypeId, List<LeaveRequest> relevant, int year, LocalDate asOf, Carry carry) {
        Days carried = carry.carried();
        DateRange wholeYear = DateRange.year(year);
        Optional<LeavePolicy> rolloverPolicy = timeline.policyOn(LocalDate.of(year - 1, 12, 31), leaveTypeId);
        LocalDate expiresOn = rolloverPolicy.map(LeavePolicy::rolloverExpiryMonths)
                .map(months -> LocalDate.of(year, months, 1).with(TemporalAdjusters.lastDayOfMonth()))
                .orElse(null);

        Days used = Days.ZERO;
        Days pending = Days.ZERO;
        Days usedUpToExpiry = Days.ZERO;
        Days pendingUpToExpiry = Days.ZERO;
        DateRange upToExpiry = expiresOn == null ? null : DateRange.of(wholeYear.start(), expiresOn);
        for (LeaveRequest r : relevant) {
            Days inYear = daysIn(r, year, wholeYear);
            Days beforeExpiry = upToExpiry == null || inYear.isZero() ? Days.ZERO : timeline.amount(r, upToExpiry);
            if (r.status() == LeaveStatus.APPROVED) {
                used = used.plus(inYear);
                usedUpToExpiry = usedUpToExpiry.plus(beforeExpiry);
            } else {
                pending = pending.plus(inYear);
                pendingUpToExpiry = pendingUpToExpiry.plus(beforeExpiry);
            }
        }
        List<OvertimeCredit> credits = overtime.stream()
                .filter(c -> c.leaveTypeId().equals(leaveTypeId) && c.date().getYear() == year
                        && !c.date().isAfter(asOf))
                .toList();
        Days earned = credits.stream().map(OvertimeCredit::days).reduce(Days.ZERO, Days::plus);
        // expired: of what was approved; expiredOnceDecided: as it will be once the pending requests are approved
        Days expired;
        Days expiredOnceDecided;
        if (credits.stream().anyMatch(c -> c.expiresOn() != null)) {
            List<OvertimeCredit> expiring = new ArrayList<>(credits);
            if (expiresOn != null) {
                expiring.add(new OvertimeCredit(leaveTypeId, wholeYear.start(), carried, expiresOn));
            }
            expired = expiredUnspent(expiring, relevant, year, asOf, false);
            expiredOnceDecided = expiredUnspent(expiring, relevant, year, asOf, true);
        } else if (expiresOn != null && asOf.isAfter(expiresOn)) {
            expired = carried.minus(usedUpToExpiry).max(Days.ZERO);
            expiredOnceDecided = carried.minus(usedUpToExpiry).minus(pendingUpToExpiry).max(Days.ZERO);
        } else {
            expired = Days.ZERO;
            expiredOnceDecided = Days.ZERO;
        }
        Days adjusted = Days.ZERO;
        for (BalanceAdjustment a : adjustments) {
            if (a.year() == year && a.leaveTypeId().equals(leaveTypeId)) {
                adjusted = adjusted.plus(a.days());
            }
        }
        List<Segment> segments = segments(leaveTypeId, wholeYear);
        Days allowance = allowance(segments, wholeYear);
        Days accrued = accrued(segments, leaveTypeId, wholeYear, asOf);
        Optional<Days> cap = timeline.maxBalance(leaveTypeId);
        if (cap.isPresent()) {
            // accrual pauses where available would pass the cap (adjustments and overtime are not held back)
            Days over = carried.minus(expiredOnceDecided).plus(accrued).plus(adjusted).plus(earned).minus(used)
                    .minus(pending).minus(cap.get());
            accrued = accrued.minus(over.max(Days.ZERO).min(accrued));
        }
        Days remaining = carried.minus(expired).plus(accrued).plus(adjusted).plus(earned).minus(used);
        Days available = remaining.plus(expired).minus(expiredOnceDecided).minus(pending);
        return new Balance(orgId, userId, leaveTypeId, year, asOf, carried, expiresOn, expired, allowance, accrued, adjusted,
                earned, used, pending, remaining, available,
                timeline.hourly(leaveTypeId) ? LeaveUnit.HOURS : LeaveUnit.DAYS, carry.encashed());
    }

    /**
     * Spent-first expiry over several expiring credits (carried-over days count as one, dated 1 January): each day
     * of approved leave in the year spends, among the credits already earned and not yet expired on that day, the
     * one that expires first. What a credit has left after its expiry date (before {@code asOf}) is expired.
     * With {@code pendingSpend}, pending requests spend too, as they will once approved.
     */
    private Days expiredUnspent(List<OvertimeCredit> credits, List<LeaveRequest> relevant, int year, LocalDate asOf,
                                boolean pendingSpend) {
        List<OvertimeCredit> byExpiry = new ArrayList<>(credits);
        byExpiry.sort(Comparator.comparing(OvertimeCredit::expiresOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(OvertimeCredit::date));
        long[] left = byExpiry.stream().mapToLong(c -> c.days().halves()).toArray();
        DateRange wholeYear = DateRange.year(year);
        List<LeaveRequest> spending = relevant.stream()
                .filter(r -> pendingSpend || r.status() == LeaveStatus.APPROVED)
                .sorted(Comparator.comparing(r -> r.dates().start())).toList();
        for (LeaveRequest r : spending) {
            DateRange inYear = r.dates().intersect(wholeYear).orElse(null);
            for (LocalDate day = inYear == null ? null : inYear.start(); day != null && !day.isAfter(inYear.end());
                 day = day.plusDays(1)) {
                long units = timeline.amount(r, DateRange.of(day, day)).halves();
                for (int i = 0; i < byExpiry.size() && units > 0; i++) {
                    OvertimeCredit c = byExpiry.get(i);
                    if (left[i] > 0 && !c.date().isAfter(day) && (c.expiresOn() == null || !day.isAfter(c.expiresOn()))) {
                        long spent = Math.min(left[i], units);
                        left[i] -= spent;
                        units -= spent;
                    }
                }
            }
        }
        long expired = 0;
        for (int i = 0; i < byExpiry.size(); i++) {
            LocalDate expiresOn = byExpiry.get(i).expiresOn();
            if (expiresOn != null && asOf.isAfter(expiresOn)) {
                expired += left[i];
            }
        }
        return Days.ofHalves(expired);
    }

    /** Σ over segments of annualAllowance × segmentDays / daysInYear, rounded once. */
    private static Days allowance(List<Segment> segments, DateRange year) {
        long numerator = 0;
        for (Segment s : segments) {
            numerator += s.annual.halves() * s.length;
        }
        return HalfDayRounding.round(numerator, year.lengthInDays());
    }

    /**
     * UPFRONT segments contribute their prorated allowance at once; a MONTHLY policy contributes one twelfth for
     * each month whose first day is on or before {@code asOf} and on which it is in force for the person.
     */
    private Days accrued(List<Segment> segments, String leaveTypeId, DateRange year, LocalDate asOf) {
        long daysInYear = year.lengthInDays();
        long numerator = 0; // in halves × 12 × daysInYear
        for (Segment s : segments) {
            if (s.policy.accrual() == Accrual.UPFRONT) {
                numerator += s.annual.halves() * s.length * 12;
            }
        }
        for (int month = 1; month <= 12; month++) {
            LocalDate first = LocalDate.of(year.firstYear(), month, 1);
            if (first.isAfter(asOf)) {
                break;
            }
            Optional<LeavePolicy> policy = timeline.policyOn(first, leaveTypeId);
            if (policy.isPresent() && policy.get().accrual() == Accrual.MONTHLY) {
                numerator += policy.get().annualAllowanceOn(first, employmentStart()).halves() * daysInYear;
            }
        }
        return HalfDayRounding.round(numerator, 12 * daysInYear);
    }

    /**
     * What carries into {@code year}: the remainder at the end of the year before, capped by the policy then (and by
     * the type's maximum balance); of what the rollover cap forfeits, up to the policy's encashable days are paid out.
     */
    private Carry carriedInto(String leaveTypeId, int year, Days remainingAtEnd) {
        Optional<LeavePolicy> policy = timeline.policyOn(LocalDate.of(year - 1, 12, 31), leaveTypeId);
        if (policy.isEmpty()) {
            return Carry.NONE;
        }
        Days left = remainingAtEnd.max(Days.ZERO);
        Days cap = policy.get().rolloverMax();
        Days capped = cap == null ? left : left.min(cap);
        Days encashable = policy.get().encashableDays();
        Days encashed = encashable == null ? Days.ZERO : left.minus(capped).min(encashable);
        return new Carry(timeline.maxBalance(leaveTypeId).map(capped::min).orElse(capped), encashed);
    }

    private Days daysIn(LeaveRequest r, int year, DateRange wholeYear) {
        if (r.dates().lastYear() < year || r.dates().firstYear() > year) {
            return Days.ZERO;
        }
        return daysByRequestAndYear.computeIfAbsent(r.id() + "@" + year,
                k -> timeline.amount(r, wholeYear));
    }

    /** Cut at every date the policy in force can change, and at the anniversaries its tenure steps name. */
    private List<Segment> segments(String leaveTypeId, DateRange year) {
        List<Segment> segments = new ArrayList<>();
        NavigableSet<LocalDate> cuts = timeline.policyChangeDates(leaveTypeId, year);
        LocalDate start = employmentStart();
        if (start != null) {
            for (LeavePolicy policy : timeline.policiesOf(leaveTypeId)) {
                policy.tenureSteps().stream().map(step -> start.plusYears(step.afterYears()))
                        .filter(year::contains).forEach(cuts::add);
            }
        }
        Iterator<LocalDate> starts = cuts.iterator();
        LocalDate from = starts.next();
        while (from != null) {
            LocalDate next = starts.hasNext() ? starts.next() : null;
            LocalDate end = next == null ? year.end() : next.minusDays(1);
            Optional<LeavePolicy> policy = timeline.policyOn(from, leaveTypeId);
            if (policy.isPresent()) {
                segments.add(new Segment(policy.get(), policy.get().annualAllowanceOn(from, start),
                        DateRange.of(from, end).lengthInDays()));
            }
            from = next;
        }
        return segments;
    }

    private LocalDate employmentStart() {
        return timeline.membershipStart().orElse(null);
    }

    /**
     * A maximal run of days in a year over which one policy applies to the person, with the annual allowance it
     * gives them then (their years of service included).
     */
    private record Segment(LeavePolicy policy, Days annual, long length) {
    }
}
