package org.leavetracker.domain.model;

import java.util.List;

/** A named set of approvers that an approval level can name ("HR", "Finance"). */
public record ApproverGroup(String id, String name, List<String> memberIds) implements Named {

    public ApproverGroup {
        memberIds = List.copyOf(memberIds);
    }
}
