package org.leavetracker.domain.read.history;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.Role;

/**
 * One entry of an audit trail as people read it: what kind of change it was, and the figures it names. Clients
 * write their sentence from these, in the person's language; the stored event's own form stays private to the
 * server (it changes by upcasting, the entry does not).
 *
 * @param personId another person the change names (an approver, a substitute)
 * @param from     the date the change takes effect, or the first day it is about
 * @param to       the last day it is about
 * @param text     what someone typed with it: a note, a reason, a name
 */
public record HistoryEntry(HistoryKind kind, String requestId, String leaveTypeId, String locationId, String teamId,
                           String personId, LocalDate from, LocalDate to, Days days, Integer year, Integer level,
                           Role role, String name, String email, String text, List<DayOfWeek> workingDays,
                           String timeZone, String holidayCalendar) {

    public HistoryEntry {
        workingDays = workingDays == null ? null : List.copyOf(workingDays);
    }

    static Builder of(HistoryKind kind) {
        return new Builder(kind);
    }

    /** Names only the figures an entry has; the rest stay null. */
    static final class Builder {
        private final HistoryKind kind;
        private String requestId;
        private String leaveTypeId;
        private String locationId;
        private String teamId;
        private String personId;
        private LocalDate from;
        private LocalDate to;
        private Days days;
        private Integer year;
        private Integer level;
        private Role role;
        private String name;
        private String email;
        private String text;
        private List<DayOfWeek> workingDays;
        private String timeZone;
        private String holidayCalendar;

        private Builder(HistoryKind kind) {
            this.kind = kind;
        }

        Builder request(String id) {
            requestId = id;
            return this;
        }

        Builder leaveType(String id) {
            leaveTypeId = id;
            return this;
        }

        Builder location(String id) {
            locationId = id;
            return this;
        }

        Builder team(String id) {
            teamId = id;
            return this;
        }

        Builder person(String id) {
            personId = id;
            return this;
        }

        Builder dates(LocalDate first, LocalDate last) {
            from = first;
            to = last;
            return this;
        }

        Builder from(LocalDate date) {
            from = date;
            return this;
        }

        Builder days(Days amount) {
            days = amount;
            return this;
        }

        Builder year(int value) {
            year = value;
            return this;
        }

        Builder level(int value) {
            level = value;
            return this;
        }

        Builder role(Role value) {
            role = value;
            return this;
        }

        Builder name(String value) {
            name = value;
            return this;
        }

        Builder email(String value) {
            email = value;
            return this;
        }

        Builder text(String value) {
            text = value;
            return this;
        }

        Builder workingDays(List<DayOfWeek> value) {
            workingDays = value;
            return this;
        }

        Builder calendar(String zone, String holidays) {
            timeZone = zone;
            holidayCalendar = holidays;
            return this;
        }

        HistoryEntry build() {
            return new HistoryEntry(kind, requestId, leaveTypeId, locationId, teamId, personId, from, to, days, year,
                    level, role, name, email, text, workingDays, timeZone, holidayCalendar);
        }
    }
}
