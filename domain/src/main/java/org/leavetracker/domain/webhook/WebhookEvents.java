package org.leavetracker.domain.webhook;

import java.util.List;

import org.leavetracker.domain.event.EmployeeEvent;

/**
 * The event types an endpoint may subscribe to: the leave workflow and balance changes that other systems (payroll,
 * HR, chat) act on. Settings events stay internal.
 */
public final class WebhookEvents {

    public static final List<String> PUBLISHED = List.of(EmployeeEvent.LeaveRequested.TYPE,
            EmployeeEvent.ApprovalLevelPassed.TYPE, EmployeeEvent.LeaveApproved.TYPE, EmployeeEvent.LeaveDenied.TYPE,
            EmployeeEvent.LeaveCancelled.TYPE, EmployeeEvent.PastLeaveRecorded.TYPE,
            EmployeeEvent.BalanceAdjusted.TYPE, EmployeeEvent.UserAdded.TYPE,
            EmployeeEvent.UserMovedToLocation.TYPE);

    private WebhookEvents() {
    }
}
