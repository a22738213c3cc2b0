package org.leavetracker.domain.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.leavetracker.domain.event.EmployeeEvent;
import org.leavetracker.domain.event.LeaveEvent;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.ApprovalLevel;
import org.leavetracker.domain.model.Language;
import org.leavetracker.domain.model.LeaveRequest;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.port.NotificationChannel;
import org.leavetracker.domain.port.ReadModel;
import org.leavetracker.domain.read.model.UserRecord;
import org.leavetracker.domain.wording.Wording;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.domain.write.employee.Employee;
import org.leavetracker.domain.write.organization.Organization;

/**
 * Tells the people an event concerns: approvers of a request waiting for them, the requester of a decision, and
 * the other side of a cancellation, each in their own language (SPEC §3.11). Driven by bus rules after the fact,
 * never by the write path; delivery is at least once (a redelivered event sends its messages again, each carrying
 * the event's id).
 */
public final class LeaveNotifications {

    private final Repository repository;
    private final ReadModel readModel;
    private final NotificationChannel mailer;

    public LeaveNotifications(Repository repository, ReadModel readModel, NotificationChannel mailer) {
        this.repository = repository;
        this.readModel = readModel;
        this.mailer = mailer;
    }

    /** @return what was sent */
    public List<Notification> notify(RecordedEvent event) {
        List<Notification> messages = compose(event);
        messages.forEach(mailer::send);
        return messages;
    }

    List<Notification> compose(RecordedEvent event) {
        if (!(event.payload() instanceof EmployeeEvent payload) || payload.requestId() == null
                || payload instanceof LeaveEvent.LeaveApproved a && a.approverId() == null) {
            return List.of(); // checked before any load: most leave needs no approval, and this runs for all of it
        }
        Employee requester = repository.employee(event.aggregateId());
        LeaveRequest request = requester.leave().get(payload.requestId());
        boolean asksForDecision = payload instanceof LeaveEvent.LeaveRequested
                || payload instanceof LeaveEvent.ApprovalLevelPassed;
        if (asksForDecision && request.status() != LeaveStatus.PENDING) {
            return List.of(); // approved in the same command, or decided before this ran
        }
        Organization organization = repository.organization(requester.orgId());
        Leave leave = new Leave(requester, request, organization);
        String eventId = event.aggregateId() + "/" + event.version();
        List<Notification> messages = new ArrayList<>();
        switch (payload) {
            case LeaveEvent.LeaveRequested e -> askToDecide(messages, leave, eventId, w -> w.text("mail.asks",
                    requester.name(), leave.what(w)) + line(w, "mail.reason", e.reason()));
            case LeaveEvent.ApprovalLevelPassed e -> askToDecide(messages, leave, eventId, w -> w.text(
                    "mail.levelPassed", requester.name(), leave.what(w), decider(w, e.approverId(), e.onBehalfOf()),
                    e.level() + 1, e.level() + 2) + line(w, "mail.reason", request.reason()));
            case LeaveEvent.LeaveApproved e -> {
                Wording w = leave.wording(requester.languageIn(organization));
                messages.add(new Notification(requester.email().value(), w.text("mail.approved.subject",
                        leave.what(w)), w.text("mail.approved", leave.what(w), decider(w, e.approverId(),
                        e.onBehalfOf())) + line(w, "mail.note", e.note()), eventId, null, w.language()));
            }
            case LeaveEvent.LeaveDenied e -> {
                Wording w = leave.wording(requester.languageIn(organization));
                messages.add(new Notification(requester.email().value(), w.text("mail.denied.subject",
                        leave.what(w)), w.text("mail.denied", leave.what(w), decider(w, e.approverId(),
                        e.onBehalfOf())) + line(w, "mail.reason", e.reason()), eventId, null, w.language()));
            }
            case LeaveEvent.LeaveCancelled e -> {
                if (e.cancelledBy().equals(requester.id())) {
                    approvers(requester, organization).forEach((to, language) -> {
                        Wording w = leave.wording(language);
                        messages.add(new Notification(to, w.text("mail.cancelledByRequester.subject",
                                requester.name(), leave.what(w)), w.text("mail.cancelledByRequester",
                                requester.name(), leave.what(w)), eventId, null, w.language()));
                    });
                } else {
                    Wording w = leave.wording(requester.languageIn(organization));
                    messages.add(new Notification(requester.email().value(), w.text("mail.cancelled.subject",
                            leave.what(w)), w.text("mail.cancelled", leave.what(w), name(w, e.cancelledBy()))
                            + line(w, "mail.reason", e.reason()), eventId, null, w.language()));
                }
            }
            default -> {
                // other events about a request (recorded past leave, approvals without an approver) tell no one
            }
        }
        return messages;
    }

    /**
     * The request as every message names it, in the recipient's language: its type and dates (written as the
     * language writes dates in the country of the requester's workplace, where the leave is).
     */
    private record Leave(Employee requester, LeaveRequest request, Organization organization) {

        Wording wording(Language language) {
            return Wording.of(language, Wording.countryWhere(requester, organization, request.dates().start()));
        }

        String what(Wording w) {
            return w.text("mail.what", organization.leaveTypes().get(request.leaveTypeId()).name(),
                    w.dates(request.dates().start(), request.dates().end()) + w.halfDay(request.halfDay()));
        }
    }

    /** Asks whoever decides the level the request waits at, each in their own language. */
    private void askToDecide(List<Notification> messages, Leave leave, String eventId,
                             Function<Wording, String> text) {
        Employee requester = leave.requester();
        LeaveRequest request = leave.request();
        Organization organization = leave.organization();
        ApprovalLevel level = request.currentApprovalLevel();
        Map<String, Language> deciders = requester.leave().onlyAnAdminDecides(request.id())
                || level.kind() == ApprovalLevel.Kind.ADMINS
                ? admins(requester, organization)
                : level.kind() == ApprovalLevel.Kind.GROUP ? group(requester, organization, level.groupId())
                : level.kind() == ApprovalLevel.Kind.TEAM_MANAGERS ? teamManagers(requester, organization, request)
                : withTeamManagers(approvers(requester, organization), requester, organization, request);
        deciders.forEach((to, language) -> {
            Wording w = leave.wording(language);
            messages.add(new Notification(to, w.text("mail.asks.subject", requester.name(), leave.what(w)),
                    text.apply(w) + "\n" + w.text("mail.decideHint"), eventId, request.id(), language));
        });
    }

    private Map<String, Language> group(Employee requester, Organization organization, String groupId) {
        List<String> members = organization.approverGroups().members(groupId);
        return members.isEmpty() ? admins(requester, organization) : people(members, requester, organization);
    }

    /** A team's managers decide besides the approvers (SPEC §3.8): the team the requester is in on the first day. */
    private Map<String, Language> withTeamManagers(Map<String, Language> approvers, Employee requester,
                                                   Organization organization, LeaveRequest request) {
        Map<String, Language> all = new LinkedHashMap<>(approvers);
        all.putAll(people(organization.teams().managersOf(requester, request.dates().start()), requester,
                organization));
        return all;
    }

    private Map<String, Language> teamManagers(Employee requester, Organization organization, LeaveRequest request) {
        List<String> managers = organization.teams().managersOf(requester, request.dates().start());
        return managers.isEmpty() ? admins(requester, organization) : people(managers, requester, organization);
    }

    /** The requester's assigned approvers, or the organization's admins when none is assigned; never themselves. */
    private Map<String, Language> approvers(Employee requester, Organization organization) {
        Map<String, Language> approvers = people(requester.approvers().ids(), requester, organization);
        return approvers.isEmpty() ? admins(requester, organization) : approvers; // none assigned, or all left
    }

    /** The e-mails (and languages) of these users who are still in the organization, the requester left out. */
    private Map<String, Language> people(Collection<String> userIds, Employee requester, Organization organization) {
        Map<String, Language> people = new LinkedHashMap<>();
        for (String userId : userIds) {
            if (!userId.equals(requester.id())) {
                repository.findEmployee(userId).filter(this::stillEmployed)
                        .ifPresent(u -> people.put(u.email().value(), u.languageIn(organization)));
            }
        }
        return people;
    }

    /** A leaver is asked nothing after their last day (they could not act on it). */
    private boolean stillEmployed(Employee person) {
        return !person.employment().leftBefore(repository.todayUtc());
    }

    private Map<String, Language> admins(Employee requester, Organization organization) {
        Map<String, Language> admins = new LinkedHashMap<>();
        for (UserRecord user : readModel.usersOf(requester.orgId())) {
            if (user.role() == Role.ADMIN && !user.id().equals(requester.id())
                    && !user.leftBefore(repository.todayUtc())) {
                admins.put(user.email(), user.language() == null ? organization.defaultLanguage()
                        : Language.of(user.language(), "language"));
            }
        }
        return admins;
    }

    private String decider(Wording w, String approverId, String onBehalfOf) {
        return onBehalfOf == null ? name(w, approverId) : w.text("mail.substituting", name(w, approverId),
                name(w, onBehalfOf));
    }

    private String name(Wording w, String userId) {
        return repository.findEmployee(userId).map(Employee::name).orElseGet(() -> w.text("mail.someoneGone"));
    }

    private static String line(Wording w, String label, String text) {
        return text == null || text.isBlank() ? "" : "\n" + w.text(label, text);
    }
}
