package org.leavetracker.domain.event;

import java.util.List;

/** Events of approver groups. */
public sealed interface ApproverGroupEvent extends OrganizationEvent {

    /** An approver group created, or its name and members replaced. */
    record ApproverGroupSet(String groupId, String name, List<String> memberIds) implements ApproverGroupEvent {
        public static final String TYPE = "ApproverGroupSet";

        public ApproverGroupSet {
            memberIds = List.copyOf(memberIds);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    record ApproverGroupRemoved(String groupId) implements ApproverGroupEvent {
        public static final String TYPE = "ApproverGroupRemoved";

        @Override
        public String type() {
            return TYPE;
        }
    }
}
