package org.leavetracker.domain.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import org.leavetracker.domain.calendar.CalendarDelivery.Action;
import org.leavetracker.domain.model.LeaveRequest;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.port.CalendarDeliveryLog;
import org.leavetracker.domain.port.CalendarLinks;
import org.leavetracker.domain.port.CalendarProvider;
import org.leavetracker.domain.port.CalendarProviders;
import org.leavetracker.domain.port.Clock;
import org.leavetracker.domain.wording.Wording;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.domain.write.employee.Employee;
import org.leavetracker.domain.write.organization.Organization;

/**
 * Brings one request's traces in its person's mailbox in line with the request as it is now (SPEC §8): approved
 * leave is an all-day event and a scheduled out-of-office reply; anything else is neither. It works from state, not
 * from the event that woke it, so a redelivered or reordered event changes nothing more; the provider ids it stored
 * make a retried change apply once. Each provider call is retried with backoff (the provider's Retry-After when it
 * gives one) and logged; what still fails is thrown, for the pipeline to retry later and finally dead-letter.
 */
public final class CalendarSync {

    static final int ATTEMPTS = 4;
    /** A provider asking for longer than this is retried by the pipeline later, not by a sleeping function. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

    private final Repository repository;
    private final CalendarProviders providers;
    private final CalendarLinks links;
    private final CalendarDeliveryLog log;
    private final Clock clock;
    private final LongConsumer sleep;

    public CalendarSync(Repository repository, CalendarProviders providers, CalendarLinks links,
                        CalendarDeliveryLog log, Clock clock, LongConsumer sleep) {
        this.repository = repository;
        this.providers = providers;
        this.links = links;
        this.log = log;
        this.clock = clock;
        this.sleep = sleep;
    }

    /** After a request changed: its event and reply as it now wants them. */
    public List<CalendarDelivery> requestChanged(String orgId, String userId, String requestId) {
        Organization organization = repository.organization(orgId);
        Employee person = repository.employee(userId);
        return sync(organization, person, List.of(person.leave().get(requestId)));
    }

    /** After the person's employment ended (or its end was undone): every request of theirs, as it now stands. */
    public List<CalendarDelivery> personChanged(String orgId, String userId) {
        Organization organization = repository.organization(orgId);
        Employee person = repository.employee(userId);
        return sync(organization, person, List.copyOf(person.leave().all()));
    }

    private List<CalendarDelivery> sync(Organization organization, Employee person, List<LeaveRequest> requests) {
        Optional<CalendarConnection> connection = organization.calendar().connection();
        if (connection.isEmpty()) {
            return List.of();
        }
        CalendarProvider provider = providers.open(organization.id(), connection.get().provider())
                .orElseThrow(() -> new IllegalStateException("the calendar credentials of " + organization.id()
                        + " are missing from the secret store: connect the provider again"));
        List<CalendarDelivery> deliveries = new ArrayList<>();
        for (LeaveRequest request : requests) {
            Away away = new Away(organization, person, request, connection.get());
            CalendarLink link = links.find(organization.id(), request.id()).orElse(
                    new CalendarLink(organization.id(), request.id(), person.email().value(), null, null));
            link = syncEvent(provider, away, link, deliveries);
            link = syncReply(provider, away, link, deliveries);
            if (link.eventId() == null && link.replySet() == null) {
                links.remove(organization.id(), request.id());
            } else {
                links.save(link);
            }
        }
        return deliveries;
    }

    private CalendarLink syncEvent(CalendarProvider provider, Away away, CalendarLink link,
                                   List<CalendarDelivery> deliveries) {
        if (away.shown() && away.person.calendarChoices().events()) {
            Action action = link.eventId() == null ? Action.EVENT_CREATED : Action.EVENT_UPDATED;
            try {
                String id = call(link, action, deliveries, () -> provider.putEvent(link.mailbox(), link.eventId(),
                        away.event()));
                return link.withEvent(id);
            } catch (CalendarProviderFailure deletedByHand) {
                if (deletedByHand.kind() != CalendarProviderFailure.Kind.NOT_FOUND || link.eventId() == null) {
                    throw deletedByHand;
                }
                return link; // the person deleted the event by hand: their calendar is theirs (logged above)
            }
        }
        if (!away.shown() && link.eventId() != null) {
            call(link, Action.EVENT_REMOVED, deliveries, () -> {
                provider.removeEvent(link.mailbox(), link.eventId());
                return null;
            });
            return link.withEvent(null);
        }
        return link;
    }

    /**
     * The reply is only ever set over an empty one or over the one set here before, and cleared only while it is
     * still the one set here: a reply the person set or changed by hand stays exactly as they left it.
     */
    private CalendarLink syncReply(CalendarProvider provider, Away away, CalendarLink link,
                                   List<CalendarDelivery> deliveries) {
        boolean wanted = away.shown() && away.person.calendarChoices().reply() && away.endsAfterNow(clock.now());
        if (!wanted && link.replySet() == null) {
            return link;
        }
        AutoReply current = call(link, null, deliveries, () -> provider.autoReply(link.mailbox()));
        boolean ours = current.sameAs(link.replySet());
        if (wanted) {
            if (current.enabled() && !ours) {
                deliveries.add(logged(link, Action.REPLY_KEPT, 1, 0, true, null));
                return link;
            }
            AutoReply reply = away.reply(current.message());
            if (!reply.equals(current)) {
                call(link, Action.REPLY_SET, deliveries, () -> {
                    provider.setAutoReply(link.mailbox(), reply);
                    return null;
                });
            }
            return link.withReply(reply);
        }
        if (ours) {
            call(link, Action.REPLY_CLEARED, deliveries, () -> {
                provider.setAutoReply(link.mailbox(), new AutoReply(false, null, null, current.message()));
                return null;
            });
        } else {
            deliveries.add(logged(link, Action.REPLY_KEPT, 1, 0, true, null));
        }
        return link.withReply(null);
    }

    /** One provider call, retried; a change (action not null) is logged at each attempt. */
    private <T> T call(CalendarLink link, Action action, List<CalendarDelivery> deliveries, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                T result = work.get();
                if (action != null) {
                    deliveries.add(logged(link, action, attempt, 200, true, null));
                }
                return result;
            } catch (CalendarProviderFailure failure) {
                boolean deletedByHand = failure.kind() == CalendarProviderFailure.Kind.NOT_FOUND
                        && action == Action.EVENT_UPDATED;
                deliveries.add(logged(link, action == null ? Action.REPLY_SET : action, attempt, failure.status(),
                        false, deletedByHand ? "the event was deleted by hand: left deleted" : failure.getMessage()));
                Duration wait = failure.retryAfter() != null ? failure.retryAfter()
                        : Duration.ofSeconds(1L << (attempt - 1));
                boolean retried = failure.kind() == CalendarProviderFailure.Kind.RATE_LIMITED
                        || failure.kind() == CalendarProviderFailure.Kind.FAILED;
                if (!retried || attempt >= ATTEMPTS || wait.compareTo(LONGEST_WAIT) > 0) {
                    throw failure;
                }
                sleep.accept(wait.toMillis());
            }
        }
    }

    private CalendarDelivery logged(CalendarLink link, Action action, int attempt, int status, boolean succeeded,
                                    String error) {
        CalendarDelivery delivery = new CalendarDelivery(link.orgId(), link.requestId(), link.mailbox(), action,
                attempt, status, succeeded, error, clock.now());
        log.record(delivery);
        return delivery;
    }

    /** The request as the person's mailbox should show it. */
    private final class Away {
        private final Organization organization;
        private final Employee person;
        private final LeaveRequest request;
        private final CalendarConnection connection;
        private final Wording words;
        private final ZoneId zone;

        Away(Organization organization, Employee person, LeaveRequest request, CalendarConnection connection) {
            this.organization = organization;
            this.person = person;
            this.request = request;
            this.connection = connection;
            LocalDate first = request.dates().start();
            this.words = Wording.of(person.languageIn(organization),
                    Wording.countryWhere(person, organization, first));
            this.zone = person.employment().locations().on(first).flatMap(organization.locations()::find)
                    .map(org.leavetracker.domain.model.Location::timeZone).orElse(ZoneOffset.UTC);
        }

        /** Approved, and not after the person's last day. */
        boolean shown() {
            return request.status() == LeaveStatus.APPROVED && person.employment().endsOn()
                    .map(last -> !request.dates().start().isAfter(last)).orElse(true);
        }

        boolean endsAfterNow(Instant now) {
            return end().isAfter(now);
        }

        AwayEvent event() {
            String type = organization.leaveTypes().find(request.leaveTypeId())
                    .map(org.leavetracker.domain.model.LeaveType::name).orElse("");
            return new AwayEvent(request.id(), words.text("calendar.eventTitle", type), request.dates().start(),
                    request.dates().end(), zone);
        }

        /** Over the dates, with the person's own message if they left one, else the organization's or ours. */
        AutoReply reply(String ownMessage) {
            String message = ownMessage != null && !ownMessage.isBlank() ? ownMessage : template();
            return AutoReply.scheduled(request.dates().start().atStartOfDay(zone).toInstant(), end(), message);
        }

        private Instant end() {
            return request.dates().end().plusDays(1).atStartOfDay(zone).toInstant();
        }

        private String template() {
            String contact = person.approvers().ids().stream().findFirst().flatMap(repository::findEmployee)
                    .map(a -> a.name() + " <" + a.email().value() + ">").orElse("");
            String first = words.date(request.dates().start());
            String last = words.date(request.dates().end());
            if (connection.replyTemplate() != null) {
                return connection.replyTemplate().replace("{name}", person.name()).replace("{firstDay}", first)
                        .replace("{lastDay}", last).replace("{contact}", contact);
            }
            return contact.isEmpty() ? words.text("calendar.reply", first, last)
                    : words.text("calendar.replyWithContact", first, last, contact);
        }
    }
}
