package org.leavetracker.domain.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.leavetracker.domain.error.Conflict;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.Language;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.LeaveType;
import org.leavetracker.domain.model.TimeRange;
import org.leavetracker.domain.port.Clock;
import org.leavetracker.domain.port.ReadModel;
import org.leavetracker.domain.read.OrganizationView;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.CommandRetry;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.domain.wording.Wording;
import org.leavetracker.domain.write.employee.Employee;

/**
 * Per-user and per-team (organization) calendar feeds of approved leave, behind a secret the user rotates. The
 * token is checked against the user's aggregate, so a rotation revokes the old address at once. Feeds never carry
 * reasons. Windows: the user's own leave from 1 January of last year on; the team's from three months back to
 * twelve months ahead (what a shared calendar shows; older leave stays in the API).
 */
public final class CalendarFeeds {

    private final Repository repository;
    private final ReadModel readModel;
    private final Clock clock;
    private final CommandRetry retry;

    public CalendarFeeds(Repository repository, ReadModel readModel, Clock clock, CommandRetry retry) {
        this.repository = repository;
        this.readModel = readModel;
        this.clock = clock;
        this.retry = retry;
    }

    /** A new feed token issued to the caller: the token (shown once, never stored) and when it was issued. */
    public record Issued(FeedToken token, Instant issuedAt) {
    }

    public Issued rotate(Caller caller) {
        return retry.run(() -> {
            Employee user = repository.actor(caller);
            FeedToken token = new FeedToken(user.id(), repository.newId() + repository.newId());
            if (repository.save(user.orgId(), user.id(), user.version(), user.rotateCalendarToken(token.hash()),
                    caller).isEmpty()) {
                // a retry of a rotation that already took effect: its secret was never stored, so it cannot be
                // shown again
                throw new Conflict("this rotation already happened and its address cannot be shown again; "
                        + "rotate once more for a new one");
            }
            return new Issued(token, clock.now());
        });
    }

    /** The owner's approved leave, named in the owner's language (their own, else the organization's). */
    public Optional<Feed> userFeed(String token) {
        return owner(token).map(user -> {
            Wording w = Wording.of(languageOf(user, readModel.organization(user.orgId())));
            LocalDate from = clock.today(ZoneOffset.UTC).minusYears(1).withDayOfYear(1);
            Map<String, String> types = typeNames(user.orgId());
            List<FeedEntry> entries = readModel.requestsOf(user.id(), LeaveStatus.APPROVED, from, null).stream()
                    .map(r -> entry(w, r.id(), types.getOrDefault(r.leaveTypeId(), w.text("feed.leave")),
                            r.startDate(), r.endDate(), r.halfDay(), r.times()))
                    .toList();
            return new Feed(w.text("feed.userTitle", user.name()), entries);
        });
    }

    /** Everyone's leave: not for a leaver after their last day (SPEC §3.8), whose team feed then finds nothing. */
    public Optional<Feed> teamFeed(String token) {
        return owner(token).filter(user -> !user.employment().leftBefore(clock.today(ZoneOffset.UTC))).map(user -> {
            Optional<OrganizationView> organization = readModel.organization(user.orgId());
            Wording w = Wording.of(languageOf(user, organization));
            LocalDate today = clock.today(ZoneOffset.UTC);
            Map<String, String> types = typeNames(user.orgId());
            List<FeedEntry> entries = readModel.calendar(user.orgId(), today.minusMonths(3).withDayOfMonth(1),
                            today.plusMonths(12)).stream()
                    .filter(e -> e.status() == LeaveStatus.APPROVED)
                    .map(e -> entry(w, e.requestId(), w.text("feed.someonesLeave", e.userName(),
                                    types.getOrDefault(e.leaveTypeId(), w.text("feed.leave"))),
                            e.startDate(), e.endDate(), e.halfDay(), e.times()))
                    .toList();
            String team = organization.map(OrganizationView::name).orElse("");
            return new Feed(w.text("feed.teamTitle", team), entries);
        });
    }

    private Optional<Employee> owner(String token) {
        return FeedToken.parse(token).flatMap(t -> repository.findEmployee(t.userId())
                .filter(user -> t.matches(user.calendarTokenHash())));
    }

    private Map<String, String> typeNames(String orgId) {
        return readModel.leaveTypes(orgId).stream().collect(Collectors.toMap(LeaveType::id, LeaveType::name,
                (a, b) -> a));
    }

    /** The owner's own language, else their organization's as the read side has it (a feed is polled: no replay). */
    private static Language languageOf(Employee user, Optional<OrganizationView> organization) {
        return user.language().orElseGet(() -> organization.map(o -> Language.of(o.defaultLanguage(),
                "defaultLanguage")).orElse(Language.DEFAULT));
    }

    /** Hourly leave stays an all-day event (calendars then show the day as marked), its hours in the summary. */
    private static FeedEntry entry(Wording w, String requestId, String name, LocalDate start, LocalDate end,
                                   HalfDay half, TimeRange times) {
        HalfDay part = half == null ? HalfDay.NONE : half;
        String hours = times == null ? "" : " (" + times.start() + "–" + times.end() + ")";
        return new FeedEntry(requestId, name + w.halfDay(part) + hours, start, end, part);
    }
}
