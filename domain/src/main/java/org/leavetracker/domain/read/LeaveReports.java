package org.leavetracker.domain.read;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.leavetracker.domain.model.DateRange;
import org.leavetracker.domain.model.LeaveType;
import org.leavetracker.domain.port.Clock;
import org.leavetracker.domain.port.HolidayCalendar;
import org.leavetracker.domain.port.ReadModel;
import org.leavetracker.domain.port.ReportStore;
import org.leavetracker.domain.read.model.UserRecord;
import org.leavetracker.domain.report.LeaveReport.BalanceLine;
import org.leavetracker.domain.report.LeaveReport.Person;
import org.leavetracker.domain.report.LeaveReport.RequestLine;
import org.leavetracker.domain.report.LeaveReport;
import org.leavetracker.domain.write.AccessPolicy;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.PersonContext;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.domain.write.employee.Employee;
import org.leavetracker.domain.write.organization.Organization;

/**
 * exportLeaveReport (SPEC §8): an admin's file of leave and balances. The read side only says who is in the
 * organization; each person's leave and balances are computed from their own events, so the file agrees with the
 * API to the half day.
 */
public final class LeaveReports {

    /** Where reports live in the bucket (the stack expires them there after a week). */
    public static final String KEY_PREFIX = "reports/";
    /** Long enough to click the link, short enough that a forwarded link soon stops working. */
    static final Duration LINK_VALID_FOR = Duration.ofMinutes(15);

    private final Repository repository;
    private final ReadModel readModel;
    private final HolidayCalendar calendars;
    private final Clock clock;
    private final ReportStore store;

    public LeaveReports(Repository repository, ReadModel readModel, HolidayCalendar calendars, Clock clock,
                        ReportStore store) {
        this.repository = repository;
        this.readModel = readModel;
        this.calendars = calendars;
        this.clock = clock;
        this.store = store;
    }

    /** Where the file is, until when, and how many lines of each kind it has. */
    public record ReportExport(String url, String key, Instant expiresAt, int requestCount, int balanceCount) {
    }

    public ReportExport export(Caller caller, LocalDate from, LocalDate to, String locationId) {
        return export(caller, from, to, locationId, null);
    }

    /** @param teamId only people in that team at some time in the period (null: everyone) */
    public ReportExport export(Caller caller, LocalDate from, LocalDate to, String locationId, String teamId) {
        DateRange.bounded(from, to, "a report");
        Employee admin = repository.actor(caller);
        AccessPolicy.requireAdmin(admin);
        Organization organization = repository.organization(admin.orgId());
        if (locationId != null) {
            organization.locations().get(locationId);
        }
        if (teamId != null) {
            organization.teams().get(teamId);
        }
        LeaveReport report = build(organization, from, to, locationId, teamId)
                .headedIn(admin.languageIn(organization));
        String key = KEY_PREFIX + organization.id() + "/" + from + "_" + to + "_" + repository.newId() + ".csv";
        ReportStore.SignedDownload download = store.publish(key, report, LINK_VALID_FOR);
        return new ReportExport(download.url(), key, download.expiresAt(), report.requests().size(),
                report.balances().size());
    }

    LeaveReport build(Organization organization, LocalDate from, LocalDate to, String locationId) {
        return build(organization, from, to, locationId, null);
    }

    LeaveReport build(Organization organization, LocalDate from, LocalDate to, String locationId, String teamId) {
        Map<String, LeaveType> types = organization.leaveTypes().stream()
                .collect(Collectors.toMap(LeaveType::id, Function.identity()));
        List<RequestLine> requests = new ArrayList<>();
        List<BalanceLine> balances = new ArrayList<>();
        List<UserRecord> users = readModel.usersOf(organization.id()).stream()
                .sorted(Comparator.comparing(UserRecord::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(UserRecord::id))
                .toList();
        for (UserRecord listed : users) {
            Employee employee = repository.employee(listed.id());
            if (locationId != null && !employee.employment().locations().valuesDuring(from, to).contains(locationId)
                    || teamId != null && !employee.employment().teams().valuesDuring(from, to).contains(teamId)) {
                continue;
            }
            PersonContext person = PersonContext.of(employee, organization, calendars);
            Person who = new Person(employee.id(), employee.name(), employee.email().value(),
                    employee.employment().locations().on(to).orElse(null), employee.employment().teamOn(to)
                            .orElse(null),
                    employee.employment().endsOn().orElse(null));
            person.requestViews().stream()
                    .filter(r -> !r.startDate().isAfter(to) && !r.endDate().isBefore(from))
                    .sorted(Comparator.comparing(LeaveRequestView::startDate).thenComparing(LeaveRequestView::id))
                    .forEach(r -> requests.add(new RequestLine(who, nameOf(types, r.leaveTypeId()), r)));
            for (int year = from.getYear(); year <= to.getYear(); year++) {
                LocalDate asOf = year == to.getYear() ? to : LocalDate.of(year, 12, 31);
                for (LeaveType type : organization.leaveTypes()) {
                    if (type.deductsFromAllowance()) {
                        balances.add(new BalanceLine(who, type.name(),
                                person.calculator().balance(type.id(), year, asOf)));
                    }
                }
            }
        }
        return new LeaveReport(organization.id(), from, to, locationId, clock.now(), requests, balances);
    }

    private static String nameOf(Map<String, LeaveType> types, String typeId) {
        LeaveType type = types.get(typeId);
        return type == null ? typeId : type.name();
    }
}
