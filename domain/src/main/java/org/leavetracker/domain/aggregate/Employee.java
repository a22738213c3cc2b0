package org.leavetracker.domain.aggregate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.leavetracker.domain.error.Conflict;
import org.leavetracker.domain.error.Forbidden;
import org.leavetracker.domain.error.InvalidStateTransition;
import org.leavetracker.domain.error.NotFound;
import org.leavetracker.domain.error.OverlappingLeave;
import org.leavetracker.domain.error.Unauthenticated;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.event.DomainEvent;
import org.leavetracker.domain.event.EmployeeEvent;
import org.leavetracker.domain.event.EmployeeEvent.ApprovalLevelPassed;
import org.leavetracker.domain.event.EmployeeEvent.ApproverAssigned;
import org.leavetracker.domain.event.EmployeeEvent.ApproverRemoved;
import org.leavetracker.domain.event.EmployeeEvent.IdentityBound;
import org.leavetracker.domain.event.EmployeeEvent.IdentityReleased;
import org.leavetracker.domain.event.EmployeeEvent.BalanceAdjusted;
import org.leavetracker.domain.event.EmployeeEvent.CalendarTokenRotated;
import org.leavetracker.domain.event.EmployeeEvent.EmploymentEndUndone;
import org.leavetracker.domain.event.EmployeeEvent.EmploymentEnded;
import org.leavetracker.domain.event.EmployeeEvent.SubstituteRemoved;
import org.leavetracker.domain.event.EmployeeEvent.SubstituteSet;
import org.leavetracker.domain.event.EmployeeEvent.LeaveApproved;
import org.leavetracker.domain.event.EmployeeEvent.LeaveCancelled;
import org.leavetracker.domain.event.EmployeeEvent.LeaveDenied;
import org.leavetracker.domain.event.EmployeeEvent.LeaveRequested;
import org.leavetracker.domain.event.EmployeeEvent.OvertimeRecorded;
import org.leavetracker.domain.event.EmployeeEvent.PastLeaveRecorded;
import org.leavetracker.domain.event.EmployeeEvent.UserAdded;
import org.leavetracker.domain.event.EmployeeEvent.UserMovedToLocation;
import org.leavetracker.domain.event.EmployeeEvent.UserMovedToTeam;
import org.leavetracker.domain.event.EmployeeEvent.UserRoleChanged;
import org.leavetracker.domain.event.EmployeeEvent.UserUpdated;
import org.leavetracker.domain.event.EmployeeEvent.WorkingWeekSet;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.BalanceAdjustment;
import org.leavetracker.domain.model.DateRange;
import org.leavetracker.domain.model.Substitution;
import org.leavetracker.domain.model.DatedHistory;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.Email;
import org.leavetracker.domain.model.LeaveRequest;
import org.leavetracker.domain.model.OvertimeCredit;
import org.leavetracker.domain.model.PassedLevel;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.LeaveType;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.model.Text;
import org.leavetracker.domain.model.TimeRange;
import org.leavetracker.domain.model.WorkingWeek;

/**
 * One user: profile, role, approvers, dated location and working-week histories, balance adjustments and every
 * leave request they ever made. All checks of a request (overlap, balance) read this one aggregate, and its
 * version guards the append, so two concurrent requests of one person can never both pass
 * (docs/decisions/0002-aggregate-boundaries.md).
 */
public final class Employee {

    private static final int MIN_YEAR = 1970;
    private static final int MAX_YEAR = 2200;

    private final String id;
    private final String orgId;
    private Email email;
    private String name;
    /** The sign-in identity bound on the first sign-in; null until then. */
    private String subject;
    private Role role;
    private long version;
    private final DatedHistory<String> locations = new DatedHistory<>();
    private final DatedHistory<WorkingWeek> workingWeeks = new DatedHistory<>();
    /** Team memberships from their dates ("" = in no team from then on). */
    private final DatedHistory<String> teams = new DatedHistory<>();
    private final Set<String> approverIds = new LinkedHashSet<>();
    private final List<BalanceAdjustment> adjustments = new ArrayList<>();
    private final List<OvertimeCredit> overtime = new ArrayList<>();
    private final LeaveRequestBook requests = new LeaveRequestBook();
    private String calendarTokenHash;
    private final List<Substitution> substitutions = new ArrayList<>();
    private final Set<LocalDate> removedSubstitutions = new HashSet<>();
    private final Set<String> removedApprovers = new HashSet<>();
    /** Last days of employment that ended (a later move into a location re-hires). */
    private final java.util.TreeSet<LocalDate> lastDays = new java.util.TreeSet<>();

    private Employee(String id, String orgId) {
        this.id = id;
        this.orgId = orgId;
    }

    public static Optional<Employee> replay(String id, List<RecordedEvent> history) {
        if (history.isEmpty()) {
            return Optional.empty();
        }
        Employee employee = new Employee(id, history.get(0).orgId());
        history.forEach(employee::apply);
        return Optional.of(employee);
    }

    // ---- decisions ----

    public static UserAdded add(Email email, String name, Role role) {
        if (role == null) {
            throw ValidationError.at("role", "role is required");
        }
        return new UserAdded(email.value(), Text.requiredName(name, "name"), role);
    }

    /** Binds the person's sign-in identity; a user has one, for good (a second one is someone else). */
    public Decision bindIdentity(String newSubject) {
        if (newSubject == null || newSubject.isBlank()) {
            throw new ValidationError("a sign-in identity needs its subject");
        }
        if (newSubject.equals(subject)) {
            return Decision.nothingChanged(id);
        }
        if (subject != null) {
            throw new Unauthenticated("this e-mail address belongs to a user who signs in with another identity");
        }
        return Decision.of(id, new IdentityBound(newSubject));
    }

    /** An admin frees the person's sign-in identity, so that their next verified sign-in binds a new one. */
    public Decision releaseIdentity() {
        if (subject == null) {
            throw new InvalidStateTransition(name + " has not signed in yet: there is no sign-in to release");
        }
        return Decision.of(id, new IdentityReleased(subject));
    }

    public String subject() {
        return subject;
    }

    /** An admin changes someone's role. Admins cannot change their own, so an organization always keeps one. */
    public Decision changeRole(Role newRole, Employee admin) {
        if (newRole == null) {
            throw ValidationError.at("role", "role is required");
        }
        if (admin.id.equals(id)) {
            throw new Forbidden("admins cannot change their own role; ask another admin");
        }
        return newRole == role ? Decision.nothingChanged(id) : Decision.of(id, new UserRoleChanged(newRole));
    }

    public Decision moveToLocation(String locationId, LocalDate effectiveDate) {
        requireDate(effectiveDate, "effectiveDate");
        if (locations.exactlyOn(effectiveDate).filter(locationId::equals).isPresent()) {
            return Decision.nothingChanged(id);
        }
        return Decision.of(id, new UserMovedToLocation(locationId, effectiveDate));
    }

    /** The person is in a team from a date on (null: in none); the caller has checked the team exists. */
    public Decision moveToTeam(String teamId, LocalDate effectiveDate) {
        requireDate(effectiveDate, "effectiveDate");
        String team = teamId == null ? "" : teamId;
        if (teams.exactlyOn(effectiveDate).filter(team::equals).isPresent()
                || teams.isEmpty() && team.isEmpty()) {
            return Decision.nothingChanged(id);
        }
        return Decision.of(id, new UserMovedToTeam(teamId, effectiveDate));
    }

    /** The team the person is in on a date. */
    public Optional<String> teamOn(LocalDate date) {
        return teams.on(date).filter(team -> !team.isEmpty());
    }

    public DatedHistory<String> teamHistory() {
        return teams;
    }

    public Decision setWorkingWeek(Collection<DayOfWeek> days, LocalDate effectiveDate) {
        return setWorkingWeek(days, effectiveDate, null);
    }

    /** @param hoursPerDay hours of each working day (null: 8) */
    public Decision setWorkingWeek(Collection<DayOfWeek> days, LocalDate effectiveDate, Days hoursPerDay) {
        return setWorkingWeek(days, effectiveDate, hoursPerDay, null);
    }

    /** @param hoursByDay working days whose hours differ from {@code hoursPerDay} (null: none) */
    public Decision setWorkingWeek(Collection<DayOfWeek> days, LocalDate effectiveDate, Days hoursPerDay,
                                   Map<DayOfWeek, Days> hoursByDay) {
        requireDate(effectiveDate, "effectiveDate");
        WorkingWeek week = WorkingWeek.of(days, hoursPerDay, hoursByDay);
        if (workingWeeks.exactlyOn(effectiveDate).filter(week::equals).isPresent()) {
            return Decision.nothingChanged(id);
        }
        return Decision.of(id, new WorkingWeekSet(week.ordered(), effectiveDate,
                hoursPerDay == null ? null : week.hoursPerDay(), week.hoursByDay()));
    }

    public Decision removeApprover(String approverId) {
        if (!approverIds.contains(approverId)) {
            if (removedApprovers.contains(approverId)) {
                return Decision.nothingChanged(id); // a repeated removal
            }
            throw new NotFound("user " + approverId + " is not an approver of " + name);
        }
        return Decision.of(id, new ApproverRemoved(approverId));
    }

    public Decision assignApprover(Employee approver) {
        if (approver.id.equals(id)) {
            throw new ValidationError("a user cannot be their own approver");
        }
        if (!approver.role.mayApprove()) {
            throw new ValidationError(approver.name + " is a " + approver.role
                    + " and cannot approve leave; make them an APPROVER or ADMIN first");
        }
        if (approverIds.contains(approver.id)) {
            return Decision.nothingChanged(id);
        }
        return Decision.of(id, new ApproverAssigned(approver.id));
    }

    /** This approver names a substitute who may decide in their place from {@code from} through {@code to}. */
    public Decision setSubstitute(Employee substitute, LocalDate from, LocalDate to) {
        if (!role.mayApprove()) {
            throw new Forbidden("only approvers and admins name a substitute; you are " + role);
        }
        AccessPolicy.requireSameOrganization(this, substitute);
        if (substitute.id.equals(id)) {
            throw ValidationError.at("substituteId", "you cannot be your own substitute");
        }
        if (!substitute.role.mayApprove()) {
            throw new ValidationError(substitute.name + " is a " + substitute.role
                    + " and cannot decide leave; ask an admin to make them an APPROVER first");
        }
        DateRange.bounded(from, to, "a substitution");
        return Decision.of(id, new SubstituteSet(substitute.id, from, to));
    }

    /**
     * An admin ends the person's employment after {@code lastDay}: their requests starting after it are cancelled
     * (the reason in each event), and from then on no leave may touch a later date.
     */
    public Decision endEmployment(LocalDate lastDay, String adminId) {
        requireDate(lastDay, "lastDay");
        if (adminId.equals(id)) {
            throw new Forbidden("admins cannot end their own employment; ask another admin");
        }
        if (locations.isEmpty()) {
            throw new ValidationError(name + " was never assigned to a location, so was never employed; nothing to end");
        }
        if (locations.firstDate().get().isAfter(lastDay)) {
            throw new ValidationError("lastDay " + lastDay + " is before " + name + " started on "
                    + locations.firstDate().get());
        }
        if (employmentEndsOn().filter(lastDay::equals).isPresent()) {
            return Decision.nothingChanged(id);
        }
        if (employmentEndsOn().isPresent()) {
            throw new Conflict(name + "'s employment already ends on " + employmentEndsOn().get()
                    + "; undo that first");
        }
        List<DomainEvent> events = new ArrayList<>(List.of(new EmploymentEnded(lastDay)));
        for (LeaveRequest request : requests.all()) {
            if (request.status().isActive() && request.dates().start().isAfter(lastDay)) {
                events.add(new LeaveCancelled(request.id(), adminId, "employment ends on " + lastDay));
            }
        }
        return Decision.of(id, events.toArray(DomainEvent[]::new));
    }

    /** Takes back the latest end of employment (requests it cancelled stay cancelled: ask again). */
    public Decision undoEndEmployment() {
        Optional<LocalDate> end = employmentEndsOn();
        if (end.isEmpty()) {
            throw new ValidationError(name + "'s employment has not ended; nothing to undo");
        }
        return Decision.of(id, new EmploymentEndUndone(end.get()));
    }

    /** The last day of employment, if it ended and no later move re-hired the person. */
    public Optional<LocalDate> employmentEndsOn() {
        if (lastDays.isEmpty()) {
            return Optional.empty();
        }
        LocalDate last = lastDays.last();
        boolean rehired = !locations.entries().tailMap(last, false).isEmpty();
        return rehired ? Optional.empty() : Optional.of(last);
    }

    /** Whether the person's employment ended before {@code today}: then they read, and act and are asked nothing. */
    public boolean leftBefore(LocalDate today) {
        return employmentEndsOn().filter(today::isAfter).isPresent();
    }

    /** Whether the person works here on a date: assigned to a location, and not between a last day and a re-hire. */
    public boolean employedOn(LocalDate date) {
        if (locations.on(date).isEmpty()) {
            return false;
        }
        LocalDate lastBefore = lastDays.lower(date);
        return lastBefore == null || !locations.entries().subMap(lastBefore, false, date, true).isEmpty();
    }

    /** The days after each last day, in a window: where allowances stop (the timeline's policy changes). */
    public List<LocalDate> daysAfterLastDays() {
        return lastDays.stream().map(d -> d.plusDays(1)).toList();
    }

    /** The approver takes back the substitutions they named from that date (an admin may do it for them). */
    public Decision removeSubstitute(LocalDate from) {
        requireDate(from, "from");
        if (substitutions.stream().noneMatch(s -> s.from().equals(from))) {
            if (removedSubstitutions.contains(from)) {
                return Decision.nothingChanged(id); // a repeated removal
            }
            throw new NotFound(name + " named no substitute from " + from);
        }
        return Decision.of(id, new SubstituteRemoved(from));
    }

    /** An admin corrects the person's name or e-mail (null: unchanged); the caller has claimed a new e-mail. */
    public Decision update(String newName, Email newEmail) {
        String cleanName = newName == null ? name : Text.requiredName(newName, "name");
        Email address = newEmail == null ? email : newEmail;
        if (cleanName.equals(name) && address.equals(email)) {
            return Decision.nothingChanged(id);
        }
        return Decision.of(id, new UserUpdated(cleanName, address.value()));
    }

    /** The substitute deciding in this approver's place on that day, if any (the latest named wins). */
    public Optional<String> substituteOn(LocalDate day) {
        return Substitution.substituteOn(substitutions, day);
    }

    public List<Substitution> substitutions() {
        return List.copyOf(substitutions);
    }

    /** A new secret for the caller's own calendar feeds (given as its hash); the old one is revoked with it. */
    public Decision rotateCalendarToken(String tokenHash) {
        return Decision.of(id, new CalendarTokenRotated(tokenHash));
    }

    public Decision adjustBalance(LeaveType type, int year, Days days, String note) {
        if (!type.deductsFromAllowance()) {
            throw new ValidationError("leave type '" + type.name() + "' does not deduct from an allowance, so it"
                    + " has no balance to adjust");
        }
        requireYear(year);
        if (days.isZero()) {
            throw ValidationError.at("days", "days must not be 0");
        }
        return Decision.of(id, new BalanceAdjusted(type.id(), year, days, Text.requiredNote(note, "note")));
    }

    /**
     * Overtime worked on a date (on or before {@code today}), credited to a TOIL leave type: half days, at most one
     * day per date in all. It expires as the type says at the time of recording.
     */
    public Decision recordOvertime(LeaveType type, LocalDate date, Days days, String note, LocalDate today) {
        requireDate(date, "date");
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
        return Decision.of(id, new OvertimeRecorded(type.id(), date, days, Text.optionalNote(note, "note"),
                expiresOn));
    }

    /** The leave request previously made with this client request id, if any (idempotent retries). */
    public Optional<LeaveRequest> requestByClientId(String clientRequestId) {
        return requests.byClientId(clientRequestId);
    }

    /** The requester asks for leave (SPEC §3.4); {@code rules} checks days and balance. */
    public Decision requestLeave(NewLeave leave, LeaveRules rules) {
        Optional<LeaveRequest> earlier = requestByClientId(leave.clientRequestId());
        if (earlier.isPresent()) {
            return Decision.nothingChanged(earlier.get().id());
        }
        if (leave.type().archived()) {
            throw new ValidationError("leave type '" + leave.type().name() + "' is archived; it takes no new requests");
        }
        rules.checkShape(leave);
        refuseAfterEmployment(leave.dates());
        refuseOverlap(leave);
        rules.checkCountsDays(leave);
        boolean adminRequired = rules.checkBlackouts(leave, locations);
        if (leave.type().deductsFromAllowance()) {
            rules.checkBalance(leave, null);
        }
        LeaveRequested requested = new LeaveRequested(leave.requestId(), leave.type().id(), leave.dates().start(),
                leave.dates().end(), leave.halfDay(), leave.reason(), leave.clientRequestId(), adminRequired,
                leave.type().requiresApproval() ? leave.type().approvalChain() : List.of(),
                leave.times() == null ? null : leave.times().start(), leave.times() == null ? null : leave.times().end());
        if (leave.type().requiresApproval() || adminRequired) {
            return Decision.of(leave.requestId(), requested);
        }
        return Decision.of(leave.requestId(), requested,
                new LeaveApproved(leave.requestId(), null, "leave type needs no approval"));
    }

    /** An approver or admin records leave that was taken: APPROVED at once, not balance-checked, never overlapping. */
    public Decision recordPastLeave(NewLeave leave, LeaveRules rules) {
        rules.checkShape(leave);
        refuseOverlap(leave);
        rules.checkCountsDays(leave);
        return Decision.of(leave.requestId(), new PastLeaveRecorded(leave.requestId(), leave.type().id(),
                leave.dates().start(), leave.dates().end(), leave.halfDay(), leave.reason()));
    }

    /**
     * Approves the level the request waits at: an intermediate level passes (the request stays PENDING), the last
     * one approves the request. Someone who approved a level already changes nothing by approving again.
     */
    public Decision approve(String requestId, Decider decider, String note, LeaveType type, LeaveRules rules) {
        LeaveRequest request = request(requestId);
        Employee approver = decider.actor();
        if (request.status() == LeaveStatus.PENDING && request.passedBy(approver.id)) {
            return Decision.nothingChanged(requestId);
        }
        requireAdminWhereNeeded(requestId, approver);
        requireStatus(request, LeaveStatus.PENDING, "approved");
        if (!request.atLastLevel()) {
            return Decision.of(requestId, new ApprovalLevelPassed(requestId, request.currentLevel(), approver.id,
                    Text.optionalNote(note, "note"), decider.onBehalfOfId()));
        }
        if (type.deductsFromAllowance()) {
            rules.checkBalance(new NewLeave(request.id(), type, request.dates(), request.halfDay(), request.reason(),
                    request.clientRequestId(), request.times()), request.id());
        }
        return Decision.of(requestId, new LeaveApproved(requestId, approver.id, Text.optionalNote(note, "note"),
                decider.onBehalfOfId()));
    }

    public Decision deny(String requestId, Decider decider, String reason) {
        LeaveRequest request = request(requestId);
        Employee approver = decider.actor();
        requireAdminWhereNeeded(requestId, approver);
        requireStatus(request, LeaveStatus.PENDING, "denied");
        if (request.passedBy(approver.id)) {
            throw new Forbidden("you approved an earlier level of this request; another approver decides this one");
        }
        return Decision.of(requestId, new LeaveDenied(requestId, approver.id, Text.optionalNote(reason, "reason"),
                decider.onBehalfOfId()));
    }

    private void requireAdminWhereNeeded(String requestId, Employee approver) {
        if (requests.onlyAnAdminDecides(requestId) && approver.role != Role.ADMIN) {
            throw new Forbidden("this request falls in a blackout period: only an admin may decide it");
        }
    }

    /** Whether only an admin may decide this request (it touches a REQUIRE_ADMIN blackout period). */
    public boolean onlyAnAdminDecides(String requestId) {
        return requests.onlyAnAdminDecides(requestId);
    }

    /**
     * The requester cancels their PENDING request or their APPROVED one that has not started ({@code today} is in
     * their location's time zone); an admin cancels any PENDING or APPROVED request.
     */
    public Decision cancel(String requestId, Employee actor, LocalDate today) {
        LeaveRequest request = request(requestId);
        boolean own = actor.id.equals(id);
        boolean admin = actor.role == Role.ADMIN;
        if (!own && !admin) {
            throw new Forbidden("only the requester or an admin may cancel this request");
        }
        if (!request.status().isActive()) {
            throw new InvalidStateTransition("Request " + requestId + " is " + request.status()
                    + " and can no longer be cancelled", Map.of("requestId", requestId, "status",
                    request.status().name()));
        }
        if (!admin && request.status() == LeaveStatus.APPROVED && !request.dates().start().isAfter(today)) {
            throw new InvalidStateTransition("Request " + requestId + " is APPROVED and started on "
                    + request.dates().start() + "; only an admin can cancel it now", Map.of("requestId", requestId,
                    "status", request.status().name(), "startDate", request.dates().start().toString()));
        }
        return Decision.of(requestId, new LeaveCancelled(requestId, actor.id));
    }

    private void refuseAfterEmployment(DateRange dates) {
        LocalDate lastBefore = lastDays.lower(dates.end());
        if (lastBefore != null && !dates.start().isAfter(dates.end()) && !employedOn(dates.end())) {
            throw ValidationError.at("dates", name + "'s employment ends on " + lastBefore
                    + "; leave cannot touch a later date");
        }
    }

    private void refuseOverlap(NewLeave leave) {
        requests.all().stream()
                .filter(r -> r.status().isActive() && r.overlaps(leave.dates(), leave.halfDay(), leave.times()))
                .findFirst()
                .ifPresent(r -> {
                    throw new OverlappingLeave("These dates overlap your " + r.status().name().toLowerCase(Locale.ROOT)
                            + " leave from " + r.dates().start() + " to " + r.dates().end()
                            + "; choose other dates, or cancel that leave first",
                            Map.of("field", "dates", "requestId", r.id(), "status", r.status().name(),
                                    "startDate", r.dates().start().toString(), "endDate", r.dates().end().toString()));
                });
    }

    private static void requireStatus(LeaveRequest request, LeaveStatus expected, String verb) {
        if (request.status() != expected) {
            throw new InvalidStateTransition("Request " + request.id() + " is " + request.status()
                    + "; only a " + expected + " request can be " + verb, Map.of("requestId", request.id(),
                    "status", request.status().name()));
        }
    }

    private static void requireDate(LocalDate date, String field) {
        if (date == null) {
            throw ValidationError.at(field, field + " is required");
        }
        requireYear(date.getYear());
    }

    /** The years balances and leave may be about (VALIDATION_ERROR outside them). */
    public static void requireYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new ValidationError("year " + year + " is outside " + MIN_YEAR + ".." + MAX_YEAR);
        }
    }

    // ---- evolution ----

    /** Applies one recorded event; an event the state already reflects (an older version) changes nothing. */
    public void apply(RecordedEvent recorded) {
        if (recorded.version() <= version) {
            return;
        }
        version = recorded.version();
        switch ((EmployeeEvent) recorded.payload()) {
            case UserAdded e -> {
                email = Email.of(e.email());
                name = e.name();
                role = e.role();
            }
            case UserRoleChanged e -> role = e.role();
            case IdentityBound e -> subject = e.subject();
            case IdentityReleased e -> subject = null;
            case UserMovedToLocation e -> locations.set(e.effectiveDate(), e.locationId());
            case WorkingWeekSet e -> workingWeeks.set(e.effectiveDate(), WorkingWeek.of(e.workingDays(),
                    e.hoursPerDay(), e.hoursByDay()));
            case ApproverAssigned e -> approverIds.add(e.approverId());
            case ApproverRemoved e -> {
                approverIds.remove(e.approverId());
                removedApprovers.add(e.approverId());
            }
            case BalanceAdjusted e -> adjustments.add(new BalanceAdjustment(e.leaveTypeId(), e.year(), e.days(), e.note()));
            case OvertimeRecorded e -> overtime.add(new OvertimeCredit(e.leaveTypeId(), e.date(), e.days(),
                    e.expiresOn()));
            case LeaveRequested e -> requests.add(new LeaveRequest(e.requestId(), id, e.leaveTypeId(),
                    new DateRange(e.startDate(), e.endDate()), e.halfDay(), e.reason(), LeaveStatus.PENDING,
                    recorded.occurredAt(), null, e.clientRequestId(), e.approvalChain(), List.of(), null,
                    TimeRange.ofNullable(e.startTime(), e.endTime())), e.clientRequestId(), e.adminApprovalRequired());
            case PastLeaveRecorded e -> requests.add(new LeaveRequest(e.requestId(), id, e.leaveTypeId(),
                    new DateRange(e.startDate(), e.endDate()), e.halfDay(), e.reason(), LeaveStatus.APPROVED,
                    recorded.occurredAt(), recorded.actorId(), null, List.of(), List.of(), null, null), null, false);
            case ApprovalLevelPassed e -> requests.change(e.requestId(), r -> r.withLevelPassed(
                    new PassedLevel(e.approverId(), e.onBehalfOf(), recorded.occurredAt(), e.note())));
            case LeaveApproved e -> transition(e.requestId(), LeaveStatus.APPROVED, e.approverId() == null ? null
                    : new PassedLevel(e.approverId(), e.onBehalfOf(), recorded.occurredAt(), e.note()));
            case LeaveDenied e -> transition(e.requestId(), LeaveStatus.DENIED,
                    new PassedLevel(e.approverId(), e.onBehalfOf(), recorded.occurredAt(), e.reason()));
            case LeaveCancelled e -> transition(e.requestId(), LeaveStatus.CANCELLED, null);
            case CalendarTokenRotated e -> calendarTokenHash = e.tokenHash();
            case SubstituteSet e -> {
                substitutions.add(new Substitution(e.substituteId(), e.from(), e.to()));
                removedSubstitutions.remove(e.from());
            }
            case SubstituteRemoved e -> {
                substitutions.removeIf(named -> named.from().equals(e.from()));
                removedSubstitutions.add(e.from());
            }
            case UserMovedToTeam e -> teams.set(e.effectiveDate(), e.teamId() == null ? "" : e.teamId());
            case EmploymentEnded e -> lastDays.add(e.lastDay());
            case EmploymentEndUndone e -> lastDays.remove(e.lastDay());
            case UserUpdated e -> {
                name = e.name();
                email = Email.of(e.email());
            }
        }
    }

    private void transition(String requestId, LeaveStatus status, PassedLevel decision) {
        requests.change(requestId, r -> r.withStatus(status, decision));
    }

    // ---- state ----

    public String id() {
        return id;
    }

    /** The hash of the current calendar feed secret, or null while the user has never made one. */
    public String calendarTokenHash() {
        return calendarTokenHash;
    }

    public String orgId() {
        return orgId;
    }

    public Email email() {
        return email;
    }

    public String name() {
        return name;
    }

    public Role role() {
        return role;
    }

    public long version() {
        return version;
    }

    public DatedHistory<String> locationHistory() {
        return locations;
    }

    public DatedHistory<WorkingWeek> workingWeekHistory() {
        return workingWeeks;
    }

    public List<String> approverIds() {
        return List.copyOf(approverIds);
    }

    public List<BalanceAdjustment> adjustments() {
        return List.copyOf(adjustments);
    }

    public List<OvertimeCredit> overtime() {
        return List.copyOf(overtime);
    }

    public Collection<LeaveRequest> requests() {
        return requests.copy();
    }

    public LeaveRequest request(String requestId) {
        return requests.get(requestId);
    }
}
