package org.leavetracker.domain.usecase;

import java.time.Instant;
import java.time.LocalDate;

import org.leavetracker.domain.balance.EmploymentTimeline;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveRequest;
import org.leavetracker.domain.model.LeaveStatus;

/** A leave request as the API shows it, with its days counted from the requester's current history. */
public record LeaveRequestView(String id, String orgId, String userId, String leaveTypeId, LocalDate startDate,
                               LocalDate endDate, HalfDay halfDay, Days days, LeaveStatus status, String reason,
                               Instant createdAt, String decidedBy) {

    public static LeaveRequestView of(String orgId, LeaveRequest r, EmploymentTimeline timeline) {
        return new LeaveRequestView(r.id(), orgId, r.userId(), r.leaveTypeId(), r.dates().start(), r.dates().end(),
                r.halfDay(), timeline.count(r.dates(), r.halfDay()), r.status(), r.reason(), r.createdAt(),
                r.decidedBy());
    }
}
