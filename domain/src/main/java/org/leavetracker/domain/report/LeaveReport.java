package org.leavetracker.domain.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.model.Language;
import org.leavetracker.domain.read.LeaveRequestView;

/**
 * What an admin exports for payroll or an audit: the leave of everyone who worked in a location during a date
 * range, and their balances for each year the range touches (as of its last day in that year). No reasons: the
 * file leaves the application and is passed around; reasons stay behind the API's access rules.
 */
/** @param language the exporter's: the file's column headers are in it (the values stay machine-readable) */
public record LeaveReport(String orgId, LocalDate from, LocalDate to, String locationId, Instant createdAt,
                          List<RequestLine> requests, List<BalanceLine> balances, Language language) {

    public LeaveReport {
        requests = List.copyOf(requests);
        balances = List.copyOf(balances);
        language = language == null ? Language.DEFAULT : language;
    }

    public LeaveReport(String orgId, LocalDate from, LocalDate to, String locationId, Instant createdAt,
                       List<RequestLine> requests, List<BalanceLine> balances) {
        this(orgId, from, to, locationId, createdAt, requests, balances, Language.DEFAULT);
    }

    /** The same report with its column headers in {@code wanted}. */
    public LeaveReport headedIn(Language wanted) {
        return new LeaveReport(orgId, from, to, locationId, createdAt, requests, balances, wanted);
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
