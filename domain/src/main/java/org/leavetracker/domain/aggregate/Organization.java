package org.leavetracker.domain.aggregate;

import java.net.URI;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.leavetracker.domain.error.Conflict;
import org.leavetracker.domain.error.NotFound;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.event.OrganizationEvent;
import org.leavetracker.domain.event.OrganizationEvent.ApprovalChainSet;
import org.leavetracker.domain.event.OrganizationEvent.ApproverGroupRemoved;
import org.leavetracker.domain.event.OrganizationEvent.ApproverGroupSet;
import org.leavetracker.domain.event.OrganizationEvent.BlackoutPeriodAdded;
import org.leavetracker.domain.event.OrganizationEvent.BlackoutPeriodRemoved;
import org.leavetracker.domain.event.OrganizationEvent.HolidayAdded;
import org.leavetracker.domain.event.OrganizationEvent.HolidayRemoved;
import org.leavetracker.domain.event.OrganizationEvent.LeavePolicyRemoved;
import org.leavetracker.domain.event.OrganizationEvent.LeavePolicySet;
import org.leavetracker.domain.event.OrganizationEvent.LeaveTypeArchived;
import org.leavetracker.domain.event.OrganizationEvent.LeaveTypeCreated;
import org.leavetracker.domain.event.OrganizationEvent.LeaveTypeUpdated;
import org.leavetracker.domain.event.OrganizationEvent.LocationArchived;
import org.leavetracker.domain.event.OrganizationEvent.LocationCreated;
import org.leavetracker.domain.event.OrganizationEvent.LocationUpdated;
import org.leavetracker.domain.event.OrganizationEvent.LocationWorkingWeekSet;
import org.leavetracker.domain.event.OrganizationEvent.OrganizationCreated;
import org.leavetracker.domain.event.OrganizationEvent.OrganizationRenamed;
import org.leavetracker.domain.event.OrganizationEvent.TeamCreated;
import org.leavetracker.domain.event.OrganizationEvent.TeamManagersSet;
import org.leavetracker.domain.event.OrganizationEvent.TeamRenamed;
import org.leavetracker.domain.event.OrganizationEvent.ToilEnabled;
import org.leavetracker.domain.event.OrganizationEvent.WebhookRegistered;
import org.leavetracker.domain.event.OrganizationEvent.WebhookRemoved;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.ApprovalLevel;
import org.leavetracker.domain.model.ApproverGroup;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.BlackoutMode;
import org.leavetracker.domain.model.BlackoutPeriod;
import org.leavetracker.domain.model.DateRange;
import org.leavetracker.domain.model.DateWindow;
import org.leavetracker.domain.model.DatedHistory;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.LeavePolicy;
import org.leavetracker.domain.model.LeaveType;
import org.leavetracker.domain.model.LeaveUnit;
import org.leavetracker.domain.model.Location;
import org.leavetracker.domain.model.Named;
import org.leavetracker.domain.model.Team;
import org.leavetracker.domain.model.Text;
import org.leavetracker.domain.model.WorkingWeek;
import org.leavetracker.domain.webhook.Webhook;
import org.leavetracker.domain.webhook.WebhookEvents;
import org.leavetracker.domain.port.HolidayCalendar;

/**
 * The tenant and its settings: locations (with custom holidays), leave types and dated leave policies. Settings
 * change rarely and only by admins, so one aggregate serialises them cheaply and lets a command read all of them
 * consistently in one load.
 */
public final class Organization {

    private static final int MAX_EXPIRY_MONTHS = 12;

    private final String id;
    private String name;
    private Instant createdAt;
    private long version;
    private final Map<String, Location> locations = new LinkedHashMap<>();
    private final Map<String, LeaveType> leaveTypes = new LinkedHashMap<>();
    private final Map<String, LeavePolicy> policies = new LinkedHashMap<>();
    private final Map<String, DatedHistory<LeavePolicy>> schedules = new HashMap<>();
    private final Map<String, BlackoutPeriod> blackouts = new LinkedHashMap<>();
    private final Map<String, ApproverGroup> approverGroups = new LinkedHashMap<>();
    /** What was removed, kept so that a repeated removal answers as the first did (and old requests find names). */
    private final Map<String, BlackoutPeriod> removedBlackouts = new HashMap<>();
    private final Map<String, ApproverGroup> removedApproverGroups = new HashMap<>();
    private final Set<String> removedHolidays = new java.util.HashSet<>();
    private final Map<String, LeavePolicy> removedPolicies = new HashMap<>();
    private final Map<String, Webhook> webhooks = new LinkedHashMap<>();
    private final Map<String, Team> teams = new LinkedHashMap<>();

    private Organization(String id) {
        this.id = id;
    }

    public static Optional<Organization> replay(String id, List<RecordedEvent> history) {
        if (history.isEmpty()) {
            return Optional.empty();
        }
        Organization organization = new Organization(id);
        history.forEach(organization::apply);
        return Optional.of(organization);
    }

    // ---- decisions ----

    public static OrganizationCreated create(String name) {
        return new OrganizationCreated(Text.requiredName(name, "name"));
    }

    public Decision createLocation(String newId, String locationName, String timeZone, String holidayCalendar,
                                   Collection<DayOfWeek> workingDays, HolidayCalendar calendars) {
        return createLocation(newId, locationName, timeZone, holidayCalendar, workingDays, null, calendars);
    }

    /** @param hoursPerDay hours of each working day (null: 8) */
    public Decision createLocation(String newId, String locationName, String timeZone, String holidayCalendar,
                                   Collection<DayOfWeek> workingDays, Days hoursPerDay, HolidayCalendar calendars) {
        String cleanName = Text.requiredName(locationName, "name");
        ZoneId zone = parseZone(timeZone);
        String calendar = knownCalendar(holidayCalendar == null ? "" : holidayCalendar, calendars);
        WorkingWeek week = WorkingWeek.of(workingDays, hoursPerDay);
        Optional<Location> sameName = named(locations, cleanName);
        if (sameName.isPresent()) {
            Location existing = sameName.get();
            if (existing.timeZone().equals(zone) && existing.holidayCalendar().equals(calendar)
                    && existing.workingWeek().equals(week)) {
                return Decision.nothingChanged(existing.id()); // a retried command
            }
            throw new Conflict("a location named '" + cleanName + "' already exists (id " + existing.id() + ")");
        }
        return Decision.of(newId, new LocationCreated(newId, cleanName, zone.getId(), calendar, week.ordered(),
                hoursPerDay == null ? null : week.hoursPerDay()));
    }

    public Decision addHoliday(String locationId, LocalDate date, String holidayName) {
        DateWindow.require(date, "date");
        Location location = location(locationId);
        if (date == null) {
            throw ValidationError.at("date", "date is required");
        }
        String cleanName = Text.requiredName(holidayName, "name");
        if (cleanName.equals(location.customHolidays().get(date))) {
            return Decision.nothingChanged(locationId);
        }
        return Decision.of(locationId, new HolidayAdded(locationId, date, cleanName));
    }

    public Decision rename(String newName) {
        String cleanName = Text.requiredName(newName, "name");
        return cleanName.equals(name) ? Decision.nothingChanged(id) : Decision.of(id, new OrganizationRenamed(cleanName));
    }

    /** Takes back a custom holiday of a location; public holidays come from the calendar and cannot be removed. */
    public Decision removeHoliday(String locationId, LocalDate date) {
        Location location = location(locationId);
        if (date == null) {
            throw ValidationError.at("date", "date is required");
        }
        if (!location.customHolidays().containsKey(date)) {
            if (removedHolidays.contains(locationId + "|" + date)) {
                return Decision.nothingChanged(locationId); // a repeated removal
            }
            throw new NotFound("no custom holiday on " + date + " in " + location.name()
                    + " (public holidays come from its holiday calendar, " + location.holidayCalendar() + ")");
        }
        return Decision.of(locationId, new HolidayRemoved(locationId, date));
    }

    public Decision removeBlackoutPeriod(String blackoutId) {
        if (removedBlackouts.containsKey(blackoutId)) {
            return Decision.nothingChanged(blackoutId);
        }
        blackout(blackoutId);
        return Decision.of(blackoutId, new BlackoutPeriodRemoved(blackoutId));
    }

    /** A blackout period, also one removed since (what its removal answers). */
    public BlackoutPeriod blackoutEverAdded(String blackoutId) {
        BlackoutPeriod removed = removedBlackouts.get(blackoutId);
        return removed != null ? removed : blackout(blackoutId);
    }

    /**
     * Corrects a location's name, time zone or holiday calendar (null: unchanged). A new calendar recounts every
     * request in the location, as a new holiday does.
     */
    public Decision updateLocation(String locationId, String newName, String timeZone, String holidayCalendar,
                                   HolidayCalendar calendars) {
        Location location = location(locationId);
        String cleanName = newName == null ? location.name() : Text.requiredName(newName, "name");
        ZoneId zone = timeZone == null ? location.timeZone() : parseZone(timeZone);
        String calendar = holidayCalendar == null ? location.holidayCalendar() : knownCalendar(holidayCalendar, calendars);
        requireNameFree(locations, cleanName, locationId, "location");
        if (cleanName.equals(location.name()) && zone.equals(location.timeZone())
                && calendar.equals(location.holidayCalendar())) {
            return Decision.nothingChanged(locationId);
        }
        return Decision.of(locationId, new LocationUpdated(locationId, cleanName, zone.getId(), calendar));
    }

    /** The location's working week from a date on (a person's own week still wins); the same date replaces it. */
    public Decision setLocationWorkingWeek(String locationId, Collection<DayOfWeek> workingDays,
                                           LocalDate effectiveDate, Days hoursPerDay, Map<DayOfWeek, Days> hoursByDay) {
        Location location = location(locationId);
        if (effectiveDate == null) {
            throw ValidationError.at("effectiveDate", "effectiveDate is required");
        }
        WorkingWeek week = WorkingWeek.of(workingDays, hoursPerDay, hoursByDay);
        if (week.equals(location.workingWeekChanges().get(effectiveDate))) {
            return Decision.nothingChanged(locationId);
        }
        return Decision.of(locationId, new LocationWorkingWeekSet(locationId, week.ordered(), effectiveDate,
                week.hoursPerDay(), week.hoursByDay()));
    }

    public Decision archiveLocation(String locationId) {
        Location location = location(locationId);
        return location.archived() ? Decision.nothingChanged(locationId)
                : Decision.of(locationId, new LocationArchived(locationId));
    }

    /** A location people may move into: one that exists and is not archived. */
    public Location openLocation(String locationId) {
        Location location = location(locationId);
        if (location.archived()) {
            throw new ValidationError("location '" + location.name() + "' is archived; no one moves into it any more");
        }
        return location;
    }

    /**
     * Corrects a leave type's name and approval settings (null: unchanged), for requests made from then on. What a
     * type counts (days or hours) and whether it deducts cannot change: every past figure would change meaning
     * (docs/RULES.md); create another type and archive this one instead.
     */
    public Decision updateLeaveType(String leaveTypeId, String newName, Boolean requiresApproval,
                                    Boolean allowHalfDays) {
        LeaveType type = leaveType(leaveTypeId);
        String cleanName = newName == null ? type.name() : Text.requiredName(newName, "name");
        boolean approval = requiresApproval == null ? type.requiresApproval() : requiresApproval;
        boolean halfDays = allowHalfDays == null ? type.allowHalfDays() : allowHalfDays;
        requireNameFree(leaveTypes, cleanName, leaveTypeId, "leave type");
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

    public Decision archiveLeaveType(String leaveTypeId) {
        LeaveType type = leaveType(leaveTypeId);
        return type.archived() ? Decision.nothingChanged(leaveTypeId)
                : Decision.of(leaveTypeId, new LeaveTypeArchived(leaveTypeId));
    }

    /** Takes back the policy set for that date; figures are recomputed as if it had never been set. */
    public Decision removeLeavePolicy(String locationId, String leaveTypeId, LocalDate effectiveDate) {
        Location location = location(locationId);
        LeaveType type = leaveType(leaveTypeId);
        if (effectiveDate == null) {
            throw ValidationError.at("effectiveDate", "effectiveDate is required");
        }
        Optional<LeavePolicy> set = schedule(locationId, leaveTypeId).exactlyOn(effectiveDate);
        if (set.isPresent()) {
            return Decision.of(set.get().id(), new LeavePolicyRemoved(set.get().id(), locationId, leaveTypeId,
                    effectiveDate));
        }
        Optional<LeavePolicy> removedBefore = removedPolicies.values().stream()
                .filter(p -> p.locationId().equals(locationId) && p.leaveTypeId().equals(leaveTypeId)
                        && p.effectiveDate().equals(effectiveDate)).findFirst();
        if (removedBefore.isPresent()) {
            return Decision.nothingChanged(removedBefore.get().id());
        }
        throw new NotFound("no " + type.name() + " policy in " + location.name() + " takes effect on " + effectiveDate);
    }

    /** A policy, also one removed since (what its removal answers). */
    public LeavePolicy policyEverSet(String policyId) {
        LeavePolicy removed = removedPolicies.get(policyId);
        return removed != null ? removed : policy(policyId);
    }

    /** Removes a group no approval chain names; requests already waiting for it are decided by the admins. */
    public Decision removeApproverGroup(String groupId) {
        if (removedApproverGroups.containsKey(groupId)) {
            return Decision.nothingChanged(groupId);
        }
        ApproverGroup group = approverGroup(groupId);
        List<String> naming = leaveTypes.values().stream()
                .filter(t -> t.approvalChain().stream().anyMatch(l -> groupId.equals(l.groupId())))
                .map(LeaveType::name).toList();
        if (!naming.isEmpty()) {
            throw new ValidationError("the approver group '" + group.name() + "' is named in the approval chain of "
                    + String.join(", ", naming) + "; change that chain first");
        }
        return Decision.of(groupId, new ApproverGroupRemoved(groupId));
    }

    /** A group, also one removed since (what its removal answers). */
    public ApproverGroup approverGroupEverSet(String groupId) {
        ApproverGroup removed = removedApproverGroups.get(groupId);
        return removed != null ? removed : approverGroup(groupId);
    }

    /** Who decides at a group's level today: its members, or no one once it was removed (then the admins do). */
    public List<String> groupMembers(String groupId) {
        ApproverGroup group = approverGroups.get(groupId);
        return group == null ? List.of() : group.memberIds();
    }

    public Decision createLeaveType(String newId, String typeName, boolean deductsFromAllowance,
                                    boolean requiresApproval, boolean allowHalfDays) {
        return createLeaveType(newId, typeName, deductsFromAllowance, requiresApproval, allowHalfDays, null);
    }

    /** @param unit DAYS (null too) or HOURS; an hourly type has no half days */
    public Decision createLeaveType(String newId, String typeName, boolean deductsFromAllowance,
                                    boolean requiresApproval, boolean allowHalfDays, LeaveUnit unit) {
        LeaveUnit counted = unit == null ? LeaveUnit.DAYS : unit;
        if (counted == LeaveUnit.HOURS && allowHalfDays) {
            throw new ValidationError("an hourly leave type counts hours; set allowHalfDays false");
        }
        String cleanName = Text.requiredName(typeName, "name");
        Optional<LeaveType> sameName = named(leaveTypes, cleanName);
        if (sameName.isPresent()) {
            LeaveType existing = sameName.get();
            if (existing.deductsFromAllowance() == deductsFromAllowance
                    && existing.requiresApproval() == requiresApproval && existing.allowHalfDays() == allowHalfDays
                    && existing.unit() == counted) {
                return Decision.nothingChanged(existing.id());
            }
            throw new Conflict("a leave type named '" + cleanName + "' already exists (id " + existing.id() + ")");
        }
        return Decision.of(newId, new LeaveTypeCreated(newId, cleanName, deductsFromAllowance, requiresApproval,
                allowHalfDays, unit == null ? null : counted));
    }

    /**
     * A blackout period: in one location (or everywhere, locationId null), for some leave types (or all, when none
     * is named), requests touching the dates are refused or need an admin. At most 366 days, like a request.
     */
    public Decision addBlackoutPeriod(String newId, String locationId, LocalDate from, LocalDate to,
                                      List<String> leaveTypeIds, BlackoutMode mode) {
        DateRange.bounded(from, to, "a blackout period");
        if (mode == null) {
            throw ValidationError.at("mode", "mode is required: REFUSE or REQUIRE_ADMIN");
        }
        if (locationId != null) {
            location(locationId);
        }
        List<String> types = leaveTypeIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(leaveTypeIds));
        types.forEach(this::leaveType);
        return Decision.of(newId, new BlackoutPeriodAdded(newId, locationId, from, to, types, mode));
    }

    /** The most levels a chain may have: beyond that, requests wait longer than the leave itself lasts. */
    static final int MAX_APPROVAL_LEVELS = 5;

    /**
     * Creates an approver group, or replaces the members of the one with that name (its id stays). The caller has
     * checked that the members are approvers or admins of this organization.
     */
    public Decision setApproverGroup(String newId, String groupName, List<String> memberIds) {
        String cleanName = Text.requiredName(groupName, "name");
        List<String> members = memberIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(memberIds));
        if (members.isEmpty()) {
            throw new ValidationError("an approver group needs at least one member");
        }
        Optional<ApproverGroup> same = named(approverGroups, cleanName);
        if (same.isPresent() && same.get().memberIds().equals(members)) {
            return Decision.nothingChanged(same.get().id());
        }
        String groupId = same.map(ApproverGroup::id).orElse(newId);
        return Decision.of(groupId, new ApproverGroupSet(groupId, cleanName, members));
    }

    /** The levels requests of a leave type must pass from now on; requests already made keep theirs. */
    public Decision setApprovalChain(String leaveTypeId, List<ApprovalLevel> levels) {
        LeaveType type = leaveType(leaveTypeId);
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
                approverGroup(level.groupId());
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

    public ApproverGroup approverGroup(String groupId) {
        return existing(approverGroups, groupId, "approver group");
    }

    /** Groups that exist now (removed ones are not listed). */
    public Collection<ApproverGroup> approverGroups() {
        return Collections.unmodifiableCollection(approverGroups.values());
    }

    /** Unspent overtime may be kept at most two years. */
    static final int MAX_TOIL_EXPIRY_MONTHS = 24;

    /**
     * Makes a leave type time off in lieu: recorded overtime adds to its balance, expiring after
     * {@code expiryMonths} (null: never). Overtime already recorded keeps the expiry it was recorded with.
     */
    public Decision enableToil(String leaveTypeId, Integer expiryMonths) {
        LeaveType type = leaveType(leaveTypeId);
        if (!type.deductsFromAllowance()) {
            throw new ValidationError("leave type '" + type.name() + "' has no balance; TOIL needs one that deducts"
                    + " from an allowance");
        }
        if (expiryMonths != null && (expiryMonths < 1 || expiryMonths > MAX_TOIL_EXPIRY_MONTHS)) {
            throw new ValidationError("toil expiry is 1.." + MAX_TOIL_EXPIRY_MONTHS + " months, not " + expiryMonths);
        }
        if (type.toil() && java.util.Objects.equals(type.toilExpiryMonths(), expiryMonths)) {
            return Decision.nothingChanged(leaveTypeId);
        }
        return Decision.of(leaveTypeId, new ToilEnabled(leaveTypeId, expiryMonths));
    }

    /** The TOIL type overtime goes to: the one named, or the organization's only one. */
    public LeaveType toilType(String leaveTypeId) {
        if (leaveTypeId != null) {
            LeaveType type = leaveType(leaveTypeId);
            if (!type.toil()) {
                throw new ValidationError("leave type '" + type.name() + "' is not a TOIL type");
            }
            return type;
        }
        List<LeaveType> toil = leaveTypes.values().stream().filter(LeaveType::toil).toList();
        if (toil.size() != 1) {
            throw new ValidationError(toil.isEmpty() ? "no leave type is a TOIL type yet (setToil)"
                    : "several leave types are TOIL types; name the leaveTypeId");
        }
        return toil.getFirst();
    }

    /** A new team; the same name again answers the team made before (a retried command). */
    public Decision createTeam(String newId, String teamName) {
        String cleanName = Text.requiredName(teamName, "name");
        return named(teams, cleanName).map(t -> Decision.nothingChanged(t.id()))
                .orElseGet(() -> Decision.of(newId, new TeamCreated(newId, cleanName)));
    }

    public Decision renameTeam(String teamId, String newName) {
        Team team = team(teamId);
        String cleanName = Text.requiredName(newName, "name");
        requireNameFree(teams, cleanName, teamId, "team");
        return cleanName.equals(team.name()) ? Decision.nothingChanged(teamId)
                : Decision.of(teamId, new TeamRenamed(teamId, cleanName));
    }

    /** The caller has checked that the managers are people of this organization. */
    public Decision setTeamManagers(String teamId, List<String> managerIds) {
        Team team = team(teamId);
        List<String> managers = managerIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(managerIds));
        return managers.equals(team.managerIds()) ? Decision.nothingChanged(teamId)
                : Decision.of(teamId, new TeamManagersSet(teamId, managers));
    }

    public Team team(String teamId) {
        return existing(teams, teamId, "team");
    }

    /** The managers of the team the person is in on a date (they approve besides the person's approvers). */
    public List<String> teamManagersOf(Employee person, LocalDate date) {
        return person.teamOn(date).flatMap(this::findTeam).map(Team::managerIds).orElse(List.of()).stream()
                .filter(managerId -> !managerId.equals(person.id())).toList();
    }

    public Optional<Team> findTeam(String teamId) {
        return Optional.ofNullable(teamId == null ? null : teams.get(teamId));
    }

    public Collection<Team> teams() {
        return List.copyOf(teams.values());
    }

    /** A company has a handful of integrations; more endpoints mean more places its data goes. */
    static final int MAX_WEBHOOKS = 10;

    /** Registers an endpoint whose address the deployment's policy has accepted. */
    public Decision registerWebhook(String newId, URI url, List<String> eventTypes) {
        List<String> types = eventTypes == null ? List.of() : List.copyOf(new LinkedHashSet<>(eventTypes));
        if (types.isEmpty()) {
            throw new ValidationError("name at least one event type: " + WebhookEvents.PUBLISHED);
        }
        for (String type : types) {
            if (!WebhookEvents.PUBLISHED.contains(type)) {
                throw new ValidationError("'" + type + "' is not an event type webhooks receive; they are "
                        + WebhookEvents.PUBLISHED);
            }
        }
        if (webhooks.size() >= MAX_WEBHOOKS) {
            throw new ValidationError("an organization has at most " + MAX_WEBHOOKS + " webhooks; remove one first");
        }
        return Decision.of(newId, new WebhookRegistered(newId, url.toString(), types));
    }

    public Decision removeWebhook(String webhookId) {
        webhook(webhookId);
        return Decision.of(webhookId, new WebhookRemoved(webhookId));
    }

    public Webhook webhook(String webhookId) {
        return existing(webhooks, webhookId, "webhook");
    }

    public Collection<Webhook> webhooks() {
        return Collections.unmodifiableCollection(webhooks.values());
    }

    /** Sets the policy from a date on; a policy already set on that same date is replaced and keeps its id. */
    public Decision setLeavePolicy(String newId, String locationId, String leaveTypeId, LocalDate effectiveDate,
                                   Days annualAllowance, Accrual accrual,
                                   Days rolloverMax, Integer rolloverExpiryMonths, Days negativeBalanceAllowed) {
        location(locationId);
        leaveType(leaveTypeId);
        if (effectiveDate == null || accrual == null || annualAllowance == null) {
            throw new ValidationError("effectiveDate, annualAllowanceDays and accrual are required");
        }
        // an hourly type's policy amounts are hours (docs/RULES.md)
        Days most = leaveType(leaveTypeId).hourly() ? Days.of(366 * 24) : Days.of(366);
        if (annualAllowance.isNegative() || annualAllowance.isGreaterThan(most)) {
            throw ValidationError.at("annualAllowanceDays", "annualAllowanceDays must be between 0 and " + most + ", got "
                    + annualAllowance);
        }
        if (rolloverMax != null && rolloverMax.isNegative()) {
            throw ValidationError.at("rolloverMaxDays", "rolloverMaxDays must not be negative (0 = no rollover, null = unlimited)");
        }
        if (rolloverExpiryMonths != null && (rolloverExpiryMonths < 1 || rolloverExpiryMonths > MAX_EXPIRY_MONTHS)) {
            throw ValidationError.at("rolloverExpiryMonths", "rolloverExpiryMonths must be between 1 and 12 (carried-over days expire at"
                    + " the end of that month of the new year), or null for never; got " + rolloverExpiryMonths);
        }
        Days negative = negativeBalanceAllowed == null ? Days.ZERO : negativeBalanceAllowed;
        if (negative.isNegative()) {
            throw ValidationError.at("negativeBalanceAllowedDays", "negativeBalanceAllowedDays must not be negative, got " + negative);
        }
        Optional<LeavePolicy> sameDate = schedule(locationId, leaveTypeId).exactlyOn(effectiveDate);
        String policyId = sameDate.map(LeavePolicy::id).orElse(newId);
        LeavePolicy wanted = new LeavePolicy(policyId, locationId, leaveTypeId, effectiveDate, annualAllowance,
                accrual, rolloverMax, rolloverExpiryMonths, negative);
        if (sameDate.isPresent() && sameDate.get().equals(wanted)) {
            return Decision.nothingChanged(policyId);
        }
        return Decision.of(policyId, new LeavePolicySet(policyId, locationId, leaveTypeId, effectiveDate,
                annualAllowance, accrual, rolloverMax, rolloverExpiryMonths, negative));
    }

    private static String knownCalendar(String holidayCalendar, HolidayCalendar calendars) {
        String calendar = holidayCalendar.strip().toUpperCase(Locale.ROOT);
        if (!calendars.supports(calendar)) {
            throw new ValidationError("holidayCalendar '" + holidayCalendar + "' is not a known calendar: use an ISO"
                    + " 3166-1 country code (DE), optionally with an ISO 3166-2 subdivision (DE-BY), or NONE");
        }
        return calendar;
    }

    private static ZoneId parseZone(String timeZone) {
        if (timeZone == null || timeZone.isBlank() || !timeZone.contains("/") && !"UTC".equals(timeZone)) {
            throw ValidationError.at("timeZone", "timeZone must be an IANA time zone such as Europe/Berlin, got '" + timeZone + "'");
        }
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new ValidationError("timeZone '" + timeZone + "' is not an IANA time zone (e.g. Europe/Berlin)");
        }
    }

    // ---- evolution ----

    /** Applies one recorded event; an event the state already reflects (an older version) changes nothing. */
    public void apply(RecordedEvent recorded) {
        if (recorded.version() <= version) {
            return;
        }
        version = recorded.version();
        switch ((OrganizationEvent) recorded.payload()) {
            case OrganizationCreated e -> {
                name = e.name();
                createdAt = recorded.occurredAt();
            }
            case LocationCreated e -> locations.put(e.locationId(), new Location(e.locationId(), e.name(),
                    ZoneId.of(e.timeZone()), e.holidayCalendar(), WorkingWeek.of(e.workingDays(), e.hoursPerDay()),
                    new TreeMap<>()));
            case HolidayAdded e -> locations.computeIfPresent(e.locationId(), (k, l) -> l.withHoliday(e.date(), e.name()));
            case OrganizationRenamed e -> name = e.name();
            case HolidayRemoved e -> {
                locations.computeIfPresent(e.locationId(), (k, l) -> l.withoutHoliday(e.date()));
                removedHolidays.add(e.locationId() + "|" + e.date());
            }
            case BlackoutPeriodRemoved e -> {
                BlackoutPeriod removed = blackouts.remove(e.blackoutId());
                if (removed != null) {
                    removedBlackouts.put(e.blackoutId(), removed);
                }
            }
            case LocationUpdated e -> locations.computeIfPresent(e.locationId(), (k, l) -> l.withSettings(e.name(),
                    ZoneId.of(e.timeZone()), e.holidayCalendar()));
            case LocationWorkingWeekSet e -> locations.computeIfPresent(e.locationId(), (k, l) -> l.withWorkingWeek(
                    e.effectiveDate(), WorkingWeek.of(e.workingDays(), e.hoursPerDay(), e.hoursByDay())));
            case LocationArchived e -> locations.computeIfPresent(e.locationId(), (k, l) -> l.asArchived());
            case LeaveTypeUpdated e -> leaveTypes.computeIfPresent(e.leaveTypeId(), (k, t) -> t.withSettings(e.name(),
                    e.requiresApproval(), e.allowHalfDays()));
            case LeaveTypeArchived e -> leaveTypes.computeIfPresent(e.leaveTypeId(), (k, t) -> t.asArchived());
            case LeavePolicyRemoved e -> {
                LeavePolicy removed = policies.remove(e.policyId());
                if (removed != null) {
                    removedPolicies.put(e.policyId(), removed);
                }
                schedules.computeIfAbsent(scheduleKey(e.locationId(), e.leaveTypeId()), k -> new DatedHistory<>())
                        .remove(e.effectiveDate());
            }
            case ApproverGroupRemoved e -> {
                ApproverGroup removed = approverGroups.remove(e.groupId());
                if (removed != null) {
                    removedApproverGroups.put(e.groupId(), removed);
                }
            }
            case LeaveTypeCreated e -> leaveTypes.put(e.leaveTypeId(), new LeaveType(e.leaveTypeId(), e.name(),
                    e.deductsFromAllowance(), e.requiresApproval(), e.allowHalfDays(), e.unit()));
            case LeavePolicySet e -> {
                schedule(e.locationId(), e.leaveTypeId()).exactlyOn(e.effectiveDate())
                        .ifPresent(replaced -> policies.remove(replaced.id()));
                removedPolicies.remove(e.policyId());
                LeavePolicy policy = new LeavePolicy(e.policyId(), e.locationId(), e.leaveTypeId(), e.effectiveDate(),
                        e.annualAllowance(), e.accrual(), e.rolloverMax(), e.rolloverExpiryMonths(),
                        e.negativeBalanceAllowed());
                policies.put(policy.id(), policy);
                schedules.computeIfAbsent(scheduleKey(e.locationId(), e.leaveTypeId()), k -> new DatedHistory<>())
                        .set(e.effectiveDate(), policy);
            }
            case BlackoutPeriodAdded e -> blackouts.put(e.blackoutId(), new BlackoutPeriod(e.blackoutId(),
                    e.locationId(), new DateRange(e.from(), e.to()), Set.copyOf(e.leaveTypeIds()), e.mode()));
            case ApproverGroupSet e -> approverGroups.put(e.groupId(), new ApproverGroup(e.groupId(), e.name(),
                    e.memberIds()));
            case ApprovalChainSet e -> leaveTypes.computeIfPresent(e.leaveTypeId(),
                    (k, t) -> t.withApprovalChain(e.levels()));
            case WebhookRegistered e -> webhooks.put(e.webhookId(), new Webhook(e.webhookId(), e.url(),
                    e.eventTypes(), recorded.occurredAt()));
            case WebhookRemoved e -> webhooks.remove(e.webhookId());
            case ToilEnabled e -> leaveTypes.computeIfPresent(e.leaveTypeId(), (k, t) -> t.asToil(e.expiryMonths()));
            case TeamCreated e -> teams.put(e.teamId(), new Team(e.teamId(), e.name(), List.of()));
            case TeamRenamed e -> teams.computeIfPresent(e.teamId(), (k, t) -> t.withName(e.name()));
            case TeamManagersSet e -> teams.computeIfPresent(e.teamId(), (k, t) -> t.withManagers(e.managerIds()));
        }
    }

    public BlackoutPeriod blackout(String blackoutId) {
        return existing(blackouts, blackoutId, "blackout period");
    }

    public Collection<BlackoutPeriod> blackouts() {
        return Collections.unmodifiableCollection(blackouts.values());
    }

    // ---- state ----

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    public Location location(String locationId) {
        return existing(locations, locationId, "location");
    }

    public Optional<Location> findLocation(String locationId) {
        return Optional.ofNullable(locations.get(locationId));
    }

    public LeaveType leaveType(String leaveTypeId) {
        return existing(leaveTypes, leaveTypeId, "leave type");
    }

    public Collection<Location> locations() {
        return List.copyOf(locations.values());
    }

    public Collection<LeaveType> leaveTypes() {
        return List.copyOf(leaveTypes.values());
    }

    public LeavePolicy policy(String policyId) {
        return existing(policies, policyId, "leave policy");
    }

    public Collection<LeavePolicy> policies() {
        return List.copyOf(policies.values());
    }

    /** Policies taken back since they were set (the read side marks their items removed). */
    public Collection<LeavePolicy> removedPolicies() {
        return List.copyOf(removedPolicies.values());
    }

    /** The dated policies of one location and leave type (empty if none was ever set). */
    public DatedHistory<LeavePolicy> schedule(String locationId, String leaveTypeId) {
        return schedules.getOrDefault(scheduleKey(locationId, leaveTypeId), new DatedHistory<>());
    }

    /** The setting of that name, whatever its case. */
    private static <T extends Named> Optional<T> named(Map<String, T> settings, String name) {
        return settings.values().stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }

    /** Names tell settings apart (in reports and the web app): another one may not carry this name. */
    private static void requireNameFree(Map<String, ? extends Named> settings, String name, String exceptId,
                                        String what) {
        named(settings, name).filter(other -> !other.id().equals(exceptId)).ifPresent(other -> {
            throw new Conflict("a " + what + " named '" + name + "' already exists (id " + other.id() + ")");
        });
    }

    /** The argument that names a setting of this kind: "leave type" → leaveTypeId. */
    private static String idArgument(String what) {
        String[] words = what.split(" ");
        StringBuilder argument = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            argument.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return argument.append("Id").toString();
    }

    /** A setting by id, or NOT_FOUND: another organization's ids (and removed ones) do not exist here. */
    private static <T> T existing(Map<String, T> settings, String id, String what) {
        T found = id == null ? null : settings.get(id);
        if (found == null) {
            throw new NotFound("no " + what + " with id " + id + " in this organization",
                    Map.of("field", idArgument(what)));
        }
        return found;
    }

    private static String scheduleKey(String locationId, String leaveTypeId) {
        return locationId + "|" + leaveTypeId;
    }
}
