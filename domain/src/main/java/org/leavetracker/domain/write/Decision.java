package org.leavetracker.domain.write;

import java.util.List;

import org.leavetracker.domain.event.DomainEvent;

/**
 * What an aggregate decided: the events to append (none when the command changes nothing, such as a retry) and the
 * id of the thing the command is about, so the caller can answer with its state.
 */
public record Decision(String subjectId, List<DomainEvent> events) {

    public Decision {
        events = List.copyOf(events);
    }

    public static Decision of(String subjectId, DomainEvent... events) {
        return new Decision(subjectId, List.of(events));
    }

    public static Decision nothingChanged(String subjectId) {
        return new Decision(subjectId, List.of());
    }

    /** This decision followed by another about the same subject, appended together. */
    public Decision and(Decision next) {
        List<DomainEvent> all = new java.util.ArrayList<>(events);
        all.addAll(next.events);
        return new Decision(subjectId, all);
    }
}
