package org.leavetracker.domain.model;

public enum LeaveStatus {
    PENDING, APPROVED, DENIED, CANCELLED;

    /** PENDING and APPROVED requests hold their dates: nothing else may overlap them. */
    public boolean isActive() {
        return this == PENDING || this == APPROVED;
    }
}
