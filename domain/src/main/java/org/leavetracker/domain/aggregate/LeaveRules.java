package org.leavetracker.domain.aggregate;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

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
import org.leavetracker.domain.model.LeavePolicy;

/** The checks a new leave must pass against one person's timeline and balances (SPEC §3.2, §3.4). */
public final class LeaveRules {

    /** Longer requests are almost certainly typos; a sabbatical can still be recorded as consecutive requests. */
    static final long MAX_REQUEST_LENGTH_DAYS = 366;

    private final EmploymentTimeline timeline;
    private final LeaveBalanceCalculator calculator;
    private final Collection<BlackoutPeriod> blackouts;

    public LeaveRules(EmploymentTimeline timeline, LeaveBalanceCalculator calculator,
                      Collection<BlackoutPeriod> blackouts) {
        this.timeline = timeline;
        this.calculator = calculator;
        this.blackouts = List.copyOf(blackouts);
    }

    /**
     * Blackout periods the leave touches: one that refuses it throws BLACKOUT_PERIOD; otherwise the answer says
     * whether an admin must decide it.
     */
    boolean checkBlackouts(NewLeave leave, DatedHistory<String> locations) {
        boolean adminRequired = false;
        for (BlackoutPeriod blackout : blackouts) {
            if (blackout.touches(leave.type().id(), leave.dates(), locations)) {
                if (blackout.mode() == BlackoutMode.REFUSE) {
                    throw new BlackoutPeriodRefused("'" + leave.type().name() + "' cannot be requested from "
                            + blackout.dates().start() + " to " + blackout.dates().end() + " (" + blackout.describe()
                            + "); choose other dates or ask an admin");
                }
                adminRequired = true;
            }
        }
        return adminRequired;
    }

    void checkShape(NewLeave leave) {
        if (leave.halfDay().isHalf()) {
            if (!leave.dates().isSingleDay()) {
                throw new ValidationError("a half day (" + leave.halfDay() + ") needs startDate = endDate");
            }
            if (!leave.type().allowHalfDays()) {
                throw new ValidationError("leave type '" + leave.type().name() + "' does not allow half days");
            }
        }
        if (leave.dates().lengthInDays() > MAX_REQUEST_LENGTH_DAYS) {
            throw new ValidationError("a request may span at most " + MAX_REQUEST_LENGTH_DAYS
                    + " calendar days; split longer leave into several requests");
        }
    }

    void checkCountsDays(NewLeave leave) {
        if (timeline.count(leave.dates(), leave.halfDay()).isZero()) {
            throw new NoWorkingDays("from " + leave.dates().start() + " to " + leave.dates().end()
                    + " there is no working day (weekends, public or custom holidays, days outside the working week,"
                    + " or before the person's first location assignment)");
        }
    }

    /** In every year the leave touches, its days there must fit the available balance plus the allowed overdraft. */
    void checkBalance(NewLeave leave, String excludedRequestId) {
        for (int year = leave.dates().firstYear(); year <= leave.dates().lastYear(); year++) {
            DateRange inYear = leave.dates().intersect(DateRange.year(year)).orElseThrow();
            Days days = timeline.count(inYear, leave.halfDay());
            if (days.isZero()) {
                continue;
            }
            LocalDate last = inYear.end();
            Balance balance = calculator.balance(leave.type().id(), year, last, excludedRequestId);
            Days overdraft = timeline.policyOn(last, leave.type().id())
                    .map(LeavePolicy::negativeBalanceAllowed).orElse(Days.ZERO);
            if (days.isGreaterThan(balance.available().plus(overdraft))) {
                throw new InsufficientBalance("this leave needs " + days + " day(s) of '" + leave.type().name()
                        + "' in " + year + " but only " + balance.available() + " are available by " + last
                        + (overdraft.isZero() ? "" : " (plus " + overdraft + " allowed below zero)"));
            }
        }
    }

}
