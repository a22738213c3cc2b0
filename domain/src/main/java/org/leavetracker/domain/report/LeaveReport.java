package org.leavetracker.domain.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.read.LeaveRequestView;

/**
 * What an admin exports for payroll or an audit: the leave of everyone who worked in a location during a date
 * range, and their balances for each year the range touches (as of its last day in that year). No reasons: the
 * file leaves the application and is passed around; reasons stay behind the API's access rules.
 */
public record LeaveReport(String orgId, LocalDate from, LocalDate to, String locationId, Instant createdAt,
                          List<RequestLine> requests, List<BalanceLine> balances) {

    public LeaveReport {
        requests = List.copyOf(requests);
        balances = List.copyOf(balances);
    }

    /** Who a line is about. */
    /** @param employmentEndsOn a leaver's last day (their balance at it is what payroll pays out or claws back) */
    public record Person(String userId, String name, String email, String locationId, String teamId,
                         java.time.LocalDate employmentEndsOn) {
    }

    public record RequestLine(Person person, String leaveTypeName, LeaveRequestView request) {
    }

    public record BalanceLine(Person person, String leaveTypeName, Balance balance) {
    }
}
