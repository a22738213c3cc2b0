package org.leavetracker.domain.write.employee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.event.CreditEvent.BalanceAdjusted;
import org.leavetracker.domain.event.CreditEvent.OvertimeRecorded;
import org.leavetracker.domain.event.CreditEvent;
import org.leavetracker.domain.model.BalanceAdjustment;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.LeaveType;
import org.leavetracker.domain.model.OvertimeCredit;
import org.leavetracker.domain.model.Text;
import org.leavetracker.domain.write.Decision;

/** What changes a person's balances besides leave: an admin's adjustments, and overtime credited as TOIL. */
public final class BalanceCredits {

    private final Employee person;
    private final List<BalanceAdjustment> adjustments = new ArrayList<>();
    private final List<OvertimeCredit> overtime = new ArrayList<>();

    BalanceCredits(Employee person) {
        this.person = person;
    }

    public Decision adjust(LeaveType type, int year, Days days, String note) {
        if (!type.deductsFromAllowance()) {
            throw new ValidationError("leave type '" + type.name() + "' does not deduct from an allowance, so it"
                    + " has no balance to adjust");
        }
        Employee.requireYear(year);
        if (days.isZero()) {
            throw ValidationError.at("days", "days must not be 0");
        }
        return Decision.of(person.id(), new BalanceAdjusted(type.id(), year, days, Text.requiredNote(note, "note")));
    }

    /**
     * Overtime worked on a date (on or before {@code today}), credited to a TOIL leave type: half days, at most one
     * day per date in all. It expires as the type says at the time of recording.
     */
    public Decision recordOvertime(LeaveType type, LocalDate date, Days days, String note, LocalDate today) {
        Employee.requireDate(date, "date");
        if (date.isAfter(today)) {
            throw ValidationError.at("date", "overtime is recorded once worked: " + date + " is after today, " + today);
        }
        if (days == null || !days.isGreaterThan(Days.ZERO) || days.isGreaterThan(Days.ONE)) {
            throw ValidationError.at("days", "overtime is 0.5 or 1 day for a date, not " + days);
        }
        Days already = overtime.stream().filter(c -> c.leaveTypeId().equals(type.id()) && c.date().equals(date))
                .map(OvertimeCredit::days).reduce(Days.ZERO, Days::plus);
        if (already.plus(days).isGreaterThan(Days.ONE)) {
            throw ValidationError.at("days", (already.equals(Days.ONE) ? "1 day of overtime is" : already
                    + " days of overtime are") + " already recorded for " + date + "; a date gives at most one day");
        }
        LocalDate expiresOn = type.toilExpiryMonths() == null ? null : date.plusMonths(type.toilExpiryMonths());
        return Decision.of(person.id(), new OvertimeRecorded(type.id(), date, days, Text.optionalNote(note, "note"),
                expiresOn));
    }

    public List<BalanceAdjustment> adjustments() {
        return List.copyOf(adjustments);
    }

    public List<OvertimeCredit> overtime() {
        return List.copyOf(overtime);
    }

    void evolve(CreditEvent event) {
        switch (event) {
            case BalanceAdjusted e -> adjustments.add(new BalanceAdjustment(e.leaveTypeId(), e.year(), e.days(),
                    e.note()));
            case OvertimeRecorded e -> overtime.add(new OvertimeCredit(e.leaveTypeId(), e.date(), e.days(),
                    e.expiresOn()));
        }
    }
}
