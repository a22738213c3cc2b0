package org.leavetracker.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.calendar.CalendarDelivery.Action;
import org.leavetracker.domain.error.InvalidStateTransition;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.port.CalendarCredentials;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.testing.InMemoryCalendars;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.CommandRetry;
import org.leavetracker.domain.write.employee.MyPreferences;
import org.leavetracker.domain.write.organization.CalendarAdministration;

/** SPEC §8: approved leave in the person's own calendar and reply, from the request's state, each change once. */
class CalendarSyncTest {

    private static final String ANN = "ann@acme.test";

    private final DomainFixture app = new DomainFixture(LocalDate.of(2026, 6, 15));
    private final InMemoryCalendars mailboxes = new InMemoryCalendars();
    private final Map<String, String> secrets = new HashMap<>();
    private final List<Long> waits = new ArrayList<>();
    private final CalendarSync sync = new CalendarSync(app.repository, mailboxes, mailboxes, mailboxes, app.clock,
            waits::add);
    private final CalendarAdministration calendars = new CalendarAdministration(app.repository,
            CommandRetry.standard(), new CalendarCredentials() {
                @Override
                public void store(String orgId, CalendarProviderKind kind, String credentials) {
                    if (!credentials.startsWith("{")) {
                        throw ValidationError.at("credentials", "not JSON");
                    }
                    secrets.put(orgId, credentials);
                }

                @Override
                public void forget(String orgId) {
                    secrets.remove(orgId);
                }
            }, (orgId, kind, mailbox) -> mailboxes.check(mailbox), mailboxes);
    private final Caller admin = app.newOrganization("Acme", "admin@acme.test");
    private final String orgId = app.repository.actor(admin).orgId();
    private final String berlin = app.location(admin, "Berlin", "DE");
    private final String vacation = app.vacation(admin);
    private final Caller boss = app.addUser(admin, "boss@acme.test", Role.APPROVER);
    private final Caller ann = app.addUser(admin, ANN, Role.MEMBER);

    {
        app.upfrontPolicy(admin, berlin, vacation, LocalDate.of(2020, 1, 1), 25);
        app.administration.moveUserToLocation(admin, ann.userId(), berlin, LocalDate.of(2025, 1, 1));
        app.administration.assignApprover(admin, ann.userId(), boss.userId());
    }

    private String approved(String first, String last) {
        String id = app.workflow.requestLeave(ann, vacation, LocalDate.parse(first), LocalDate.parse(last),
                HalfDay.NONE, "Wedding in Porto", null).id();
        app.workflow.approveLeave(boss, id, null);
        return id;
    }

    private List<CalendarDelivery> changed(String requestId) {
        return sync.requestChanged(orgId, ann.userId(), requestId);
    }

    @Test
    void nothing_is_written_before_an_admin_connects_a_provider() {
        String id = approved("2026-07-06", "2026-07-10");
        assertThat(changed(id)).isEmpty();
        assertThat(mailboxes.calls).isZero();
    }

    @Test
    void approval_makes_one_all_day_event_and_a_reply_over_the_dates_in_the_workplace_zone_and_cancelling_removes_both() {
        assertThatThrownBy(() -> calendars.connect(admin, "GOOGLE_WORKSPACE", "key", null))
                .isInstanceOf(ValidationError.class);
        assertThat(app.repository.organization(orgId).calendar().connection()).as("refused: nothing kept").isEmpty();
        calendars.connect(admin, "GOOGLE_WORKSPACE", "{}", null);
        String id = approved("2026-07-06", "2026-07-10");

        assertThat(changed(id)).extracting(CalendarDelivery::action).containsExactly(Action.EVENT_CREATED,
                Action.REPLY_SET);
        assertThat(mailboxes.events.get(ANN).values()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Away: Vacation").doesNotContain("Porto");
            assertThat(e.firstDay()).isEqualTo(LocalDate.of(2026, 7, 6));
            assertThat(e.lastDay()).isEqualTo(LocalDate.of(2026, 7, 10));
            assertThat(e.timeZone().getId()).isEqualTo("Europe/Berlin");
        });
        AutoReply reply = mailboxes.replies.get(ANN);
        assertThat(reply.start()).isEqualTo(Instant.parse("2026-07-05T22:00:00Z"));
        assertThat(reply.end()).isEqualTo(Instant.parse("2026-07-10T22:00:00Z"));
        assertThat(reply.message()).contains("boss <boss@acme.test>");

        assertThat(changed(id)).as("the same state again: the event is updated in place, the reply left as it is")
                .extracting(CalendarDelivery::action).containsExactly(Action.EVENT_UPDATED);
        assertThat(mailboxes.events.get(ANN)).hasSize(1);

        app.workflow.cancelLeave(ann, id);
        assertThat(changed(id)).extracting(CalendarDelivery::action).containsExactly(Action.EVENT_REMOVED,
                Action.REPLY_CLEARED);
        assertThat(mailboxes.events.get(ANN)).isEmpty();
        assertThat(mailboxes.replies.get(ANN).enabled()).isFalse();
        assertThat(mailboxes.replies.get(ANN).message()).as("the message stays for next time").isEqualTo(
                reply.message());
        assertThat(changed(id)).as("a redelivered cancellation changes nothing").isEmpty();
    }

    @Test
    void a_reply_the_person_set_by_hand_is_never_overwritten_nor_cleared_and_their_own_message_is_kept() {
        calendars.connect(admin, "MICROSOFT_365", "{}", "{name} is away until {lastDay}; ask {contact}.");
        mailboxes.replies.put(ANN, new AutoReply(true, null, null, "On a course all summer"));
        String id = approved("2026-07-06", "2026-07-10");
        assertThat(changed(id)).extracting(CalendarDelivery::action).containsExactly(Action.EVENT_CREATED,
                Action.REPLY_KEPT);
        app.workflow.cancelLeave(ann, id);
        changed(id);
        assertThat(mailboxes.replies.get(ANN)).isEqualTo(new AutoReply(true, null, null, "On a course all summer"));

        mailboxes.replies.put(ANN, new AutoReply(false, null, null, "Back soon, my own words"));
        String next = approved("2026-08-03", "2026-08-04");
        changed(next);
        assertThat(mailboxes.replies.get(ANN).message()).as("a message left switched off is theirs: kept")
                .isEqualTo("Back soon, my own words");
        assertThat(mailboxes.replies.get(ANN).enabled()).isTrue();
    }

    @Test
    void the_organizations_template_names_the_person_and_the_contact() {
        calendars.connect(admin, "MICROSOFT_365", "{}", "{name} is away until {lastDay}; ask {contact}.");
        changed(approved("2026-07-06", "2026-07-10"));
        assertThat(mailboxes.replies.get(ANN).message()).isEqualTo(
                "ann is away until 10 Jul 2026; ask boss <boss@acme.test>.");
    }

    @Test
    void a_person_who_opted_out_is_left_alone() {
        calendars.connect(admin, "GOOGLE_WORKSPACE", "{}", null);
        new MyPreferences(app.repository, app.holidays, CommandRetry.standard()).update(ann,
                new MyPreferences.Choices(null, false, false, false));
        assertThat(changed(approved("2026-07-06", "2026-07-10"))).isEmpty();
        assertThat(mailboxes.calls).isZero();
    }

    @Test
    void an_event_deleted_by_hand_stays_deleted_and_the_log_says_so() {
        calendars.connect(admin, "GOOGLE_WORKSPACE", "{}", null);
        String id = approved("2026-07-06", "2026-07-10");
        changed(id);
        mailboxes.events.get(ANN).clear();

        assertThat(changed(id)).filteredOn(d -> d.action() == Action.EVENT_UPDATED).singleElement()
                .satisfies(d -> assertThat(d.error()).contains("deleted by hand"));
        assertThat(mailboxes.events.get(ANN)).isEmpty();
    }

    @Test
    void a_rate_limit_is_waited_out_as_the_provider_asks_and_revoked_consent_is_thrown_for_the_pipeline() {
        calendars.connect(admin, "GOOGLE_WORKSPACE", "{}", null);
        String id = approved("2026-07-06", "2026-07-10");
        mailboxes.failNext(CalendarProviderFailure.Kind.RATE_LIMITED, 429, Duration.ofSeconds(7), 2);
        mailboxes.failNext(CalendarProviderFailure.Kind.FAILED, 503, null, 1);

        assertThat(changed(id)).extracting(CalendarDelivery::action, CalendarDelivery::statusCode).startsWith(
                org.assertj.core.groups.Tuple.tuple(Action.EVENT_CREATED, 429),
                org.assertj.core.groups.Tuple.tuple(Action.EVENT_CREATED, 429),
                org.assertj.core.groups.Tuple.tuple(Action.EVENT_CREATED, 503),
                org.assertj.core.groups.Tuple.tuple(Action.EVENT_CREATED, 200));
        assertThat(waits).containsExactly(7000L, 7000L, 4000L);
        assertThat(mailboxes.events.get(ANN)).hasSize(1);

        app.workflow.cancelLeave(ann, id);
        mailboxes.failNext(CalendarProviderFailure.Kind.UNAUTHORIZED, 401, null, 1);
        assertThatThrownBy(() -> changed(id)).isInstanceOf(CalendarProviderFailure.class);
        assertThat(mailboxes.log.getLast()).satisfies(d -> {
            assertThat(d.succeeded()).isFalse();
            assertThat(d.statusCode()).isEqualTo(401);
        });
        assertThat(changed(id)).as("the pipeline's retry, once consent is back").extracting(CalendarDelivery::action)
                .containsExactly(Action.EVENT_REMOVED, Action.REPLY_CLEARED);
    }

    @Test
    void a_leaver_loses_what_starts_after_their_last_day_and_gets_it_back_when_that_is_undone() {
        calendars.connect(admin, "GOOGLE_WORKSPACE", "{}", null);
        String july = approved("2026-07-06", "2026-07-10");
        String august = approved("2026-08-03", "2026-08-04");
        changed(july);
        changed(august);

        app.administration.endEmployment(admin, ann.userId(), LocalDate.of(2026, 7, 31));
        sync.personChanged(orgId, ann.userId());
        assertThat(mailboxes.events.get(ANN).values()).extracting(AwayEvent::key).containsExactly(july);
    }

    @Test
    void disconnecting_stops_everything_and_forgets_the_credentials() {
        calendars.connect(admin, "GOOGLE_WORKSPACE", "{}", null);
        assertThat(calendars.test(admin)).satisfies(t -> {
            assertThat(t.ok()).isTrue();
            assertThat(t.mailbox()).isEqualTo("admin@acme.test");
        });
        calendars.disconnect(admin);
        assertThat(secrets).isEmpty();
        assertThat(changed(approved("2026-07-06", "2026-07-10"))).isEmpty();
        assertThatThrownBy(() -> calendars.disconnect(admin)).isInstanceOf(InvalidStateTransition.class);
        assertThatThrownBy(() -> calendars.connect(ann, "GOOGLE_WORKSPACE", "{}", null))
                .isInstanceOf(org.leavetracker.domain.error.Forbidden.class);
    }
}
