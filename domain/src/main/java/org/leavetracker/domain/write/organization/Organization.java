package org.leavetracker.domain.write.organization;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.leavetracker.domain.event.ApproverGroupEvent;
import org.leavetracker.domain.event.BlackoutEvent;
import org.leavetracker.domain.event.CalendarEvent;
import org.leavetracker.domain.event.LeaveTypeEvent;
import org.leavetracker.domain.event.LocationEvent;
import org.leavetracker.domain.event.OrganizationEvent.OrganizationCreated;
import org.leavetracker.domain.event.OrganizationEvent.DefaultLanguageSet;
import org.leavetracker.domain.event.OrganizationEvent.OrganizationRenamed;
import org.leavetracker.domain.event.OrganizationEvent.RetentionPeriodSet;
import org.leavetracker.domain.event.OrganizationEvent;
import org.leavetracker.domain.event.PolicyEvent;
import org.leavetracker.domain.event.ProvisioningEvent;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.event.TeamEvent;
import org.leavetracker.domain.event.WebhookEvent;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.model.Language;
import org.leavetracker.domain.model.Text;
import org.leavetracker.domain.write.Decision;

/**
 * The tenant and its settings. Settings change rarely and only by admins, so one aggregate serialises them cheaply
 * and lets a command read all of them consistently in one load. Each kind of setting is its own small part, with its
 * decisions and the state its events leave; the root only routes each event to its part.
 */
public final class Organization {

    /** Leave records are kept at least a year (national rules ask for 2 to 10); a century is past any of them. */
    static final int MIN_RETENTION_YEARS = 1;
    static final int MAX_RETENTION_YEARS = 100;

    private final String id;
    private String name;
    private Language defaultLanguage = Language.DEFAULT;
    private Integer retentionYears;
    private Instant createdAt;
    private long version;
    /** The events this aggregate was replayed from, so that {@link #after} can continue them. */
    private List<RecordedEvent> history = List.of();
    private final Locations locations = new Locations();
    private final ApproverGroups approverGroups;
    private final LeaveTypes leaveTypes;
    private final LeavePolicies policies;
    private final BlackoutPeriods blackouts;
    private final Teams teams = new Teams();
    private final Webhooks webhooks = new Webhooks();
    private final Provisioning provisioning = new Provisioning();
    private final CalendarSetting calendar = new CalendarSetting();

    private Organization(String id) {
        this.id = id;
        this.approverGroups = new ApproverGroups(groupId -> leaveTypes().namingGroup(groupId));
        this.leaveTypes = new LeaveTypes(approverGroups);
        this.policies = new LeavePolicies(locations, leaveTypes);
        this.blackouts = new BlackoutPeriods(locations, leaveTypes);
    }

    /** The organization its recorded events leave, with each event applied once in order. */
    public static Optional<Organization> replay(String id, List<RecordedEvent> history) {
        if (history.isEmpty()) {
            return Optional.empty();
        }
        Organization organization = new Organization(id);
        history.forEach(organization::apply);
        organization.history = List.copyOf(history);
        return Optional.of(organization);
    }

    /**
     * The organization as it is once its own newly recorded events are added: a new aggregate, this one unchanged
     * (only an aggregate applies events, and only to itself).
     */
    public Organization after(List<RecordedEvent> recorded) {
        if (recorded.isEmpty()) {
            return this;
        }
        List<RecordedEvent> all = new ArrayList<>(history);
        all.addAll(recorded);
        return replay(id, all).orElseThrow();
    }

    public static OrganizationCreated create(String name) {
        return new OrganizationCreated(Text.requiredName(name, "name"));
    }

    public Decision rename(String newName) {
        String cleanName = Text.requiredName(newName, "name");
        return cleanName.equals(name) ? Decision.nothingChanged(id) : Decision.of(id,
                new OrganizationRenamed(cleanName));
    }

    /** An admin names the language of everyone who has chosen none. */
    public Decision setDefaultLanguage(Language language) {
        return language == defaultLanguage ? Decision.nothingChanged(id) : Decision.of(id,
                new DefaultLanguageSet(language.tag()));
    }

    public Language defaultLanguage() {
        return defaultLanguage;
    }

    /** An admin sets how many years after their last day leavers are erased (null: until an admin erases them). */
    public Decision setRetention(Integer years) {
        if (years != null && (years < MIN_RETENTION_YEARS || years > MAX_RETENTION_YEARS)) {
            throw ValidationError.at("retentionYears", "retentionYears must be " + MIN_RETENTION_YEARS + " to "
                    + MAX_RETENTION_YEARS + " (or none, to keep leavers until an admin erases them)");
        }
        return java.util.Objects.equals(years, retentionYears) ? Decision.nothingChanged(id)
                : Decision.of(id, new RetentionPeriodSet(years));
    }

    /** The log of a retention run that erased leavers. */
    public Decision recordRetentionRun(java.util.List<String> erasedIds, int afterYears) {
        return erasedIds.isEmpty() ? Decision.nothingChanged(id)
                : Decision.of(id, new OrganizationEvent.LeaversErased(erasedIds, afterYears));
    }

    /** How many years after their last day a leaver is erased; empty: kept. */
    public Optional<Integer> retentionYears() {
        return Optional.ofNullable(retentionYears);
    }

    /** Applies one recorded event; an event the state already reflects (an older version) changes nothing. */
    void apply(RecordedEvent recorded) {
        if (recorded.version() <= version) {
            return;
        }
        version = recorded.version();
        switch ((OrganizationEvent) recorded.payload()) {
            case OrganizationCreated e -> {
                name = e.name();
                createdAt = recorded.occurredAt();
            }
            case OrganizationRenamed e -> name = e.name();
            case DefaultLanguageSet e -> defaultLanguage = Language.of(e.language(), "defaultLanguage");
            case RetentionPeriodSet e -> retentionYears = e.years();
            case OrganizationEvent.LeaversErased e -> {
                // a log entry: the erasures themselves are the leavers' own events
            }
            case LocationEvent e -> locations.evolve(e);
            case LeaveTypeEvent e -> leaveTypes.evolve(e);
            case PolicyEvent e -> policies.evolve(e);
            case BlackoutEvent e -> blackouts.evolve(e);
            case ApproverGroupEvent e -> approverGroups.evolve(e);
            case TeamEvent e -> teams.evolve(e);
            case WebhookEvent e -> webhooks.evolve(e, recorded.occurredAt());
            case ProvisioningEvent e -> provisioning.evolve(e, recorded.occurredAt());
            case CalendarEvent e -> calendar.evolve(e, recorded.occurredAt());
        }
    }

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

    public Locations locations() {
        return locations;
    }

    public LeaveTypes leaveTypes() {
        return leaveTypes;
    }

    public LeavePolicies policies() {
        return policies;
    }

    public BlackoutPeriods blackouts() {
        return blackouts;
    }

    public ApproverGroups approverGroups() {
        return approverGroups;
    }

    public Teams teams() {
        return teams;
    }

    public Webhooks webhooks() {
        return webhooks;
    }

    public Provisioning provisioning() {
        return provisioning;
    }

    public CalendarSetting calendar() {
        return calendar;
    }
}
