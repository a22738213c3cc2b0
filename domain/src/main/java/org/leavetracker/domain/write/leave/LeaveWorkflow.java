package org.leavetracker.domain.write.leave;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.leavetracker.domain.error.DomainError;
import org.leavetracker.domain.error.NotFound;
import org.leavetracker.domain.model.ApprovalLevel;
import org.leavetracker.domain.model.DateRange;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveRequest;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.LeaveType;
import org.leavetracker.domain.model.LeaveUnit;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.model.TimeRange;
import org.leavetracker.domain.port.HolidayCalendar;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.read.OptionalHolidaysView;
import org.leavetracker.domain.read.UserProfile;
import org.leavetracker.domain.write.AccessPolicy;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.CommandRetry;
import org.leavetracker.domain.write.Decision;
import org.leavetracker.domain.write.PersonContext;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.domain.write.employee.Employee;
import org.leavetracker.domain.write.leave.Decider;
import org.leavetracker.domain.write.leave.NewLeave;
import org.leavetracker.domain.write.organization.Organization;

/** The request state machine of SPEC §3.4: request, approve, deny, cancel, and recording past leave. */
public final class LeaveWorkflow {

    private final Repository repository;
    private final HolidayCalendar calendars;
    private final CommandRetry retry;

    public LeaveWorkflow(Repository repository, HolidayCalendar calendars, CommandRetry retry) {
        this.repository = repository;
        this.calendars = calendars;
        this.retry = retry;
    }

    /** The caller asks for leave for themself; a repeat with the same {@code clientRequestId} returns the first. */
    public LeaveRequestView requestLeave(Caller caller, RequestLeave command) {
        return retry.run(() -> {
            Employee requester = repository.actor(caller);
            Organization organization = repository.organization(requester.orgId());
            LeaveType type = organization.leaveTypes().get(command.leaveTypeId());
            String requestId = LeaveRequestIds.newId(requester.id(), repository.newId());
            NewLeave leave = new NewLeave(requestId, type, DateRange.of(command.startDate(), command.endDate()),
                    command.halfDay(), command.reason(), command.clientRequestId(), command.times(), command.ends());
            return decideOn(requester, organization, caller,
                    requester.leave().request(leave, PersonContext.of(requester, organization, calendars)
                            .rules(noticeFrom(requester, organization))));
        });
    }

    /** The positional form, for the tests' brevity. */
    public LeaveRequestView requestLeave(Caller caller, String leaveTypeId, LocalDate startDate, LocalDate endDate,
                                         HalfDay halfDay, String reason, String clientRequestId) {
        return requestLeave(caller, new RequestLeave(leaveTypeId, startDate, endDate, halfDay, reason,
                clientRequestId, null));
    }

    /**
     * What {@link #requestLeave} would decide, without writing anything: the same decision on the requester as
     * loaded now, its events applied to that copy only, so the balances after come from the same calculator. The
     * command's reason and client id play no part.
     */
    public LeavePreview previewLeave(Caller caller, RequestLeave command) {
        String leaveTypeId = command.leaveTypeId();
        LocalDate startDate = command.startDate();
        LocalDate endDate = command.endDate();
        HalfDay halfDay = command.halfDay();
        TimeRange times = command.times();
        Employee requester = repository.actor(caller);
        Organization organization = repository.organization(requester.orgId());
        LeaveType type;
        DateRange dates;
        NewLeave leave;
        try {
            type = organization.leaveTypes().get(leaveTypeId);
            dates = DateRange.of(startDate, endDate);
            // refuses dates outside the window and over-long requests before anything is counted
            leave = new NewLeave(LeaveRequestIds.newId(requester.id(), "preview"), type, dates, halfDay, null, null,
                    times, command.ends());
        } catch (DomainError refused) {
            return new LeavePreview(Days.ZERO, LeaveUnit.DAYS, null, List.of(), refused);
        }
        PersonContext before = PersonContext.of(requester, organization, calendars);
        Days amount;
        try {
            amount = before.timeline().amount(type.id(), leave.span(), leave.times(), null);
        } catch (DomainError uncountable) {
            amount = Days.ZERO;
        }
        Decision decision;
        try {
            decision = requester.leave().request(leave, before.rules(noticeFrom(requester, organization)));
        } catch (DomainError refused) {
            return new LeavePreview(amount, type.unit(), null, yearBalances(type, dates, before, before), refused);
        }
        requester = requester.after(repository.unsaved(requester.orgId(), requester.id(), requester.version(),
                decision, caller));
        PersonContext after = PersonContext.of(requester, organization, calendars);
        LeaveStatus status = requester.leave().get(decision.subjectId()).status();
        return new LeavePreview(amount, type.unit(), status, yearBalances(type, dates, before, after), null);
    }

    /** Where a request's minimum notice counts from: the requester's today; an admin's own request needs none. */
    private LocalDate noticeFrom(Employee requester, Organization organization) {
        return requester.role() == Role.ADMIN ? null : repository.todayFor(requester, organization);
    }

    private static List<LeavePreview.YearBalance> yearBalances(LeaveType type, DateRange dates, PersonContext before,
                                                               PersonContext after) {
        if (!type.deductsFromAllowance()) {
            return List.of();
        }
        List<LeavePreview.YearBalance> years = new ArrayList<>();
        for (int year = dates.firstYear(); year <= dates.lastYear(); year++) {
            LocalDate asOf = dates.intersect(DateRange.year(year)).orElseThrow().end();
            years.add(new LeavePreview.YearBalance(year, before.calculator().balance(type.id(), year, asOf),
                    after.calculator().balance(type.id(), year, asOf)));
        }
        return years;
    }

    public LeaveRequestView approveLeave(Caller caller, String requestId, String note) {
        return onRequest(caller, requestId, (requester, organization, actor) -> {
            LeaveType type = organization.leaveTypes().get(requester.leave().get(requestId).leaveTypeId());
            return requester.leave().approve(requestId, deciderFor(actor, requester, organization, requestId), note,
                    type,
                    PersonContext.of(requester, organization, calendars).rules());
        });
    }

    public LeaveRequestView denyLeave(Caller caller, String requestId, String reason) {
        return onRequest(caller, requestId, (requester, organization, actor) ->
                requester.leave().deny(requestId, deciderFor(actor, requester, organization, requestId), reason));
    }

    public LeaveRequestView cancelLeave(Caller caller, String requestId) {
        return onRequest(caller, requestId, (requester, organization, actor) ->
                requester.leave().cancel(requestId, actor, repository.todayFor(requester, organization)));
    }

    /** An approver of the user, or an admin, records leave already taken: APPROVED, any dates, no balance check. */
    public LeaveRequestView addPastLeave(Caller caller, AddPastLeave command) {
        return retry.run(() -> {
            Employee actor = repository.actor(caller);
            Employee user = actor.id().equals(command.userId()) ? actor
                    : repository.employeeOf(actor, command.userId());
            AccessPolicy.requireMayRecordPastLeave(actor, user);
            Organization organization = repository.organization(actor.orgId());
            LeaveType type = organization.leaveTypes().get(command.leaveTypeId());
            NewLeave leave = new NewLeave(LeaveRequestIds.newId(user.id(), repository.newId()), type,
                    DateRange.of(command.startDate(), command.endDate()), command.halfDay(), command.reason(), null,
                    null, command.ends());
            return decideOn(user, organization, caller,
                    user.leave().recordPast(leave, PersonContext.of(user, organization, calendars).rules()));
        });
    }

    /** The positional form, for the tests' brevity. */
    public LeaveRequestView addPastLeave(Caller caller, String userId, String leaveTypeId, LocalDate startDate,
                                         LocalDate endDate, HalfDay halfDay, String reason) {
        return addPastLeave(caller, new AddPastLeave(userId, leaveTypeId, startDate, endDate, halfDay, reason));
    }

    private LeaveRequestView onRequest(Caller caller, String requestId, RequestDecision decide) {
        return retry.run(() -> {
            Employee actor = repository.actor(caller);
            String ownerId = LeaveRequestIds.ownerOf(requestId);
            Employee requester = actor.id().equals(ownerId) ? actor : repository.findEmployee(ownerId)
                    .filter(owner -> owner.orgId().equals(actor.orgId()))
                    .orElseThrow(() -> new NotFound("no leave request with id " + requestId));
            Organization organization = repository.organization(actor.orgId());
            return decideOn(requester, organization, caller, decide.decide(requester, organization, actor));
        });
    }

    /**
     * The actor as decider at the level the request waits at: an admin; at an approvers' level one of the
     * requester's approvers or their substitute today; at a group's level a member. Someone who approved an
     * earlier level is let through to the aggregate, which treats a repeated approval as nothing new.
     */
    private Decider deciderFor(Employee actor, Employee requester, Organization organization, String requestId) {
        LeaveRequest request = requester.leave().get(requestId);
        if (request.passedBy(actor.id())) {
            return new Decider(actor, null);
        }
        ApprovalLevel level = request.currentApprovalLevel();
        if (level.kind() == ApprovalLevel.Kind.TEAM_MANAGERS) {
            return Decider.asTeamManager(actor, requester,
                    organization.teams().managersOf(requester, request.dates().start()));
        }
        if (level.kind() != ApprovalLevel.Kind.APPROVERS) {
            return Decider.atLevel(actor, requester, level, organization);
        }
        // teamManagersOf never names the requester: a manager does not approve their own leave
        if (actor.role().mayApprove()
                && organization.teams().managersOf(requester, request.dates().start()).contains(actor.id())
                && !requester.leave().onlyAnAdminDecides(requestId)) {
            return new Decider(actor, null); // the manager of the requester's team (SPEC §3.8)
        }
        List<Employee> approvers = Decider.needsApprovers(actor, requester)
                ? requester.approvers().ids().stream().map(repository::findEmployee).flatMap(Optional::stream).toList()
                : List.of();
        return Decider.of(actor, requester, approvers, repository.todayFor(requester, organization));
    }

    /** The caller names a substitute who may decide in their place from {@code from} through {@code to}. */
    public UserProfile setSubstitute(Caller caller, String substituteId, LocalDate from, LocalDate to) {
        return retry.run(() -> {
            Employee approver = repository.actor(caller);
            Employee substitute = repository.employeeOf(approver, substituteId);
            Organization organization = repository.organization(approver.orgId());
            approver = approver.after(repository.save(approver.orgId(), approver.id(), approver.version(),
                    approver.approvers().setSubstitute(substitute, from, to), caller));
            PersonContext person = PersonContext.of(approver, organization, calendars);
            return UserProfile.of(approver, person.timeline(), repository.todayFor(approver, organization));
        });
    }

    /** The caller takes one of their location's optional holidays (SPEC §3.9): their requests over it count less. */
    public OptionalHolidaysView chooseOptionalHoliday(Caller caller, LocalDate date) {
        return onOwnHolidays(caller, date, (me, organization) -> me.employment().chooseOptionalHoliday(date,
                organization));
    }

    /** The caller gives a chosen optional holiday back: a working day for them again. */
    public OptionalHolidaysView unchooseOptionalHoliday(Caller caller, LocalDate date) {
        return onOwnHolidays(caller, date, (me, organization) -> me.employment().giveBackOptionalHoliday(date));
    }

    /** Answers the caller's optional holidays of the date's year, as they are after the decision. */
    private OptionalHolidaysView onOwnHolidays(Caller caller, LocalDate date,
                                               java.util.function.BiFunction<Employee, Organization, Decision> decide) {
        return retry.run(() -> {
            Employee me = repository.actor(caller);
            Organization organization = repository.organization(me.orgId());
            me = me.after(repository.save(me.orgId(), me.id(), me.version(), decide.apply(me, organization), caller));
            return OptionalHolidaysView.of(me, organization, date.getYear());
        });
    }

    /**
     * An approver takes back the substitutions they named from {@code from}; an admin may do it for an approver
     * ({@code approverId}; null: the caller).
     */
    public UserProfile removeSubstitute(Caller caller, LocalDate from, String approverId) {
        return retry.run(() -> {
            Employee actor = repository.actor(caller);
            Employee approver = approverId == null || approverId.equals(actor.id()) ? actor
                    : repository.employeeOf(actor, approverId);
            if (approver != actor) {
                AccessPolicy.requireAdmin(actor);
            }
            Organization organization = repository.organization(approver.orgId());
            approver = approver.after(repository.save(approver.orgId(), approver.id(), approver.version(),
                    approver.approvers().removeSubstitute(from),
                    caller));
            PersonContext person = PersonContext.of(approver, organization, calendars);
            return UserProfile.of(approver, person.timeline(), repository.todayFor(approver, organization));
        });
    }

    private LeaveRequestView decideOn(Employee requester, Organization organization, Caller caller,
                                      Decision decision) {
        requester = requester.after(repository.save(requester.orgId(), requester.id(), requester.version(), decision,
                caller));
        PersonContext person = PersonContext.of(requester, organization, calendars);
        return LeaveRequestView.of(requester.orgId(), requester.leave().get(decision.subjectId()), person.timeline());
    }

    @FunctionalInterface
    private interface RequestDecision {
        Decision decide(Employee requester, Organization organization, Employee actor);
    }
}
