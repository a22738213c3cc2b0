package org.leavetracker.domain.write.organization;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.event.ApproverGroupEvent.ApproverGroupRemoved;
import org.leavetracker.domain.event.ApproverGroupEvent.ApproverGroupSet;
import org.leavetracker.domain.event.ApproverGroupEvent;
import org.leavetracker.domain.model.ApproverGroup;
import org.leavetracker.domain.model.Text;
import org.leavetracker.domain.write.Decision;

/** An organization's approver groups: who decides at a GROUP level of an approval chain. */
public final class ApproverGroups extends SettingsById<ApproverGroup> {

    /** Groups removed, kept so that a repeated removal answers as the first did (and old requests find names). */
    private final Map<String, ApproverGroup> removed = new HashMap<>();
    /** The names of the leave types whose approval chain names a group. */
    private final Function<String, List<String>> chainsNaming;

    ApproverGroups(Function<String, List<String>> chainsNaming) {
        super("approver group", ApproverGroup::id, ApproverGroup::name);
        this.chainsNaming = chainsNaming;
    }

    /**
     * Creates an approver group, or replaces the members of the one with that name (its id stays). The caller has
     * checked that the members are approvers or admins of this organization.
     */
    public Decision set(String newId, String groupName, List<String> memberIds) {
        String cleanName = Text.requiredName(groupName, "name");
        List<String> members = memberIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(memberIds));
        if (members.isEmpty()) {
            throw new ValidationError("an approver group needs at least one member");
        }
        Optional<ApproverGroup> same = named(cleanName);
        if (same.isPresent() && same.get().memberIds().equals(members)) {
            return Decision.nothingChanged(same.get().id());
        }
        String groupId = same.map(ApproverGroup::id).orElse(newId);
        return Decision.of(groupId, new ApproverGroupSet(groupId, cleanName, members));
    }

    /** Removes a group no approval chain names; requests already waiting for it are decided by the admins. */
    public Decision remove(String groupId) {
        if (removed.containsKey(groupId)) {
            return Decision.nothingChanged(groupId);
        }
        ApproverGroup group = get(groupId);
        List<String> naming = chainsNaming.apply(groupId);
        if (!naming.isEmpty()) {
            throw new ValidationError("the approver group '" + group.name() + "' is named in the approval chain of "
                    + String.join(", ", naming) + "; change that chain first");
        }
        return Decision.of(groupId, new ApproverGroupRemoved(groupId));
    }

    /** A group, also one removed since (what its removal answers). */
    public ApproverGroup everSet(String groupId) {
        ApproverGroup gone = removed.get(groupId);
        return gone != null ? gone : get(groupId);
    }

    /** Who decides at a group's level today: its members, or no one once it was removed (then the admins do). */
    public List<String> members(String groupId) {
        return find(groupId).map(ApproverGroup::memberIds).orElse(List.of());
    }

    void evolve(ApproverGroupEvent event) {
        switch (event) {
            case ApproverGroupSet e -> byId.put(e.groupId(), new ApproverGroup(e.groupId(), e.name(), e.memberIds()));
            case ApproverGroupRemoved e -> {
                ApproverGroup gone = byId.remove(e.groupId());
                if (gone != null) {
                    removed.put(e.groupId(), gone);
                }
            }
        }
    }
}
