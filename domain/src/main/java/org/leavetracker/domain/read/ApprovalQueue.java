package org.leavetracker.domain.read;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.leavetracker.domain.model.ApprovalLevel;
import org.leavetracker.domain.model.ApprovalStep;
import org.leavetracker.domain.model.ApproverGroup;
import org.leavetracker.domain.model.Team;
import org.leavetracker.domain.port.Clock;
import org.leavetracker.domain.port.ReadModel;
import org.leavetracker.domain.read.model.UserRecord;
import org.leavetracker.domain.write.AccessPolicy;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.domain.write.employee.Employee;
import org.leavetracker.domain.write.organization.Organization;

/**
 * The requests waiting for one person's decision: for an admin everything pending; for an approver what waits at a
 * level they decide, as themself or as an absent approver's substitute today.
 */
final class ApprovalQueue {

    private final Repository repository;
    private final ReadModel readModel;
    private final Clock clock;

    ApprovalQueue(Repository repository, ReadModel readModel, Clock clock) {
        this.repository = repository;
        this.readModel = readModel;
        this.clock = clock;
    }

    /** What waits for the actor's decision now (see {@link ReadQueries#pendingApprovals}). */
    List<LeaveRequestView> of(Employee actor) {
        List<LeaveRequestView> pending = AccessPolicy.isAdmin(actor) ? readModel.pendingIn(actor.orgId())
                : actor.role().mayApprove() ? waitingFor(actor) : List.of();
        return pending.stream().filter(mayDecide(actor)).sorted(Comparator.comparing(ReadQueries::position)).toList();
    }

    /** Never their own request, nor one whose earlier level they approved. */
    static Predicate<LeaveRequestView> mayDecide(Employee actor) {
        return r -> !r.userId().equals(actor.id()) && r.approvals().stream()
                .noneMatch(a -> a.status() == ApprovalStep.Status.APPROVED && actor.id().equals(a.decidedBy()));
    }

    private List<LeaveRequestView> waitingFor(Employee actor) {
        LocalDate today = clock.today(ZoneOffset.UTC);
        Organization organization = repository.organization(actor.orgId());
        Set<String> managed = managedTeams(organization, actor);
        Set<String> groups = organization.approverGroups().stream()
                .filter(g -> g.memberIds().contains(actor.id())).map(ApproverGroup::id).collect(Collectors.toSet());
        List<String> deciding = new ArrayList<>(List.of(actor.id()));
        for (String absentId : readModel.substitutedBy(actor.id())) {
            if (readModel.user(absentId).flatMap(u -> u.substituteOn(today)).filter(actor.id()::equals).isPresent()) {
                deciding.add(absentId);
            }
        }
        // each requester's read item once, however many of their requests wait
        Map<String, Optional<UserRecord>> requesters = new HashMap<>();
        Function<LeaveRequestView, Optional<UserRecord>> requesterOf =
                request -> requesters.computeIfAbsent(request.userId(), readModel::user);
        Predicate<LeaveRequestView> inATeamTheyManage = request -> managed.contains(requesterOf.apply(request)
                .map(u -> u.teamOn(request.startDate())).orElse(null));
        Map<String, LeaveRequestView> waiting = new LinkedHashMap<>();
        for (String approverId : deciding) {
            boolean own = approverId.equals(actor.id()); // not as someone's substitute
            for (LeaveRequestView request : readModel.pendingFor(approverId)) {
                ApprovalStep step = request.currentStep().orElse(null); // none in items from before chains
                boolean atTheirLevel = switch (step == null ? ApprovalLevel.Kind.APPROVERS : step.kind()) {
                    case APPROVERS -> requesterOf.apply(request).map(UserRecord::approverIds).orElse(List.of())
                            .contains(approverId) || own && inATeamTheyManage.test(request);
                    case GROUP -> own && groups.contains(step.groupId());
                    case TEAM_MANAGERS -> own && inATeamTheyManage.test(request);
                    case ADMINS -> false;
                };
                if (atTheirLevel) {
                    waiting.putIfAbsent(request.id(), request);
                }
            }
        }
        return List.copyOf(waiting.values());
    }

    /** The teams the person manages (whose members' requests they approve, SPEC §3.8). */
    static Set<String> managedTeams(Organization organization, Employee actor) {
        return organization.teams().stream().filter(t -> t.managerIds().contains(actor.id())).map(Team::id)
                .collect(Collectors.toSet());
    }
}
