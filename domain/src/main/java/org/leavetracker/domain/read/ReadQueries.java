package org.leavetracker.domain.read;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.leavetracker.domain.error.NotFound;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.event.EmployeeEvent;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.DateRange;
import org.leavetracker.domain.model.LeavePolicy;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.LeaveType;
import org.leavetracker.domain.model.Location;
import org.leavetracker.domain.model.Team;
import org.leavetracker.domain.model.WorkingWeek;
import org.leavetracker.domain.port.Clock;
import org.leavetracker.domain.port.ReadModel;
import org.leavetracker.domain.read.model.CalendarEntry;
import org.leavetracker.domain.read.model.ExpiringBalance;
import org.leavetracker.domain.read.model.Page;
import org.leavetracker.domain.read.model.UserRecord;
import org.leavetracker.domain.write.AccessPolicy;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.domain.write.employee.Employee;
import org.leavetracker.domain.write.leave.LeaveRequestIds;

/**
 * The queries of SPEC §4 that list things: answered from the read tables (eventually consistent), with the caller
 * and their rights always loaded fresh from their own aggregate.
 */
public final class ReadQueries {

    private final Repository repository;
    private final ReadModel readModel;
    private final Clock clock;
    private final ApprovalQueue approvalQueue;

    public ReadQueries(Repository repository, ReadModel readModel, Clock clock) {
        this.repository = repository;
        this.readModel = readModel;
        this.clock = clock;
        this.approvalQueue = new ApprovalQueue(repository, readModel, clock);
    }

    /** The organization's directory: everyone in it may see who works there (never anyone's leave reasons). */
    public List<UserProfile> users(Caller caller) {
        Employee actor = repository.actor(caller);
        Map<String, Location> locations = locationsById(actor.orgId());
        return readModel.usersOf(actor.orgId()).stream()
                .map(user -> profile(user, locations))
                .sorted(Comparator.comparing(UserProfile::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** A page of the directory, by name (what a list of 10,000 people shows one screen of). */
    public Page<UserProfile> usersPage(Caller caller, int limit, String after) {
        Employee actor = repository.actor(caller);
        Map<String, Location> locations = locationsById(actor.orgId());
        return readModel.usersOf(actor.orgId(), limit, after).map(user -> profile(user, locations));
    }

    /** A page of someone's requests, by start date. */
    public Page<LeaveRequestView> leaveRequestsPage(Caller caller, String userId, LeaveStatus status, LocalDate from,
                                                    LocalDate to, int limit, String after) {
        // the read model answers in this order already (ReadModelContract)
        return Page.of(leaveRequests(caller, userId, status, from, to), ReadQueries::position, limit, after);
    }

    /**
     * An admin's queue is the organization's, paged by the read table (it may hold thousands); an approver's is the
     * few of their people and groups, gathered from several queues and paged here.
     */
    public Page<LeaveRequestView> pendingApprovalsPage(Caller caller, int limit, String after) {
        Employee actor = repository.actor(caller);
        if (!AccessPolicy.isAdmin(actor)) {
            return Page.of(approvalQueue.of(actor), ReadQueries::position, limit, after);
        }
        return Page.filtered((size, from) -> readModel.pendingIn(actor.orgId(), size, from),
                ApprovalQueue.mayDecide(actor),
                ReadQueries::position, limit, after);
    }

    /**
     * The requests the caller approved or denied at some level, the latest first, in their current state (a
     * cancellation after the decision shows): an approver's and an admin's "past decisions".
     */
    public Page<LeaveRequestView> decisionsPage(Caller caller, int limit, String after) {
        Employee actor = repository.actor(caller);
        return readModel.decidedBy(actor.id(), limit, after);
    }

    /**
     * Carried-over days that will expire unused from today on, the soonest first, in one location or team if given:
     * all of them for an admin; an approver's or team manager's own people for them; nothing for anyone else.
     */
    public Page<ExpiringBalance> expiringBalancesPage(Caller caller, String locationId, String teamId, int limit,
                                                     String after) {
        Employee actor = repository.actor(caller);
        requireOwnScope(actor.orgId(), locationId, teamId);
        Set<String> managed = ApprovalQueue.managedTeams(repository.organization(actor.orgId()), actor);
        boolean admin = AccessPolicy.isAdmin(actor);
        Predicate<ExpiringBalance> visible = e -> admin || actor.role().mayApprove()
                && (e.approverIds().contains(actor.id()) || e.teamId() != null && managed.contains(e.teamId()));
        Predicate<ExpiringBalance> inScope = e -> inScope(locationId, teamId, e.locationId(), e.teamId());
        LocalDate today = clock.today(ZoneOffset.UTC);
        return Page.filtered((size, from) -> readModel.expiring(actor.orgId(), today, size, from),
                visible.and(inScope), Page::byExpiry, limit, after);
    }

    public Page<CalendarEntry> teamCalendarPage(Caller caller, LocalDate from, LocalDate to, String locationId,
                                                String teamId, int limit, String after) {
        String orgId = calendarOf(caller, from, to, locationId, teamId);
        return Page.filtered((size, position) -> readModel.calendar(orgId, from, to, size, position),
                inCalendar(locationId, teamId), ReadQueries::position, limit, after);
    }

    /** A page of an audit trail, oldest first. */
    public Page<RecordedEvent> historyPage(Caller caller, String aggregateId, int limit, String after) {
        return Page.of(history(caller, aggregateId), e -> String.format("%019d", e.version()), limit, after);
    }

    static String position(LeaveRequestView request) {
        return Page.byStartDate(request.startDate(), request.id());
    }

    private static String position(CalendarEntry entry) {
        return Page.byStartDate(entry.startDate(), entry.requestId());
    }

    /** The organization's teams with how many people are in each today. */
    public List<TeamView> teams(Caller caller) {
        Employee actor = repository.actor(caller);
        LocalDate today = clock.today(ZoneOffset.UTC);
        Map<String, Long> members = readModel.usersOf(actor.orgId()).stream().map(u -> u.teamOn(today))
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return repository.organization(actor.orgId()).teams().stream()
                .map(t -> new TeamView(t, members.getOrDefault(t.id(), 0L).intValue())).toList();
    }

    /** A team as the API shows it. */
    public record TeamView(Team team, int memberCount) {
    }

    public List<Location> locations(Caller caller) {
        return readModel.locations(repository.actor(caller).orgId());
    }

    /** Also a leaver's: their own balances and past leave are named by these. */
    public List<LeaveType> leaveTypes(Caller caller) {
        return readModel.leaveTypes(repository.formerOrCurrent(caller).orgId());
    }

    /** A leaver's too, of a location they were in: their final balance is explained by these. */
    public List<LeavePolicy> policies(Caller caller, String locationId) {
        Employee reader = repository.formerOrCurrent(caller);
        if (locationId == null || !reader.employment().locations().entries().containsValue(locationId)) {
            repository.requireEmployed(reader);
        }
        String orgId = reader.orgId();
        requireOwnLocation(orgId, locationId);
        return readModel.policies(orgId, locationId);
    }

    /** Naming a location of another organization (or none at all) is NOT_FOUND, never an empty answer. */
    private void requireOwnLocation(String orgId, String locationId) {
        if (locationId != null) {
            repository.organization(orgId).locations().get(locationId);
        }
    }

    public List<LeaveRequestView> leaveRequests(Caller caller, String userId, LeaveStatus status, LocalDate from,
                                                LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new ValidationError("'to' " + to + " is before 'from' " + from);
        }
        Employee actor = repository.readerOf(caller, userId);
        Employee user = repository.selfOrColleague(actor, userId);
        AccessPolicy.requireMayRead(actor, user, repository.organization(actor.orgId()));
        return readModel.requestsOf(user.id(), status, from, to);
    }

    /**
     * What waits for the caller's decision now: for an admin everything pending; for an approver the requests
     * waiting at a level they decide (their assignees' at an approvers' level — also an absent approver's, as
     * substitute today — and their groups' levels). Never their own, nor one whose earlier level they approved.
     */
    public List<LeaveRequestView> pendingApprovals(Caller caller) {
        return approvalQueue.of(repository.actor(caller));
    }

    public List<CalendarEntry> teamCalendar(Caller caller, LocalDate from, LocalDate to, String locationId) {
        return teamCalendar(caller, from, to, locationId, null);
    }

    /** @param teamId only the leave of people in that team on their leave's first day (null: everyone) */
    public List<CalendarEntry> teamCalendar(Caller caller, LocalDate from, LocalDate to, String locationId,
                                            String teamId) {
        String orgId = calendarOf(caller, from, to, locationId, teamId);
        return readModel.calendar(orgId, from, to).stream().filter(inCalendar(locationId, teamId))
                .sorted(Comparator.comparing(CalendarEntry::startDate).thenComparing(CalendarEntry::userName))
                .toList();
    }

    /** The caller's organization, once the range, location and team asked for are checked. */
    private String calendarOf(Caller caller, LocalDate from, LocalDate to, String locationId, String teamId) {
        DateRange.bounded(from, to, "teamCalendar");
        Employee actor = repository.actor(caller);
        requireOwnScope(actor.orgId(), locationId, teamId);
        return actor.orgId();
    }

    /** A location and a team to narrow a list to, each of the caller's organization (NOT_FOUND otherwise). */
    private void requireOwnScope(String orgId, String locationId, String teamId) {
        requireOwnLocation(orgId, locationId);
        if (teamId != null) {
            repository.organization(orgId).teams().get(teamId);
        }
    }

    private static Predicate<CalendarEntry> inCalendar(String locationId, String teamId) {
        return e -> inScope(locationId, teamId, e.locationId(), e.teamId());
    }

    /** In the location and the team asked for (either null: any). */
    private static boolean inScope(String locationId, String teamId, String itsLocationId, String itsTeamId) {
        return (locationId == null || locationId.equals(itsLocationId)) && (teamId == null || teamId.equals(itsTeamId));
    }

    /**
     * The audit trail of one aggregate (a user or the organization), or of one leave request (the events of its
     * requester's aggregate that concern it). Admins only; other organizations' aggregates do not exist.
     */
    public List<RecordedEvent> history(Caller caller, String aggregateId) {
        boolean request = aggregateId != null && aggregateId.contains(".");
        String streamId = request ? LeaveRequestIds.ownerOf(aggregateId) : aggregateId;
        // A person reads their own trail (what the web app explains balances from), a leaver too; anyone else's
        // is an employed admin's.
        Employee actor = streamId == null ? repository.actor(caller) : repository.readerOf(caller, streamId);
        if (!actor.id().equals(streamId)) {
            AccessPolicy.requireAdmin(actor);
        }
        List<RecordedEvent> events = repository.history(streamId);
        if (events.isEmpty() || !events.getFirst().orgId().equals(actor.orgId())) {
            throw new NotFound("nothing with id " + aggregateId + " in this organization");
        }
        if (!request) {
            return events;
        }
        List<RecordedEvent> ofRequest = events.stream()
                .filter(e -> e.payload() instanceof EmployeeEvent ee && aggregateId.equals(ee.requestId()))
                .toList();
        if (ofRequest.isEmpty()) {
            throw new NotFound("no leave request with id " + aggregateId);
        }
        return ofRequest;
    }

    private Map<String, Location> locationsById(String orgId) {
        return readModel.locations(orgId).stream().collect(Collectors.toMap(Location::id, Function.identity()));
    }

    /** A user's location and working week in force today, "today" being in their location's time zone. */
    private UserProfile profile(UserRecord user, Map<String, Location> locations) {
        LocalDate utcToday = clock.today(ZoneOffset.UTC);
        String locationNow = user.locationOn(utcToday);
        ZoneId zone = locationNow != null && locations.containsKey(locationNow)
                ? locations.get(locationNow).timeZone() : ZoneOffset.UTC;
        LocalDate today = clock.today(zone);
        String locationId = user.locationOn(today);
        WorkingWeek own = user.ownWorkingWeekOn(today);
        WorkingWeek week = own != null ? own : locationId != null && locations.containsKey(locationId)
                ? locations.get(locationId).workingWeekOn(today) : null;
        return new UserProfile(user.id(), user.orgId(), user.name(), user.email(), user.role(), locationId,
                user.approverIds(), week, user.teamOn(today), user.employmentEndsOn(), user.language(),
                !user.calendarOptOuts().contains(UserRecord.NO_CALENDAR_EVENTS),
                !user.calendarOptOuts().contains(UserRecord.NO_OUT_OF_OFFICE_REPLY), user.erased());
    }

}
