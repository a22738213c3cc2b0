package org.leavetracker.adapters.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leavetracker.adapters.testing.RecordedGoogleWorkspace;
import org.leavetracker.domain.calendar.AutoReply;
import org.leavetracker.domain.calendar.AwayEvent;
import org.leavetracker.domain.calendar.CalendarProviderFailure;
import org.leavetracker.domain.error.ValidationError;

/** Google's own Calendar and Gmail clients against a recorded Google Workspace. */
class GoogleWorkspaceTest {

    private static final String ANN = "ann@acme.test";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final RecordedGoogleWorkspace google = start();
    private final GoogleWorkspace workspace = GoogleWorkspace.connect(google.serviceAccountKey(), google.apiRoot());

    private static RecordedGoogleWorkspace start() {
        try {
            return new RecordedGoogleWorkspace().mailbox(ANN);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() {
        google.close();
    }

    private static AwayEvent away(String first, String last) {
        return new AwayEvent("req-1", "Away: Vacation", LocalDate.parse(first), LocalDate.parse(last), BERLIN);
    }

    @Test
    void an_out_of_office_event_is_made_over_whole_days_in_the_workplace_zone_then_moved_then_removed() {
        String id = workspace.putEvent(ANN, null, away("2026-07-06", "2026-07-10"));

        Map<String, Object> event = google.events(ANN).get(id);
        assertThat(event).containsEntry("summary", "Away: Vacation").containsEntry("eventType", "outOfOffice");
        assertThat(event.get("start").toString()).contains("2026-07-06T00:00:00.000+02:00").contains("Europe/Berlin");
        assertThat(event.get("end").toString()).contains("2026-07-11T00:00:00.000+02:00");

        assertThat(workspace.putEvent(ANN, id, away("2026-07-13", "2026-07-14"))).isEqualTo(id);
        assertThat(google.events(ANN)).hasSize(1);
        assertThat(google.events(ANN).get(id).get("end").toString()).contains("2026-07-15T00:00:00.000+02:00");

        workspace.removeEvent(ANN, id);
        assertThat(google.events(ANN)).isEmpty();
        workspace.removeEvent(ANN, id); // again: already gone counts as removed
        assertThat(google.tokensIssued()).as("one token serves the mailbox's calls until it expires").isEqualTo(1);
    }

    @Test
    void a_creation_whose_answer_was_lost_makes_no_second_event() {
        String first = workspace.putEvent(ANN, null, away("2026-07-06", "2026-07-10"));
        String again = workspace.putEvent(ANN, null, away("2026-07-06", "2026-07-10"));

        assertThat(again).isEqualTo(first);
        assertThat(google.events(ANN)).hasSize(1);
    }

    @Test
    void an_event_deleted_by_hand_is_not_found_and_removing_it_is_done() {
        String id = workspace.putEvent(ANN, null, away("2026-07-06", "2026-07-10"));
        google.deleteByHand(ANN, id);

        assertThatThrownBy(() -> workspace.putEvent(ANN, id, away("2026-07-06", "2026-07-11")))
                .isInstanceOfSatisfying(CalendarProviderFailure.class, f -> assertThat(f.kind())
                        .isEqualTo(CalendarProviderFailure.Kind.NOT_FOUND));
        workspace.removeEvent(ANN, id);
    }

    @Test
    void rate_limits_and_revoked_delegation_say_what_a_delivery_does_next() {
        google.rateLimitNext(1, 7);
        assertThatThrownBy(() -> workspace.putEvent(ANN, null, away("2026-07-06", "2026-07-10")))
                .isInstanceOfSatisfying(CalendarProviderFailure.class, f -> {
                    assertThat(f.kind()).isEqualTo(CalendarProviderFailure.Kind.RATE_LIMITED);
                    assertThat(f.status()).isEqualTo(429);
                    assertThat(f.retryAfter()).isEqualTo(Duration.ofSeconds(7));
                });

        google.revokeDelegation(true);
        assertThatThrownBy(() -> workspace.autoReply(ANN)).isInstanceOfSatisfying(CalendarProviderFailure.class,
                f -> assertThat(f.kind()).isEqualTo(CalendarProviderFailure.Kind.UNAUTHORIZED));
        assertThat(workspace.check(ANN)).hasSize(2).allSatisfy(p -> assertThat(p).contains("domain-wide delegation"));
    }

    @Test
    void the_vacation_responder_is_read_and_scheduled() {
        assertThat(workspace.autoReply(ANN).enabled()).isFalse();
        AutoReply reply = AutoReply.scheduled(Instant.parse("2026-07-05T22:00:00Z"),
                Instant.parse("2026-07-10T22:00:00Z"), "I am away.");
        workspace.setAutoReply(ANN, reply);

        assertThat(workspace.autoReply(ANN)).isEqualTo(reply);
        assertThat(google.vacation(ANN)).containsEntry("enableAutoReply", true);
    }

    @Test
    void the_connection_test_names_a_mailbox_that_does_not_exist_and_is_quiet_when_all_is_well() {
        assertThat(workspace.check(ANN)).isEmpty();
        assertThat(workspace.check("nobody@acme.test")).hasSize(2)
                .allSatisfy(p -> assertThat(p).contains("no Google Workspace mailbox nobody@acme.test"));
    }

    @Test
    void credentials_that_are_not_a_service_account_key_are_refused_at_the_field() {
        assertThatThrownBy(() -> GoogleWorkspace.connect("{\"type\":\"authorized_user\"}", null))
                .isInstanceOfSatisfying(ValidationError.class, e -> assertThat(e.details()).containsEntry("field",
                        "credentials"));
        assertThatThrownBy(() -> GoogleWorkspace.connect("not json", null)).isInstanceOf(ValidationError.class);
    }
}
