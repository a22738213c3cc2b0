package org.leavetracker.domain.write.organization;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

import org.leavetracker.domain.event.TeamEvent.TeamCreated;
import org.leavetracker.domain.event.TeamEvent.TeamManagersSet;
import org.leavetracker.domain.event.TeamEvent.TeamRenamed;
import org.leavetracker.domain.event.TeamEvent;
import org.leavetracker.domain.model.Team;
import org.leavetracker.domain.model.Text;
import org.leavetracker.domain.write.Decision;
import org.leavetracker.domain.write.employee.Employee;

/** An organization's teams and their managers, who approve besides a person's own approvers. */
public final class Teams extends SettingsById<Team> {

    Teams() {
        super("team", Team::id, Team::name);
    }

    /** A new team; the same name again answers the team made before (a retried command). */
    public Decision create(String newId, String teamName) {
        String cleanName = Text.requiredName(teamName, "name");
        return named(cleanName).map(t -> Decision.nothingChanged(t.id()))
                .orElseGet(() -> Decision.of(newId, new TeamCreated(newId, cleanName)));
    }

    public Decision rename(String teamId, String newName) {
        Team team = get(teamId);
        String cleanName = Text.requiredName(newName, "name");
        requireNameFree(cleanName, teamId);
        return cleanName.equals(team.name()) ? Decision.nothingChanged(teamId)
                : Decision.of(teamId, new TeamRenamed(teamId, cleanName));
    }

    /** The caller has checked that the managers are people of this organization. */
    public Decision setManagers(String teamId, List<String> managerIds) {
        Team team = get(teamId);
        List<String> managers = managerIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(managerIds));
        return managers.equals(team.managerIds()) ? Decision.nothingChanged(teamId)
                : Decision.of(teamId, new TeamManagersSet(teamId, managers));
    }

    /** The managers of the team the person is in on a date (they approve besides the person's approvers). */
    public List<String> managersOf(Employee person, LocalDate date) {
        return person.employment().teamOn(date).flatMap(this::find).map(Team::managerIds).orElse(List.of()).stream()
                .filter(managerId -> !managerId.equals(person.id())).toList();
    }

    void evolve(TeamEvent event) {
        switch (event) {
            case TeamCreated e -> byId.put(e.teamId(), new Team(e.teamId(), e.name(), List.of()));
            case TeamRenamed e -> byId.computeIfPresent(e.teamId(), (k, t) -> t.withName(e.name()));
            case TeamManagersSet e -> byId.computeIfPresent(e.teamId(), (k, t) -> t.withManagers(e.managerIds()));
        }
    }
}
