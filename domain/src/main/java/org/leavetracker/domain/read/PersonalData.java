package org.leavetracker.domain.read;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.LeaveRequest;

/**
 * Everything Leave Tracker stores about one person (GDPR Art. 15, SPEC §3.10), as the file they are given.
 *
 * @param locations          where they worked, from each date
 * @param teams              their teams, from each date ("" = none from then on)
 * @param requests           every request, with its reason and the approvers' notes
 * @param balances           each deducting leave type's balance at the end of every year of their history, and
 *                           this year's as of today
 * @param events             their own event stream, whole
 * @param organizationEvents the organization's events whose fields name them (by id or e-mail)
 */
public record PersonalData(Instant exportedAt, String exportedBy, UserProfile profile,
                           Map<LocalDate, String> locations, Map<LocalDate, String> teams,
                           List<LeaveRequest> requests, List<Balance> balances, List<RecordedEvent> events,
                           List<RecordedEvent> organizationEvents) {
}
