package org.leavetracker.domain.model;

import java.util.List;

/** A team (department, SPEC §3.8): its managers approve its members' requests besides their own approvers. */
public record Team(String id, String name, List<String> managerIds) implements Named {

    public Team {
        managerIds = List.copyOf(managerIds);
    }

    public Team withName(String newName) {
        return new Team(id, newName, managerIds);
    }

    public Team withManagers(List<String> managers) {
        return new Team(id, name, managers);
    }
}
