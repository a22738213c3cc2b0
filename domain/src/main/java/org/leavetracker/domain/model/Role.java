package org.leavetracker.domain.model;

public enum Role {
    ADMIN, APPROVER, MEMBER;

    /** Roles that may be named as someone's approver and may decide on requests. */
    public boolean mayApprove() {
        return this == ADMIN || this == APPROVER;
    }
}
