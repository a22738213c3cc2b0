package org.leavetracker.domain.write.employee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.leavetracker.domain.error.Forbidden;
import org.leavetracker.domain.error.NotFound;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.event.ApprovalLineEvent.ApproverAssigned;
import org.leavetracker.domain.event.ApprovalLineEvent.ApproverRemoved;
import org.leavetracker.domain.event.ApprovalLineEvent.SubstituteRemoved;
import org.leavetracker.domain.event.ApprovalLineEvent.SubstituteSet;
import org.leavetracker.domain.event.ApprovalLineEvent;
import org.leavetracker.domain.model.DateRange;
import org.leavetracker.domain.model.Substitution;
import org.leavetracker.domain.write.AccessPolicy;
import org.leavetracker.domain.write.Decision;

/** Who decides a person's leave (their approvers), and whom the person, as an approver, names in their place. */
public final class ApprovalLine {

    private final Employee person;
    private final Set<String> approverIds = new LinkedHashSet<>();
    private final Set<String> removedApprovers = new HashSet<>();
    private final List<Substitution> substitutions = new ArrayList<>();
    private final Set<LocalDate> removedSubstitutions = new HashSet<>();

    ApprovalLine(Employee person) {
        this.person = person;
    }

    public Decision assign(Employee approver) {
        if (approver.id().equals(person.id())) {
            throw new ValidationError("a user cannot be their own approver");
        }
        if (!approver.role().mayApprove()) {
            throw new ValidationError(approver.name() + " is a " + approver.role()
                    + " and cannot approve leave; make them an APPROVER or ADMIN first");
        }
        if (approverIds.contains(approver.id())) {
            return Decision.nothingChanged(person.id());
        }
        return Decision.of(person.id(), new ApproverAssigned(approver.id()));
    }

    public Decision remove(String approverId) {
        if (!approverIds.contains(approverId)) {
            if (removedApprovers.contains(approverId)) {
                return Decision.nothingChanged(person.id()); // a repeated removal
            }
            throw new NotFound("user " + approverId + " is not an approver of " + person.name());
        }
        return Decision.of(person.id(), new ApproverRemoved(approverId));
    }

    public List<String> ids() {
        return List.copyOf(approverIds);
    }

    /** This approver names a substitute who may decide in their place from {@code from} through {@code to}. */
    public Decision setSubstitute(Employee substitute, LocalDate from, LocalDate to) {
        if (!person.role().mayApprove()) {
            throw new Forbidden("only approvers and admins name a substitute; you are " + person.role());
        }
        AccessPolicy.requireSameOrganization(person, substitute);
        if (substitute.id().equals(person.id())) {
            throw ValidationError.at("substituteId", "you cannot be your own substitute");
        }
        if (!substitute.role().mayApprove()) {
            throw new ValidationError(substitute.name() + " is a " + substitute.role()
                    + " and cannot decide leave; ask an admin to make them an APPROVER first");
        }
        DateRange.bounded(from, to, "a substitution");
        return Decision.of(person.id(), new SubstituteSet(substitute.id(), from, to));
    }

    /** The approver takes back the substitutions they named from that date (an admin may do it for them). */
    public Decision removeSubstitute(LocalDate from) {
        Employee.requireDate(from, "from");
        if (substitutions.stream().noneMatch(s -> s.from().equals(from))) {
            if (removedSubstitutions.contains(from)) {
                return Decision.nothingChanged(person.id()); // a repeated removal
            }
            throw new NotFound(person.name() + " named no substitute from " + from);
        }
        return Decision.of(person.id(), new SubstituteRemoved(from));
    }

    /** The substitute deciding in this approver's place on that day, if any (the latest named wins). */
    public Optional<String> substituteOn(LocalDate day) {
        return Substitution.substituteOn(substitutions, day);
    }

    public List<Substitution> substitutions() {
        return List.copyOf(substitutions);
    }

    void evolve(ApprovalLineEvent event) {
        switch (event) {
            case ApproverAssigned e -> approverIds.add(e.approverId());
            case ApproverRemoved e -> {
                approverIds.remove(e.approverId());
                removedApprovers.add(e.approverId());
            }
            case SubstituteSet e -> {
                substitutions.add(new Substitution(e.substituteId(), e.from(), e.to()));
                removedSubstitutions.remove(e.from());
            }
            case SubstituteRemoved e -> {
                substitutions.removeIf(named -> named.from().equals(e.from()));
                removedSubstitutions.add(e.from());
            }
        }
    }
}
