package org.leavetracker.domain.write.organization;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.leavetracker.domain.error.NotFound;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.event.PolicyEvent.LeavePolicyRemoved;
import org.leavetracker.domain.event.PolicyEvent.LeavePolicySet;
import org.leavetracker.domain.event.PolicyEvent;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.DatedHistory;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.LeavePolicy;
import org.leavetracker.domain.model.LeaveType;
import org.leavetracker.domain.model.Location;
import org.leavetracker.domain.model.TenureStep;
import org.leavetracker.domain.write.Decision;

/** The dated leave policies of each location and leave type: allowance, accrual, rollover and overdraft. */
public final class LeavePolicies extends SettingsById<LeavePolicy> {

    private static final int MAX_EXPIRY_MONTHS = 12;

    private final Locations locations;
    private final LeaveTypes leaveTypes;
    private final Map<String, DatedHistory<LeavePolicy>> schedules = new HashMap<>();
    /** Policies taken back, kept so that a repeated removal answers as the first did. */
    private final Map<String, LeavePolicy> removed = new HashMap<>();

    LeavePolicies(Locations locations, LeaveTypes leaveTypes) {
        super("leave policy", LeavePolicy::id, null);
        this.locations = locations;
        this.leaveTypes = leaveTypes;
    }

    /** Sets the policy from a date on; a policy already set on that same date is replaced and keeps its id. */
    public Decision set(String newId, String locationId, String leaveTypeId, LocalDate effectiveDate,
                        Days annualAllowance, Accrual accrual, Days rolloverMax, Integer rolloverExpiryMonths,
                        Days negativeBalanceAllowed) {
        return set(newId, locationId, leaveTypeId, effectiveDate, annualAllowance, accrual, rolloverMax,
                rolloverExpiryMonths, negativeBalanceAllowed, List.of(), null);
    }

    /**
     * @param tenureSteps    extra days from anniversaries of the employment start (null: none)
     * @param encashableDays of the days the rollover cap forfeits at a year's end, how many are paid out (null: none)
     */
    public Decision set(String newId, String locationId, String leaveTypeId, LocalDate effectiveDate,
                        Days annualAllowance, Accrual accrual, Days rolloverMax, Integer rolloverExpiryMonths,
                        Days negativeBalanceAllowed, List<TenureStep> tenureSteps, Days encashableDays) {
        locations.get(locationId);
        LeaveType type = leaveTypes.get(leaveTypeId);
        if (effectiveDate == null || accrual == null || annualAllowance == null) {
            throw new ValidationError("effectiveDate, annualAllowanceDays and accrual are required");
        }
        // an hourly type's policy amounts are hours (docs/RULES.md)
        Days most = type.hourly() ? Days.of(366 * 24) : Days.of(366);
        if (annualAllowance.isNegative() || annualAllowance.isGreaterThan(most)) {
            throw ValidationError.at("annualAllowanceDays", "annualAllowanceDays must be between 0 and " + most
                    + ", got " + annualAllowance);
        }
        if (rolloverMax != null && rolloverMax.isNegative()) {
            throw ValidationError.at("rolloverMaxDays",
                    "rolloverMaxDays must not be negative (0 = no rollover, null = unlimited)");
        }
        if (rolloverExpiryMonths != null && (rolloverExpiryMonths < 1 || rolloverExpiryMonths > MAX_EXPIRY_MONTHS)) {
            throw ValidationError.at("rolloverExpiryMonths", "rolloverExpiryMonths must be between 1 and 12"
                    + " (carried-over days expire at the end of that month of the new year), or null for never; got "
                    + rolloverExpiryMonths);
        }
        Days negative = negativeBalanceAllowed == null ? Days.ZERO : negativeBalanceAllowed;
        if (negative.isNegative()) {
            throw ValidationError.at("negativeBalanceAllowedDays", "negativeBalanceAllowedDays must not be negative,"
                    + " got " + negative);
        }
        List<TenureStep> steps = TenureStep.checked(tenureSteps);
        if (encashableDays != null && (encashableDays.isNegative() || encashableDays.isGreaterThan(most))) {
            throw ValidationError.at("encashableDays", "encashableDays must be between 0 and " + most + ", got "
                    + encashableDays);
        }
        Days encashable = encashableDays == null || encashableDays.isZero() ? null : encashableDays;
        if (encashable != null && rolloverMax == null) {
            throw ValidationError.at("encashableDays", "without rolloverMaxDays nothing is forfeited at a year's end,"
                    + " so nothing is paid out; set a rollover cap first");
        }
        Optional<LeavePolicy> sameDate = schedule(locationId, leaveTypeId).exactlyOn(effectiveDate);
        String policyId = sameDate.map(LeavePolicy::id).orElse(newId);
        LeavePolicy wanted = new LeavePolicy(policyId, locationId, leaveTypeId, effectiveDate, annualAllowance,
                accrual, rolloverMax, rolloverExpiryMonths, negative, steps, encashable);
        if (sameDate.isPresent() && sameDate.get().equals(wanted)) {
            return Decision.nothingChanged(policyId);
        }
        return Decision.of(policyId, new LeavePolicySet(policyId, locationId, leaveTypeId, effectiveDate,
                annualAllowance, accrual, rolloverMax, rolloverExpiryMonths, negative, steps, encashable));
    }

    /** Takes back the policy set for that date; figures are recomputed as if it had never been set. */
    public Decision remove(String locationId, String leaveTypeId, LocalDate effectiveDate) {
        Location location = locations.get(locationId);
        LeaveType type = leaveTypes.get(leaveTypeId);
        if (effectiveDate == null) {
            throw ValidationError.required("effectiveDate");
        }
        Optional<LeavePolicy> set = schedule(locationId, leaveTypeId).exactlyOn(effectiveDate);
        if (set.isPresent()) {
            return Decision.of(set.get().id(), new LeavePolicyRemoved(set.get().id(), locationId, leaveTypeId,
                    effectiveDate));
        }
        Optional<LeavePolicy> removedBefore = removed.values().stream()
                .filter(p -> p.locationId().equals(locationId) && p.leaveTypeId().equals(leaveTypeId)
                        && p.effectiveDate().equals(effectiveDate)).findFirst();
        if (removedBefore.isPresent()) {
            return Decision.nothingChanged(removedBefore.get().id());
        }
        throw new NotFound("no " + type.name() + " policy in " + location.name() + " takes effect on " + effectiveDate);
    }

    /** A policy, also one removed since (what its removal answers). */
    public LeavePolicy everSet(String policyId) {
        LeavePolicy gone = removed.get(policyId);
        return gone != null ? gone : get(policyId);
    }

    /** Policies taken back since they were set (the read side marks their items removed). */
    public Collection<LeavePolicy> removed() {
        return List.copyOf(removed.values());
    }

    /** The dated policies of one location and leave type (empty if none was ever set). */
    public DatedHistory<LeavePolicy> schedule(String locationId, String leaveTypeId) {
        return schedules.getOrDefault(scheduleKey(locationId, leaveTypeId), new DatedHistory<>());
    }

    void evolve(PolicyEvent event) {
        switch (event) {
            case LeavePolicySet e -> {
                schedule(e.locationId(), e.leaveTypeId()).exactlyOn(e.effectiveDate())
                        .ifPresent(replaced -> byId.remove(replaced.id()));
                removed.remove(e.policyId());
                LeavePolicy policy = new LeavePolicy(e.policyId(), e.locationId(), e.leaveTypeId(), e.effectiveDate(),
                        e.annualAllowance(), e.accrual(), e.rolloverMax(), e.rolloverExpiryMonths(),
                        e.negativeBalanceAllowed(), e.tenureSteps(), e.encashableDays());
                byId.put(policy.id(), policy);
                schedules.computeIfAbsent(scheduleKey(e.locationId(), e.leaveTypeId()), k -> new DatedHistory<>())
                        .set(e.effectiveDate(), policy);
            }
            case LeavePolicyRemoved e -> {
                LeavePolicy gone = byId.remove(e.policyId());
                if (gone != null) {
                    removed.put(e.policyId(), gone);
                }
                schedules.computeIfAbsent(scheduleKey(e.locationId(), e.leaveTypeId()), k -> new DatedHistory<>())
                        .remove(e.effectiveDate());
            }
        }
    }

    private static String scheduleKey(String locationId, String leaveTypeId) {
        return locationId + "|" + leaveTypeId;
    }
}
