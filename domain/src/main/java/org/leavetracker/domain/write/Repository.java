package org.leavetracker.domain.write;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.leavetracker.domain.error.Forbidden;
import org.leavetracker.domain.error.NotFound;
import org.leavetracker.domain.error.Unauthenticated;
import org.leavetracker.domain.event.EventMetadata;
import org.leavetracker.domain.event.OrganizationEvent;
import org.leavetracker.domain.event.PersonEvent;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.Location;
import org.leavetracker.domain.port.Clock;
import org.leavetracker.domain.port.DuplicateCommand;
import org.leavetracker.domain.port.EventStore.StreamAppend;
import org.leavetracker.domain.port.EventStore;
import org.leavetracker.domain.port.IdGenerator;
import org.leavetracker.domain.provisioning.ProvisioningAgent;
import org.leavetracker.domain.write.Decision;
import org.leavetracker.domain.write.employee.Employee;
import org.leavetracker.domain.write.organization.Organization;

/** Loads aggregates from their events and appends what they decided, with the context every event carries. */
public final class Repository {

    private final EventStore store;
    private final Clock clock;
    private final IdGenerator ids;

    public Repository(EventStore store, Clock clock, IdGenerator ids) {
        this.store = store;
        this.clock = clock;
        this.ids = ids;
    }

    public Organization organization(String orgId) {
        return Organization.replay(orgId, store.load(orgId))
                .orElseThrow(() -> new NotFound("no organization with id " + orgId));
    }

    /** The organization of that id; empty for any other id, a person's included (a token may name anything). */
    public Optional<Organization> findOrganization(String orgId) {
        List<RecordedEvent> history = store.load(orgId);
        if (history.isEmpty() || !(history.getFirst().payload() instanceof OrganizationEvent)) {
            return Optional.empty();
        }
        return Organization.replay(orgId, history);
    }

    public Employee employee(String userId) {
        return findEmployee(userId).orElseThrow(() -> new NotFound("no user with id " + userId));
    }

    public Optional<Employee> findEmployee(String userId) {
        if (userId == null || userId.isBlank()) {
            return Optional.empty();
        }
        return Employee.replay(userId, store.load(userId));
    }

    /**
     * The calling user, freshly loaded (their role and assignments as of this very request), as an employee of their
     * organization, for anything beyond their own records. SPEC §3.8: after their
     * last day a leaver of any role keeps only their own history and final balance ({@link #formerOrCurrent}), so
     * here they are refused, whatever their role was.
     */
    public Employee actor(Caller caller) {
        return requireEmployed(formerOrCurrent(caller));
    }

    /** @throws Forbidden when the person's employment ended before today */
    public Employee requireEmployed(Employee person) {
        if (person.employment().leftBefore(todayUtc())) {
            throw new Forbidden("your employment ended on " + person.employment().endsOn().orElseThrow()
                    + ": you can still read your own history and balances, but nothing else");
        }
        return person;
    }

    /**
     * The caller reading the records of {@code ownerId} (null: their own): themself even after their employment
     * ended, anyone else's only as an employee ({@link #actor}).
     */
    public Employee readerOf(Caller caller, String ownerId) {
        Employee reader = formerOrCurrent(caller);
        return ownerId == null || ownerId.equals(reader.id()) ? reader : requireEmployed(reader);
    }

    /** The caller even after their employment ended: only for reading their own records. */
    public Employee formerOrCurrent(Caller caller) {
        if (caller == null || caller.userId() == null) {
            throw new Unauthenticated("sign in first: this needs a user of an organization");
        }
        if (ProvisioningAgent.isAgent(caller.userId())) {
            return ProvisioningAgent.of(caller.userId(), organization(ProvisioningAgent.orgIdOf(caller.userId())))
                    .orElseThrow(() -> new Unauthenticated("this SCIM token was revoked"));
        }
        return Employee.replay(caller.userId(), store.load(caller.userId()))
                .orElseThrow(() -> new Unauthenticated("your identity belongs to no user of any organization"));
    }

    /** A user of the caller's organization; anyone else's is reported as not found. */
    public Employee employeeOf(Employee caller, String userId) {
        Employee employee = employee(userId);
        if (!employee.orgId().equals(caller.orgId())) {
            throw new NotFound("no user with id " + userId);
        }
        return employee;
    }

    /** The caller themself when {@code userId} is absent or theirs, else a user of the caller's organization. */
    public Employee selfOrColleague(Employee caller, String userId) {
        return userId == null || userId.equals(caller.id()) ? caller : employeeOf(caller, userId);
    }

    /** Appends one aggregate's decision (if it decided anything) and returns the events as recorded. */
    public List<RecordedEvent> save(String orgId, String aggregateId, long expectedVersion, Decision decision,
                                    Caller caller) {
        if (decision.events().isEmpty()) {
            return List.of();
        }
        return append(orgId, caller, List.of(new StreamAppend(aggregateId, expectedVersion, decision.events())),
                List.of());
    }

    /** The events a decision would record, numbered and stamped as {@link #save} would, but not written. */
    public List<RecordedEvent> unsaved(String orgId, String aggregateId, long version, Decision decision,
                                       Caller caller) {
        EventMetadata metadata = metadata(orgId, caller);
        List<RecordedEvent> events = new ArrayList<>();
        for (var payload : decision.events()) {
            events.add(new RecordedEvent(orgId, aggregateId, version + events.size() + 1, metadata.occurredAt(),
                    metadata.actorId(), metadata.commandId(), payload));
        }
        return events;
    }

    /**
     * Appends atomically. A command id seen before means this is a retry of a command that already took effect:
     * its events are in the aggregates this attempt loaded, so nothing more is written or applied.
     */
    public List<RecordedEvent> append(String orgId, Caller caller, List<StreamAppend> streams,
                                      List<EventStore.UniqueKey> keys) {
        requireStillEmployed(caller, streams);
        try {
            return store.append(metadata(orgId, caller), streams, keys);
        } catch (DuplicateCommand alreadyApplied) {
            return List.of();
        }
    }

    public Optional<String> ownerOf(String uniqueKey) {
        return store.ownerOf(uniqueKey);
    }

    public List<RecordedEvent> history(String aggregateId) {
        return new ArrayList<>(store.load(aggregateId));
    }

    public String newId() {
        return ids.newId();
    }

    public LocalDate todayUtc() {
        return clock.today(ZoneOffset.UTC);
    }

    /** "Today" in a time zone. */
    public LocalDate todayIn(ZoneId zone) {
        return clock.today(zone);
    }

    /** "Today" for a person: the date in the time zone of the location they are in (UTC while they have none). */
    public LocalDate todayFor(Employee employee, Organization organization) {
        LocalDate utcToday = clock.today(ZoneOffset.UTC);
        ZoneId zone = employee.employment().locations().on(utcToday)
                .flatMap(organization.locations()::find).map(Location::timeZone).orElse(ZoneOffset.UTC);
        return clock.today(zone);
    }

    /**
     * SPEC §3.8: after their last day a leaver reads their history and final balance but changes nothing. Checked
     * here, where every command writes, so no use case (nor Slack) can forget it. Binding their sign-in is reading.
     */
    private void requireStillEmployed(Caller caller, List<StreamAppend> streams) {
        // a leaver still signs in and still takes out their own data (GDPR Art. 15): both are recorded
        if (caller == null || caller.userId() == null || streams.stream().allMatch(s -> s.events().stream()
                .allMatch(e -> e instanceof PersonEvent.IdentityBound || e instanceof PersonEvent.PersonalDataExported))) {
            return;
        }
        Employee.replay(caller.userId(), store.load(caller.userId())).ifPresent(this::requireEmployed);
    }

    private EventMetadata metadata(String orgId, Caller caller) {
        String actor = caller == null ? null : caller.userId();
        String commandId = caller == null || caller.commandId() == null ? ids.newId() : caller.commandId();
        return new EventMetadata(orgId, actor, commandId, clock.now());
    }
}
