package org.leavetracker.domain.write.leave;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.balance.EmploymentTimeline;
import org.leavetracker.domain.balance.LeaveBalanceCalculator;
import org.leavetracker.domain.error.BlackoutPeriodRefused;
import org.leavetracker.domain.error.InsufficientBalance;
import org.leavetracker.domain.error.NoWorkingDays;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.model.BlackoutMode;
import org.leavetracker.domain.model.BlackoutPeriod;
import org.leavetracker.domain.model.DateRange;
import org.leavetracker.domain.model.DatedHistory;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.EndHalves;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeavePolicy;
import org.leavetracker.domain.model.LeaveRequest;
import org.leavetracker.domain.model.WorkingWeek;

/** The checks a new leave must pass against one person's timeline and balances (SPEC §3.2, §3.4). */
public final class LeaveRules {

    private final EmploymentTimeline timeline;
    private final LeaveBalanceCalculator calculator;
    private final Collection<BlackoutPeriod> blackouts;
    private final LeaveTypeLimits limits;
    private final LocalDate noticeFrom;

    /**
     * @param requests   the person's leave, for the limits on consecutive days
     * @param noticeFrom the requester's today, from which minimum notice counts; null where notice does not apply
     *                   (an admin's own request, leave already taken, an approval)
     */
    public LeaveRules(EmploymentTimeline timeline, LeaveBalanceCalculator calculator,
                      Collection<BlackoutPeriod> blackouts, Collection<LeaveRequest> requests, LocalDate noticeFrom) {
        this.timeline = timeline;
        this.calculator = calculator;
        this.blackouts = List.copyOf(blackouts);
        this.limits = new LeaveTypeLimits(timeline, List.copyOf(requests));
        this.noticeFrom = noticeFrom;
    }

    /** The leave type's limits: minimum notice, the waiting period and consecutive days (POLICY_VIOLATION). */
    public void checkTypeLimits(NewLeave leave) {
        limits.check(leave, noticeFrom);
    }

    /**
     * Blackout periods the leave touches: one that refuses it throws BLACKOUT_PERIOD; otherwise the answer says
     * whether an admin must decide it.
     */
    public boolean checkBlackouts(NewLeave leave, DatedHistory<String> locations) {
        boolean adminRequired = false;
        for (BlackoutPeriod blackout : blackouts) {
            if (blackout.touches(leave.type().id(), leave.dates(), locations)) {
                if (blackout.mode() == BlackoutMode.REFUSE) {
                    throw new BlackoutPeriodRefused("'" + leave.type().name() + "' cannot be requested from "
                            + blackout.dates().start() + " to " + blackout.dates().end() + " (" + blackout.describe()
                            + "); choose other dates or ask an admin",
                            Map.of("field", "dates", "leaveTypeId", leave.type().id(),
                                    "from", blackout.dates().start().toString(), "to", blackout.dates().end().toString()));
                }
                adminRequired = true;
            }
        }
        return adminRequired;
    }

    public void checkShape(NewLeave leave) {
        if (leave.type().hourly()) {
            checkHourlyShape(leave);
        } else if (leave.times() != null) {
            throw ValidationError.at("times", "leave type '" + leave.type().name() + "' counts days; startTime and endTime"
                    + " are for hourly leave types");
        }
        if (leave.halfDay().isHalf()) {
            if (!leave.dates().isSingleDay()) {
                throw ValidationError.at("halfDay", "a half day (" + leave.halfDay() + ") needs startDate = endDate");
            }
            if (!leave.type().allowHalfDays()) {
                throw ValidationError.at("halfDay", "leave type '" + leave.type().name() + "' does not allow half days");
            }
        }
        checkEndHalves(leave);
        checkLength(leave.dates());
    }

    /** The first date may start at noon and the last end at noon, on leave over several dates of a half-day type. */
    private static void checkEndHalves(NewLeave leave) {
        EndHalves ends = leave.ends();
        if (ends.start() == HalfDay.MORNING) {
            throw ValidationError.at("startHalf", "startHalf is NONE or AFTERNOON (the first date from noon), got "
                    + "MORNING");
        }
        if (ends.end() == HalfDay.AFTERNOON) {
            throw ValidationError.at("endHalf", "endHalf is NONE or MORNING (the last date until noon), got AFTERNOON");
        }
        String field = ends.start().isHalf() ? "startHalf" : "endHalf";
        if (ends.any() && leave.dates().isSingleDay()) {
            throw ValidationError.at(field, field + " is for leave over several dates; for one date give halfDay");
        }
        if (ends.any() && (!leave.type().allowHalfDays() || leave.type().hourly())) {
            throw ValidationError.at(field, "leave type '" + leave.type().name() + "' does not allow half days");
        }
    }

    /** The longest request: three years, as parental leave can last (SPEC §4, Limits). */
    public static final long MAX_REQUEST_DAYS = 3 * 365 + 1;

    /** Checked before anything is counted, so no call works through more days than a request may have. */
    public static void checkLength(DateRange dates) {
        if (dates.lengthInDays() > MAX_REQUEST_DAYS) {
            throw ValidationError.at("dates", "a request may span at most " + MAX_REQUEST_DAYS + " calendar days (three"
                    + " years), got " + dates.lengthInDays() + "; split longer leave into several requests");
        }
    }

    /** Hourly leave: no half days; times on a single date, within that day's working hours. */
    private void checkHourlyShape(NewLeave leave) {
        if (leave.halfDay().isHalf()) {
            throw ValidationError.at("times", "leave type '" + leave.type().name() + "' counts hours: give startTime and"
                    + " endTime instead of a half day");
        }
        if (leave.times() != null) {
            if (!leave.dates().isSingleDay()) {
                throw ValidationError.at("times", "startTime and endTime need startDate = endDate");
            }
            Days hours = Days.ofHalves(leave.times().halfHours());
            Days day = timeline.workingWeekOn(leave.dates().start()).map(w -> w.hoursOn(leave.dates().start()))
                    .orElse(WorkingWeek.DEFAULT_HOURS);
            if (hours.isGreaterThan(day)) {
                throw ValidationError.at("times", leave.times().start() + "–" + leave.times().end() + " is " + hours
                        + " hours, more than the " + day + " working hours of " + leave.dates().start());
            }
        }
    }

    public void checkCountsDays(NewLeave leave) {
        if (amount(leave, null).isZero()) {
            throw new NoWorkingDays("From " + leave.dates().start() + " to " + leave.dates().end()
                    + " there is no working day (weekends, public or custom holidays, days outside the working week,"
                    + " or before the person's first location assignment)",
                    Map.of("field", "dates", "startDate", leave.dates().start().toString(),
                            "endDate", leave.dates().end().toString()));
        }
    }

    private Days amount(NewLeave leave, DateRange window) {
        return timeline.amount(leave.type().id(), leave.span(), leave.times(), window);
    }

    /**
     * In every year the leave touches, what is available once it is counted, as of its last date there, must not
     * fall below the allowed overdraft. The leave counts as the person's other pending requests do: its own days on
     * or before the carry-over expiry spend carried-over days, as they will once approved (SPEC §3.9), so a request
     * is accepted whole exactly when its parts would be, one after the other. Approving checks the same way.
     */
    public void checkBalance(NewLeave leave) {
        LeaveBalanceCalculator withLeave = calculator.withPending(leave.requestId(), leave.type().id(), leave.span(),
                leave.times());
        for (int year = leave.dates().firstYear(); year <= leave.dates().lastYear(); year++) {
            DateRange inYear = leave.dates().intersect(DateRange.year(year)).orElseThrow();
            Days days = amount(leave, DateRange.year(year));
            if (days.isZero()) {
                continue;
            }
            LocalDate last = inYear.end();
            Balance after = withLeave.balance(leave.type().id(), year, last);
            Days overdraft = timeline.policyOn(last, leave.type().id())
                    .map(LeavePolicy::negativeBalanceAllowed).orElse(Days.ZERO);
            if (after.available().plus(overdraft).isNegative()) {
                Days available = after.available().plus(days);
                String unit = leave.type().hourly() ? "hours" : "days";
                throw new InsufficientBalance("This leave needs " + days + " " + unit + " of '" + leave.type().name()
                        + "' in " + year + ", but only " + available + " " + unit + " are available by "
                        + last + (overdraft.isZero() ? "" : " (plus " + overdraft + " allowed below zero)"),
                        Map.of("field", "dates", "leaveTypeId", leave.type().id(), "year", year,
                                "needed", days.toDouble(), "available", available.toDouble(),
                                "asOf", last.toString(), "overdraft", overdraft.toDouble(),
                                "unit", unit.toUpperCase(java.util.Locale.ROOT)));
            }
        }
    }

}
