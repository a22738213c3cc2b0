package org.leavetracker.domain.model;

/** Which part of a single day a request covers. */
public enum HalfDay {
    NONE, MORNING, AFTERNOON;

    public boolean isHalf() {
        return this != NONE;
    }

    /** How a half day is marked after a name or dates for people: " (morning)", " (afternoon)", or nothing. */
    public String marker() {
        return switch (this) {
            case NONE -> "";
            case MORNING -> " (morning)";
            case AFTERNOON -> " (afternoon)";
        };
    }
}
