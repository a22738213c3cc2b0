package org.leavetracker.domain.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.leavetracker.domain.event.EmployeeEvent;
import org.leavetracker.domain.event.LeaveEvent;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.ApprovalLevel;
import org.leavetracker.domain.model.LeaveRequest;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.port.NotificationChannel;
import org.leavetracker.domain.port.ReadModel;
import org.leavetracker.domain.read.model.UserRecord;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.domain.write.employee.Employee;
import org.leavetracker.domain.write.organization.Organization;

/**
 * Tells the people an event concerns: approvers of a request waiting for them, the requester of a decision, and
 * the other side of a cancellation. Driven by bus rules after the fact, never by the write path; delivery is at
 * least once (a redelivered event sends its messages again, each carrying the event's id).
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
        String what = organization.leaveTypes().get(request.leaveTypeId()).name() + " " + dates(request);
        String eventId = event.aggregateId() + "/" + event.version();
        List<Notification> messages = new ArrayList<>();
        switch (payload) {
            case LeaveEvent.LeaveRequested e -> askToDecide(messages, requester, request, organization, what,
                    requester.name() + " asks for " + what + "." + line("Reason", e.reason()), eventId);
            case LeaveEvent.ApprovalLevelPassed e -> askToDecide(messages, requester, request, organization, what,
                    requester.name() + " asks for " + what + ". " + decider(e.approverId(), e.onBehalfOf())
                            + " approved level " + (e.level() + 1) + "; level " + (e.level() + 2) + " is yours."
                            + line("Reason", request.reason()), eventId);
            case LeaveEvent.LeaveApproved e -> messages.add(new Notification(
                    requester.email().value(), "Approved: " + what,
                    "Your request for " + what + " was approved by " + decider(e.approverId(), e.onBehalfOf()) + "."
                            + line("Note", e.note()), eventId));
            case LeaveEvent.LeaveDenied e -> messages.add(new Notification(requester.email().value(),
                    "Denied: " + what, "Your request for " + what + " was denied by " + decider(e.approverId(),
                            e.onBehalfOf()) + "."
                    + line("Reason", e.reason()), eventId));
            case LeaveEvent.LeaveCancelled e -> {
                if (e.cancelledBy().equals(requester.id())) {
                    for (String to : approverEmails(requester)) {
                        messages.add(new Notification(to, "Cancelled by " + requester.name() + ": " + what,
                                requester.name() + " cancelled their leave: " + what + ".", eventId));
                    }
                } else {
                    messages.add(new Notification(requester.email().value(), "Cancelled: " + what,
                            "Your leave " + what + " was cancelled by " + name(e.cancelledBy()) + "."
                                    + line("Reason", e.reason()), eventId));
                }
            }
            default -> {
                // other events about a request (recorded past leave, approvals without an approver) tell no one
            }
        }
        return messages;
    }

    /** Asks whoever decides the level the request waits at. */
    private void askToDecide(List<Notification> messages, Employee requester, LeaveRequest request,
                             Organization organization, String what, String text, String eventId) {
        ApprovalLevel level = request.currentApprovalLevel();
        Set<String> deciders = requester.leave().onlyAnAdminDecides(request.id())
                || level.kind() == ApprovalLevel.Kind.ADMINS
                ? adminEmails(requester)
                : level.kind() == ApprovalLevel.Kind.GROUP ? groupEmails(requester, organization, level.groupId())
                : level.kind() == ApprovalLevel.Kind.TEAM_MANAGERS ? teamManagerEmails(requester, organization, request)
                : withTeamManagers(approverEmails(requester), requester, organization, request);
        for (String to : deciders) {
            messages.add(new Notification(to, "Leave request from " + requester.name() + ": " + what,
                    text + "\nApprove or deny it in Leave Tracker (pending approvals).", eventId, request.id()));
        }
    }

    private Set<String> groupEmails(Employee requester, Organization organization, String groupId) {
        List<String> members = organization.approverGroups().members(groupId);
        return members.isEmpty() ? adminEmails(requester) : emailsOf(members, requester);
    }

    /** A team's managers decide besides the approvers (SPEC §3.8): the team the requester is in on the first day. */
    private Set<String> withTeamManagers(Set<String> approvers, Employee requester, Organization organization,
                                         LeaveRequest request) {
        Set<String> emails = new LinkedHashSet<>(approvers);
        emails.addAll(emailsOf(organization.teams().managersOf(requester, request.dates().start()), requester));
        return emails;
    }

    private Set<String> teamManagerEmails(Employee requester, Organization organization, LeaveRequest request) {
        List<String> managers = organization.teams().managersOf(requester, request.dates().start());
        return managers.isEmpty() ? adminEmails(requester) : emailsOf(managers, requester);
    }

    /** The requester's assigned approvers, or the organization's admins when none is assigned; never themselves. */
    private Set<String> approverEmails(Employee requester) {
        Set<String> approvers = emailsOf(requester.approvers().ids(), requester);
        return approvers.isEmpty() ? adminEmails(requester) : approvers; // none assigned, or all of them left
    }

    /** The e-mails of these users who are still in the organization, the requester left out. */
    private Set<String> emailsOf(Collection<String> userIds, Employee requester) {
        Set<String> emails = new LinkedHashSet<>();
        for (String userId : userIds) {
            if (!userId.equals(requester.id())) {
                repository.findEmployee(userId).filter(this::stillEmployed)
                        .ifPresent(u -> emails.add(u.email().value()));
            }
        }
        return emails;
    }

    /** A leaver is asked nothing after their last day (they could not act on it). */
    private boolean stillEmployed(Employee person) {
        return !person.employment().leftBefore(repository.todayUtc());
    }

    private Set<String> adminEmails(Employee requester) {
        Set<String> emails = new LinkedHashSet<>();
        for (UserRecord user : readModel.usersOf(requester.orgId())) {
            if (user.role() == Role.ADMIN && !user.id().equals(requester.id())
                    && !user.leftBefore(repository.todayUtc())) {
                emails.add(user.email());
            }
        }
        return emails;
    }

    private String decider(String approverId, String onBehalfOf) {
        return onBehalfOf == null ? name(approverId) : name(approverId) + " (substituting for " + name(onBehalfOf)
                + ")";
    }

    private String name(String userId) {
        return repository.findEmployee(userId).map(Employee::name).orElse("someone no longer in the organization");
    }

    private static String dates(LeaveRequest request) {
        String range = request.dates().start().equals(request.dates().end()) ? request.dates().start().toString()
                : request.dates().start() + " to " + request.dates().end();
        return request.halfDay() == null ? range : range + request.halfDay().marker();
    }

    private static String line(String label, String text) {
        return text == null || text.isBlank() ? "" : "\n" + label + ": " + text;
    }
}
