package org.leavetracker.domain.model;

/** Which part of a single day a request covers. */
public enum HalfDay {
    NONE, MORNING, AFTERNOON;

    public boolean isHalf() {
        return this != NONE;
    }
}
