package org.leavetracker.domain.read;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.LeaveRequest;
import org.leavetracker.domain.model.LeaveType;
import org.leavetracker.domain.port.Clock;
import org.leavetracker.domain.port.EventStore;
import org.leavetracker.domain.port.HolidayCalendar;
import org.leavetracker.domain.port.PersonalDataStore;
import org.leavetracker.domain.port.ReportStore;
import org.leavetracker.domain.write.AccessPolicy;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.CommandRetry;
import org.leavetracker.domain.write.PersonContext;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.domain.write.employee.Employee;
import org.leavetracker.domain.write.organization.Organization;

/**
 * exportPersonalData (SPEC §3.10, GDPR Art. 15): one file of everything stored about a person, for the person
 * themself (also after they left) or an admin of their organization, delivered by a short-lived signed link; each
 * export is an entry of the person's audit trail.
 */
public final class PersonalDataExports {

    /** Where the files live in the bucket (the stack expires them there after a week, as reports). */
    public static final String KEY_PREFIX = "personal-data/";
    /** Long enough to click the link, short enough that a forwarded link soon stops working. */
    static final Duration LINK_VALID_FOR = Duration.ofMinutes(15);

    /** Where all of a person's exports are: their erasure deletes it. */
    public static String prefixOf(String orgId, String userId) {
        return KEY_PREFIX + orgId + "/" + userId + "/";
    }

    private final Repository repository;
    private final EventStore events;
    private final HolidayCalendar calendars;
    private final Clock clock;
    private final PersonalDataStore store;
    private final CommandRetry retry;

    public PersonalDataExports(Repository repository, EventStore events, HolidayCalendar calendars, Clock clock,
                               PersonalDataStore store, CommandRetry retry) {
        this.repository = repository;
        this.events = events;
        this.calendars = calendars;
        this.clock = clock;
        this.store = store;
        this.retry = retry;
    }

    /** Where the file is, until when, and what it holds. */
    public record Export(String url, Instant expiresAt, int eventCount, int requestCount) {
    }

    /** @param userId the person; null: the caller */
    public Export export(Caller caller, String userId) {
        Employee reader = repository.readerOf(caller, userId);
        Employee person = repository.selfOrColleague(reader, userId);
        if (!person.id().equals(reader.id())) {
            AccessPolicy.requireAdmin(reader);
        }
        Organization organization = repository.organization(person.orgId());
        Instant now = clock.now();
        PersonalData data = collect(person, organization, reader.id(), now);
        ReportStore.SignedDownload download = store.publish(
                prefixOf(person.orgId(), person.id()) + now.toEpochMilli() + ".json", data, LINK_VALID_FOR);
        retry.run(() -> {
            Employee current = repository.employee(person.id());
            return repository.save(current.orgId(), current.id(), current.version(), current.personalData().recordExport(), caller);
        });
        return new Export(download.url(), download.expiresAt(), data.events().size(), data.requests().size());
    }

    private PersonalData collect(Employee person, Organization organization, String exportedBy, Instant now) {
        PersonContext context = PersonContext.of(person, organization, calendars);
        LocalDate today = repository.todayFor(person, organization);
        List<RecordedEvent> own = events.load(person.id());
        String email = person.email().value();
        // an organization event names a person in its fields (a group's members, a team's managers): their
        // records' text holds the id or the e-mail
        List<RecordedEvent> naming = events.load(organization.id()).stream()
                .filter(e -> names(e.payload().toString(), person.id(), email)).toList();
        return new PersonalData(now, exportedBy, UserProfile.of(person, context.timeline(), today),
                person.employment().locations().entries(), person.employment().teams().entries(),
                List.copyOf(person.leave().all()), balances(context, organization, own, today), own, naming);
    }

    private static boolean names(String fields, String id, String email) {
        return fields.contains(id) || fields.contains(email);
    }

    /** Each deducting type's balance at the end of every year since the person's first event, and as of today. */
    private static List<Balance> balances(PersonContext context, Organization organization,
                                          List<RecordedEvent> own, LocalDate today) {
        int first = Stream.concat(own.stream().map(e -> LocalDate.ofInstant(e.occurredAt(), java.time.ZoneOffset.UTC)
                                .getYear()),
                        context.employee().leave().all().stream().map(r -> r.dates().start().getYear()))
                .min(Integer::compare).orElse(today.getYear());
        int last = Math.max(today.getYear(), context.employee().leave().all().stream()
                .map(LeaveRequest::dates).map(d -> d.end().getYear()).max(Integer::compare).orElse(today.getYear()));
        List<Balance> balances = new ArrayList<>();
        for (int year = Math.max(first, Employee.MIN_YEAR); year <= last; year++) {
            LocalDate asOf = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
            for (LeaveType type : organization.leaveTypes()) {
                if (type.deductsFromAllowance()) {
                    balances.add(context.calculator().balance(type.id(), year, asOf));
                }
            }
        }
        return balances;
    }
}
