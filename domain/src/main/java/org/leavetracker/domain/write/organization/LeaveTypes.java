package org.leavetracker.domain.write.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.leavetracker.domain.error.Conflict;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.event.DomainEvent;
import org.leavetracker.domain.event.LeaveTypeEvent.ApprovalChainSet;
import org.leavetracker.domain.event.LeaveTypeEvent.LeaveTypeArchived;
import org.leavetracker.domain.event.LeaveTypeEvent.LeaveTypeCreated;
import org.leavetracker.domain.event.LeaveTypeEvent.LeaveTypeRulesSet;
import org.leavetracker.domain.event.LeaveTypeEvent.LeaveTypeUpdated;
import org.leavetracker.domain.event.LeaveTypeEvent.ToilEnabled;
import org.leavetracker.domain.event.LeaveTypeEvent;
import org.leavetracker.domain.model.ApprovalLevel;
import org.leavetracker.domain.model.LeaveType;
import org.leavetracker.domain.model.LeaveTypeRules;
import org.leavetracker.domain.model.LeaveUnit;
import org.leavetracker.domain.model.Text;
import org.leavetracker.domain.write.Decision;

/** An organization's leave types: what each counts, how its requests are approved, and time off in lieu. */
public final class LeaveTypes extends SettingsById<LeaveType> {

    /** The most levels a chain may have: beyond that, requests wait longer than the leave itself lasts. */
    static final int MAX_APPROVAL_LEVELS = 5;
    /** Unspent overtime may be kept at most two years. */
    static final int MAX_TOIL_EXPIRY_MONTHS = 24;

    private final ApproverGroups groups;

    LeaveTypes(ApproverGroups groups) {
        super("leave type", LeaveType::id, LeaveType::name);
        this.groups = groups;
    }

    public Decision create(String newId, String typeName, boolean deductsFromAllowance, boolean requiresApproval,
                           boolean allowHalfDays) {
        return create(newId, typeName, deductsFromAllowance, requiresApproval, allowHalfDays, null);
    }

    public Decision create(String newId, String typeName, boolean deductsFromAllowance, boolean requiresApproval,
                           boolean allowHalfDays, LeaveUnit unit) {
        return create(newId, typeName, deductsFromAllowance, requiresApproval, allowHalfDays, unit,
                LeaveTypeRules.NONE);
    }

    /**
     * @param unit  DAYS (null too) or HOURS; an hourly type has no half days
     * @param rules its rules beyond the balance; any but none are a second event, {@link LeaveTypeRulesSet}
     */
    public Decision create(String newId, String typeName, boolean deductsFromAllowance, boolean requiresApproval,
                           boolean allowHalfDays, LeaveUnit unit, LeaveTypeRules rules) {
        LeaveUnit counted = unit == null ? LeaveUnit.DAYS : unit;
        if (counted == LeaveUnit.HOURS && allowHalfDays) {
            throw new ValidationError("an hourly leave type counts hours; set allowHalfDays false");
        }
        requireFits(rules, counted, deductsFromAllowance);
        String cleanName = Text.requiredName(typeName, "name");
        Optional<LeaveType> sameName = named(cleanName);
        if (sameName.isPresent()) {
            LeaveType existing = sameName.get();
            if (existing.deductsFromAllowance() == deductsFromAllowance
                    && existing.requiresApproval() == requiresApproval && existing.allowHalfDays() == allowHalfDays
                    && existing.unit() == counted && existing.rules().equals(rules)) {
                return Decision.nothingChanged(existing.id());
            }
            throw new Conflict("a leave type named '" + cleanName + "' already exists (id " + existing.id() + ")");
        }
        LeaveTypeCreated created = new LeaveTypeCreated(newId, cleanName, deductsFromAllowance, requiresApproval,
                allowHalfDays, unit == null ? null : counted);
        return rules.equals(LeaveTypeRules.NONE) ? Decision.of(newId, created)
                : Decision.of(newId, created, rulesSet(newId, rules));
    }

    /**
     * Sets a leave type's rules beyond the balance, for requests made from now on; every figure is recomputed
     * with them (a type that starts counting calendar days counts its past requests so too).
     */
    public Decision setRules(String leaveTypeId, LeaveTypeRules rules) {
        LeaveType type = get(leaveTypeId);
        requireFits(rules, type.unit(), type.deductsFromAllowance());
        return type.rules().equals(rules) ? Decision.nothingChanged(leaveTypeId)
                : Decision.of(leaveTypeId, rulesSet(leaveTypeId, rules));
    }

    private static void requireFits(LeaveTypeRules rules, LeaveUnit unit, boolean deducts) {
        if (rules.countsCalendarDays() && unit == LeaveUnit.HOURS) {
            throw ValidationError.at("countsCalendarDays", "an hourly leave type counts working hours, not calendar"
                    + " days");
        }
        if (rules.maxBalanceDays() != null && !deducts) {
            throw ValidationError.at("maxBalanceDays", "a leave type that does not deduct from an allowance has no"
                    + " balance to cap");
        }
    }

    private static LeaveTypeRulesSet rulesSet(String leaveTypeId, LeaveTypeRules rules) {
        return new LeaveTypeRulesSet(leaveTypeId, rules.countsCalendarDays(), rules.maxConsecutiveDays(),
                rules.minNoticeDays(), rules.waitingPeriodDays(), rules.maxBalanceDays());
    }

    /**
     * Corrects a leave type's name and approval settings (null: unchanged), for requests made from then on. What a
     * type counts (days or hours) and whether it deducts cannot change: every past figure would change meaning
     * (docs/RULES.md); create another type and archive this one instead.
     */
    public Decision update(String leaveTypeId, String newName, Boolean requiresApproval, Boolean allowHalfDays,
                           LeaveTypeRules rules) {
        List<DomainEvent> events = new ArrayList<>(update(leaveTypeId, newName, requiresApproval, allowHalfDays)
                .events());
        events.addAll(setRules(leaveTypeId, rules).events());
        return Decision.of(leaveTypeId, events.toArray(DomainEvent[]::new));
    }

    public Decision update(String leaveTypeId, String newName, Boolean requiresApproval, Boolean allowHalfDays) {
        LeaveType type = get(leaveTypeId);
        String cleanName = newName == null ? type.name() : Text.requiredName(newName, "name");
        boolean approval = requiresApproval == null ? type.requiresApproval() : requiresApproval;
        boolean halfDays = allowHalfDays == null ? type.allowHalfDays() : allowHalfDays;
        requireNameFree(cleanName, leaveTypeId);
        if (type.hourly() && halfDays) {
            throw new ValidationError("an hourly leave type counts hours; it has no half days");
        }
        if (!approval && !type.approvalChain().isEmpty()) {
            throw new ValidationError("leave type '" + type.name() + "' has an approval chain; set an empty chain"
                    + " first, then turn approval off");
        }
        if (cleanName.equals(type.name()) && approval == type.requiresApproval() && halfDays == type.allowHalfDays()) {
            return Decision.nothingChanged(leaveTypeId);
        }
        return Decision.of(leaveTypeId, new LeaveTypeUpdated(leaveTypeId, cleanName, approval, halfDays));
    }

    public Decision archive(String leaveTypeId) {
        LeaveType type = get(leaveTypeId);
        return type.archived() ? Decision.nothingChanged(leaveTypeId)
                : Decision.of(leaveTypeId, new LeaveTypeArchived(leaveTypeId));
    }

    /** The levels requests of a leave type must pass from now on; requests already made keep theirs. */
    public Decision setApprovalChain(String leaveTypeId, List<ApprovalLevel> levels) {
        LeaveType type = get(leaveTypeId);
        List<ApprovalLevel> chain = levels == null ? List.of() : List.copyOf(levels);
        if (chain.size() > MAX_APPROVAL_LEVELS) {
            throw new ValidationError("an approval chain has at most " + MAX_APPROVAL_LEVELS + " levels, not "
                    + chain.size());
        }
        for (ApprovalLevel level : chain) {
            if (level == null || level.kind() == null) {
                throw new ValidationError("each approval level needs a kind: APPROVERS, GROUP or ADMINS");
            }
            if (level.kind() == ApprovalLevel.Kind.GROUP) {
                groups.get(level.groupId());
            } else if (level.groupId() != null) {
                throw new ValidationError("only a GROUP level names a group; " + level.kind() + " does not");
            }
        }
        if (!type.requiresApproval() && !chain.isEmpty()) {
            throw new ValidationError("leave type '" + type.name() + "' needs no approval; an approval chain would"
                    + " never be used");
        }
        if (type.approvalChain().equals(chain)) {
            return Decision.nothingChanged(leaveTypeId);
        }
        return Decision.of(leaveTypeId, new ApprovalChainSet(leaveTypeId, chain));
    }

    /**
     * Makes a leave type time off in lieu: recorded overtime adds to its balance, expiring after
     * {@code expiryMonths} (null: never). Overtime already recorded keeps the expiry it was recorded with.
     */
    public Decision enableToil(String leaveTypeId, Integer expiryMonths) {
        LeaveType type = get(leaveTypeId);
        if (!type.deductsFromAllowance()) {
            throw new ValidationError("leave type '" + type.name() + "' has no balance; TOIL needs one that deducts"
                    + " from an allowance");
        }
        if (expiryMonths != null && (expiryMonths < 1 || expiryMonths > MAX_TOIL_EXPIRY_MONTHS)) {
            throw new ValidationError("toil expiry is 1.." + MAX_TOIL_EXPIRY_MONTHS + " months, not " + expiryMonths);
        }
        if (type.toil() && Objects.equals(type.toilExpiryMonths(), expiryMonths)) {
            return Decision.nothingChanged(leaveTypeId);
        }
        return Decision.of(leaveTypeId, new ToilEnabled(leaveTypeId, expiryMonths));
    }

    /** The TOIL type overtime goes to: the one named, or the organization's only one. */
    public LeaveType toilType(String leaveTypeId) {
        if (leaveTypeId != null) {
            LeaveType type = get(leaveTypeId);
            if (!type.toil()) {
                throw new ValidationError("leave type '" + type.name() + "' is not a TOIL type");
            }
            return type;
        }
        List<LeaveType> toil = stream().filter(LeaveType::toil).toList();
        if (toil.size() != 1) {
            throw new ValidationError(toil.isEmpty() ? "no leave type is a TOIL type yet (setToil)"
                    : "several leave types are TOIL types; name the leaveTypeId");
        }
        return toil.getFirst();
    }

    /** The names of the types whose approval chain names a group. */
    List<String> namingGroup(String groupId) {
        return stream().filter(t -> t.approvalChain().stream().anyMatch(l -> groupId.equals(l.groupId())))
                .map(LeaveType::name).toList();
    }

    void evolve(LeaveTypeEvent event) {
        switch (event) {
            case LeaveTypeCreated e -> byId.put(e.leaveTypeId(), new LeaveType(e.leaveTypeId(), e.name(),
                    e.deductsFromAllowance(), e.requiresApproval(), e.allowHalfDays(), e.unit()));
            case LeaveTypeUpdated e -> byId.computeIfPresent(e.leaveTypeId(), (k, t) -> t.withSettings(e.name(),
                    e.requiresApproval(), e.allowHalfDays()));
            case LeaveTypeArchived e -> byId.computeIfPresent(e.leaveTypeId(), (k, t) -> t.asArchived());
            case ApprovalChainSet e -> byId.computeIfPresent(e.leaveTypeId(), (k, t) ->
                    t.withApprovalChain(e.levels()));
            case ToilEnabled e -> byId.computeIfPresent(e.leaveTypeId(), (k, t) -> t.asToil(e.expiryMonths()));
            case LeaveTypeRulesSet e -> byId.computeIfPresent(e.leaveTypeId(), (k, t) -> t.withRules(
                    new LeaveTypeRules(e.countsCalendarDays(), e.maxConsecutiveDays(), e.minNoticeDays(),
                            e.waitingPeriodDays(), e.maxBalanceDays())));
        }
    }
}
