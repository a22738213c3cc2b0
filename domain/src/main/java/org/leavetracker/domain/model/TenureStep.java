package org.leavetracker.domain.model;

import java.util.List;

import org.leavetracker.domain.error.ValidationError;

/**
 * Extra days with years of service (SPEC §3.9): from the {@code afterYears}-th anniversary of the employment start,
 * the policy's annual allowance grows by {@code extraDays}, prorated within the year like any policy change.
 */
public record TenureStep(int afterYears, Days extraDays) {

    /** More steps than a career has anniversaries worth a rule. */
    public static final int MAX_STEPS = 10;
    public static final int MAX_YEARS = 60;

    public TenureStep {
        if (afterYears < 1 || afterYears > MAX_YEARS) {
            throw ValidationError.at("tenureSteps", "a tenure step's afterYears is 1 to " + MAX_YEARS + ", not "
                    + afterYears);
        }
        if (extraDays == null || !extraDays.isGreaterThan(Days.ZERO) || extraDays.isGreaterThan(Days.of(366))) {
            throw ValidationError.at("tenureSteps", "a tenure step's extraDays is more than 0 and at most 366, not "
                    + extraDays);
        }
    }

    /** Steps as a policy keeps them: at most {@link #MAX_STEPS}, each anniversary once, in order. */
    public static List<TenureStep> checked(List<TenureStep> steps) {
        if (steps == null) {
            return List.of();
        }
        if (steps.size() > MAX_STEPS) {
            throw ValidationError.at("tenureSteps", "at most " + MAX_STEPS + " tenure steps, not " + steps.size());
        }
        List<TenureStep> sorted = steps.stream().sorted(java.util.Comparator.comparingInt(TenureStep::afterYears))
                .toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).afterYears() == sorted.get(i - 1).afterYears()) {
                throw ValidationError.at("tenureSteps", "two tenure steps after " + sorted.get(i).afterYears()
                        + " years; give each anniversary once");
            }
        }
        return sorted;
    }
}
