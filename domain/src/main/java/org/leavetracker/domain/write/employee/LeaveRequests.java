package org.leavetracker.domain.write.employee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.leavetracker.domain.error.Forbidden;
import org.leavetracker.domain.error.InvalidStateTransition;
import org.leavetracker.domain.error.OverlappingLeave;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.event.DomainEvent;
import org.leavetracker.domain.event.LeaveEvent.ApprovalLevelPassed;
import org.leavetracker.domain.event.LeaveEvent.LeaveApproved;
import org.leavetracker.domain.event.LeaveEvent.LeaveCancelled;
import org.leavetracker.domain.event.LeaveEvent.LeaveDenied;
import org.leavetracker.domain.event.LeaveEvent.LeaveRequested;
import org.leavetracker.domain.event.LeaveEvent.PastLeaveRecorded;
import org.leavetracker.domain.event.LeaveEvent;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.DateRange;
import org.leavetracker.domain.model.EndHalves;
import org.leavetracker.domain.model.LeaveRequest;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.LeaveType;
import org.leavetracker.domain.model.PassedLevel;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.model.Text;
import org.leavetracker.domain.model.TimeRange;
import org.leavetracker.domain.write.Decision;
import org.leavetracker.domain.write.leave.Decider;
import org.leavetracker.domain.write.leave.LeaveRules;
import org.leavetracker.domain.write.leave.NewLeave;

/**
 * Every leave request a person made, and the decisions on them: asking (SPEC §3.4), recording past leave, each
 * approval level, denial and cancellation.
 */
public final class LeaveRequests {

    private final Employee person;
    private final LeaveRequestBook book = new LeaveRequestBook();

    LeaveRequests(Employee person) {
        this.person = person;
    }

    /** The requester asks for leave; {@code rules} checks days and balance. */
    public Decision request(NewLeave leave, LeaveRules rules) {
        Optional<LeaveRequest> earlier = byClientId(leave.clientRequestId());
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
        rules.checkTypeLimits(leave);
        boolean adminRequired = rules.checkBlackouts(leave, person.employment().locations());
        if (leave.type().deductsFromAllowance()) {
            rules.checkBalance(leave);
        }
        LeaveRequested requested = new LeaveRequested(leave.requestId(), leave.type().id(), leave.dates().start(),
                leave.dates().end(), leave.halfDay(), leave.reason(), leave.clientRequestId(), adminRequired,
                leave.type().requiresApproval() ? leave.type().approvalChain() : List.of(),
                leave.times() == null ? null : leave.times().start(), leave.times() == null ? null : leave.times()
                        .end(), leave.ends().start(), leave.ends().end());
        if (leave.type().requiresApproval() || adminRequired) {
            return Decision.of(leave.requestId(), requested);
        }
        return Decision.of(leave.requestId(), requested,
                new LeaveApproved(leave.requestId(), null, "leave type needs no approval"));
    }

    /** An approver or admin records leave that was taken: APPROVED at once, not balance-checked, never overlapping. */
    public Decision recordPast(NewLeave leave, LeaveRules rules) {
        rules.checkShape(leave);
        refuseOverlap(leave);
        rules.checkCountsDays(leave);
        rules.checkTypeLimits(leave);
        return Decision.of(leave.requestId(), new PastLeaveRecorded(leave.requestId(), leave.type().id(),
                leave.dates().start(), leave.dates().end(), leave.halfDay(), leave.reason(), leave.ends().start(),
                leave.ends().end()));
    }

    /**
     * Approves the level the request waits at: an intermediate level passes (the request stays PENDING), the last
     * one approves the request. Someone who approved a level already changes nothing by approving again.
     */
    public Decision approve(String requestId, Decider decider, String note, LeaveType type, LeaveRules rules) {
        LeaveRequest request = get(requestId);
        Employee approver = decider.actor();
        if (request.status() == LeaveStatus.PENDING && request.passedBy(approver.id())) {
            return Decision.nothingChanged(requestId);
        }
        requireAdminWhereNeeded(requestId, approver);
        requireStatus(request, LeaveStatus.PENDING, "approved");
        if (!request.atLastLevel()) {
            return Decision.of(requestId, new ApprovalLevelPassed(requestId, request.currentLevel(), approver.id(),
                    Text.optionalNote(note, "note"), decider.onBehalfOfId()));
        }
        if (type.deductsFromAllowance()) {
            rules.checkBalance(new NewLeave(request.id(), type, request.dates(), request.halfDay(), request.reason(),
                    request.clientRequestId(), request.times(), request.ends()));
        }
        return Decision.of(requestId, new LeaveApproved(requestId, approver.id(), Text.optionalNote(note, "note"),
                decider.onBehalfOfId()));
    }

    public Decision deny(String requestId, Decider decider, String reason) {
        LeaveRequest request = get(requestId);
        Employee approver = decider.actor();
        requireAdminWhereNeeded(requestId, approver);
        requireStatus(request, LeaveStatus.PENDING, "denied");
        if (request.passedBy(approver.id())) {
            throw new Forbidden("you approved an earlier level of this request; another approver decides this one");
        }
        return Decision.of(requestId, new LeaveDenied(requestId, approver.id(), Text.optionalNote(reason, "reason"),
                decider.onBehalfOfId()));
    }

    /**
     * The requester cancels their PENDING request or their APPROVED one that has not started ({@code today} is in
     * their location's time zone); an admin cancels any PENDING or APPROVED request.
     */
    public Decision cancel(String requestId, Employee actor, LocalDate today) {
        LeaveRequest request = get(requestId);
        boolean own = actor.id().equals(person.id());
        boolean admin = actor.role() == Role.ADMIN;
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
        return Decision.of(requestId, new LeaveCancelled(requestId, actor.id()));
    }

    /** The cancellations of the active requests that start after a last day of employment. */
    List<DomainEvent> cancelledAfter(LocalDate lastDay, String adminId) {
        List<DomainEvent> events = new ArrayList<>();
        for (LeaveRequest request : book.all()) {
            if (request.status().isActive() && request.dates().start().isAfter(lastDay)) {
                events.add(new LeaveCancelled(request.id(), adminId, "employment ends on " + lastDay));
            }
        }
        return events;
    }

    /** Whether only an admin may decide this request (it touches a REQUIRE_ADMIN blackout period). */
    public boolean onlyAnAdminDecides(String requestId) {
        return book.onlyAnAdminDecides(requestId);
    }

    /** The leave request previously made with this client request id, if any (idempotent retries). */
    public Optional<LeaveRequest> byClientId(String clientRequestId) {
        return book.byClientId(clientRequestId);
    }

    public Collection<LeaveRequest> all() {
        return book.copy();
    }

    public LeaveRequest get(String requestId) {
        return book.get(requestId);
    }

    void evolve(LeaveEvent event, RecordedEvent recorded) {
        switch (event) {
            case LeaveRequested e -> book.add(new LeaveRequest(e.requestId(), person.id(), e.leaveTypeId(),
                    new DateRange(e.startDate(), e.endDate()), e.halfDay(), e.reason(), LeaveStatus.PENDING,
                    recorded.occurredAt(), null, e.clientRequestId(), e.approvalChain(), List.of(), null,
                    TimeRange.ofNullable(e.startTime(), e.endTime()), new EndHalves(e.startHalf(), e.endHalf())),
                    e.clientRequestId(), e.adminApprovalRequired());
            case PastLeaveRecorded e -> book.add(new LeaveRequest(e.requestId(), person.id(), e.leaveTypeId(),
                    new DateRange(e.startDate(), e.endDate()), e.halfDay(), e.reason(), LeaveStatus.APPROVED,
                    recorded.occurredAt(), recorded.actorId(), null, List.of(), List.of(), null, null,
                    new EndHalves(e.startHalf(), e.endHalf())), null, false);
            case ApprovalLevelPassed e -> book.change(e.requestId(), r -> r.withLevelPassed(
                    new PassedLevel(e.approverId(), e.onBehalfOf(), recorded.occurredAt(), e.note())));
            case LeaveApproved e -> transition(e.requestId(), LeaveStatus.APPROVED, e.approverId() == null ? null
                    : new PassedLevel(e.approverId(), e.onBehalfOf(), recorded.occurredAt(), e.note()));
            case LeaveDenied e -> transition(e.requestId(), LeaveStatus.DENIED,
                    new PassedLevel(e.approverId(), e.onBehalfOf(), recorded.occurredAt(), e.reason()));
            case LeaveCancelled e -> transition(e.requestId(), LeaveStatus.CANCELLED, null);
        }
    }

    private void transition(String requestId, LeaveStatus status, PassedLevel decision) {
        book.change(requestId, r -> r.withStatus(status, decision));
    }

    private void requireAdminWhereNeeded(String requestId, Employee approver) {
        if (book.onlyAnAdminDecides(requestId) && approver.role() != Role.ADMIN) {
            throw new Forbidden("this request falls in a blackout period: only an admin may decide it");
        }
    }

    private void refuseAfterEmployment(DateRange dates) {
        Optional<LocalDate> lastBefore = person.employment().lastDayBefore(dates.end());
        if (lastBefore.isPresent() && !dates.start().isAfter(dates.end()) && !person.employment()
                .employedOn(dates.end())) {
            throw ValidationError.at("dates", person.name() + "'s employment ends on " + lastBefore.get()
                    + "; leave cannot touch a later date");
        }
    }

    private void refuseOverlap(NewLeave leave) {
        book.all().stream()
                .filter(r -> r.status().isActive() && r.overlaps(leave.span(), leave.times()))
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
}
