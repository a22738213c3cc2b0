package org.leavetracker.domain.webhook;

import java.util.List;

import org.leavetracker.domain.event.LeaveEvent;
import org.leavetracker.domain.event.CreditEvent;
import org.leavetracker.domain.event.EmploymentEvent;
import org.leavetracker.domain.event.PersonEvent;

/**
 * The event types an endpoint may subscribe to: the leave workflow and balance changes that other systems (payroll,
 * HR, chat) act on. Settings events stay internal.
 */
public final class WebhookEvents {

    public static final List<String> PUBLISHED = List.of(LeaveEvent.LeaveRequested.TYPE,
            LeaveEvent.ApprovalLevelPassed.TYPE, LeaveEvent.LeaveApproved.TYPE, LeaveEvent.LeaveDenied.TYPE,
            LeaveEvent.LeaveCancelled.TYPE, LeaveEvent.PastLeaveRecorded.TYPE,
            CreditEvent.BalanceAdjusted.TYPE, PersonEvent.UserAdded.TYPE,
            EmploymentEvent.UserMovedToLocation.TYPE);

    private WebhookEvents() {
    }
}
