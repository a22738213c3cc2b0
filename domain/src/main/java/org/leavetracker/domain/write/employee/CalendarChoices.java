package org.leavetracker.domain.write.employee;

import org.leavetracker.domain.event.PersonEvent.CalendarPreferencesSet;
import org.leavetracker.domain.write.Decision;

/** Whether the person's approved leave goes into their own calendar and turns on their reply (SPEC §8). */
public final class CalendarChoices {

    private final Employee owner;
    private boolean events = true;
    private boolean reply = true;

    CalendarChoices(Employee owner) {
        this.owner = owner;
    }

    /** @param wantsEvents null: as it is; likewise {@code wantsReply} */
    public Decision choose(Boolean wantsEvents, Boolean wantsReply) {
        boolean newEvents = wantsEvents == null ? events : wantsEvents;
        boolean newReply = wantsReply == null ? reply : wantsReply;
        return newEvents == events && newReply == reply ? Decision.nothingChanged(owner.id())
                : Decision.of(owner.id(), new CalendarPreferencesSet(newEvents, newReply));
    }

    /** Approved leave goes into the person's own calendar (until they opt out). */
    public boolean events() {
        return events;
    }

    /** Approved leave turns on the person's out-of-office reply (until they opt out). */
    public boolean reply() {
        return reply;
    }

    void evolve(CalendarPreferencesSet event) {
        events = event.calendarEvents();
        reply = event.outOfOfficeReply();
    }
}
