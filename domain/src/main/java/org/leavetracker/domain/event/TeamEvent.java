package org.leavetracker.domain.event;

import java.util.List;

/** Events of teams and their managers. */
public sealed interface TeamEvent extends OrganizationEvent {

    record TeamCreated(String teamId, String name) implements TeamEvent {
        public static final String TYPE = "TeamCreated";

        @Override
        public String type() {
            return TYPE;
        }
    }

    record TeamRenamed(String teamId, String name) implements TeamEvent {
        public static final String TYPE = "TeamRenamed";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A team's managers: they approve its members' requests besides the members' own approvers. */
    record TeamManagersSet(String teamId, List<String> managerIds) implements TeamEvent {
        public static final String TYPE = "TeamManagersSet";

        public TeamManagersSet {
            managerIds = List.copyOf(managerIds);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }
}
