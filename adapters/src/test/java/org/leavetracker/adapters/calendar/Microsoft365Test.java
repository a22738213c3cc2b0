package org.leavetracker.adapters.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leavetracker.adapters.testing.RecordedMicrosoft365;
import org.leavetracker.domain.calendar.AutoReply;
import org.leavetracker.domain.calendar.AwayEvent;
import org.leavetracker.domain.calendar.CalendarProviderFailure;
import org.leavetracker.domain.error.ValidationError;

/** Microsoft Graph's Java SDK and MSAL against a recorded Microsoft 365 tenant. */
class Microsoft365Test {

    private static final String ANN = "ann@acme.test";

    private final RecordedMicrosoft365 microsoft = start();
    private final CalendarEndpoints endpoints = new CalendarEndpoints(null, microsoft.graphUrl(),
            microsoft.loginUrl(), microsoft.loginTrust());
    private final Microsoft365 tenant = Microsoft365.connect(RecordedMicrosoft365.credentials(
            RecordedMicrosoft365.SECRET), endpoints);

    private static RecordedMicrosoft365 start() {
        try {
            return new RecordedMicrosoft365().mailbox(ANN);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() {
        microsoft.close();
    }

    private static AwayEvent away(String first, String last) {
        return new AwayEvent("req-1", "Away: Vacation", LocalDate.parse(first), LocalDate.parse(last),
                ZoneId.of("Europe/Berlin"));
    }

    @Test
    void an_all_day_out_of_office_event_is_made_then_moved_then_removed_with_one_token() {
        String id = tenant.putEvent(ANN, null, away("2026-07-06", "2026-07-10"));

        Map<String, Object> event = microsoft.events(ANN).get(id);
        assertThat(event).containsEntry("subject", "Away: Vacation").containsEntry("isAllDay", true)
                .containsEntry("showAs", "oof").containsEntry("transactionId", "req-1");
        assertThat(event.get("start")).isEqualTo(Map.of("dateTime", "2026-07-06T00:00:00", "timeZone",
                "Europe/Berlin"));
        assertThat(event.get("end")).isEqualTo(Map.of("dateTime", "2026-07-11T00:00:00", "timeZone",
                "Europe/Berlin"));

        assertThat(tenant.putEvent(ANN, id, away("2026-07-13", "2026-07-14"))).isEqualTo(id);
        assertThat(microsoft.events(ANN).get(id).get("end")).isEqualTo(Map.of("dateTime", "2026-07-15T00:00:00",
                "timeZone", "Europe/Berlin"));

        tenant.removeEvent(ANN, id);
        assertThat(microsoft.events(ANN)).isEmpty();
        tenant.removeEvent(ANN, id);
        assertThat(microsoft.tokensIssued()).as("MSAL keeps its token until it expires").isEqualTo(1);
    }

    @Test
    void a_retried_creation_with_the_same_transaction_id_makes_no_second_event() {
        String first = tenant.putEvent(ANN, null, away("2026-07-06", "2026-07-10"));
        assertThat(tenant.putEvent(ANN, null, away("2026-07-06", "2026-07-10"))).isEqualTo(first);
        assertThat(microsoft.events(ANN)).hasSize(1);
    }

    @Test
    void an_event_deleted_by_hand_is_not_found() {
        String id = tenant.putEvent(ANN, null, away("2026-07-06", "2026-07-10"));
        microsoft.deleteByHand(ANN, id);

        assertThatThrownBy(() -> tenant.putEvent(ANN, id, away("2026-07-06", "2026-07-11")))
                .isInstanceOfSatisfying(CalendarProviderFailure.class, f -> assertThat(f.kind())
                        .isEqualTo(CalendarProviderFailure.Kind.NOT_FOUND));
        tenant.removeEvent(ANN, id);
    }

    @Test
    void automatic_replies_are_read_and_scheduled_in_utc() {
        assertThat(tenant.autoReply(ANN).enabled()).isFalse();
        AutoReply reply = AutoReply.scheduled(Instant.parse("2026-07-05T22:00:00Z"),
                Instant.parse("2026-07-10T22:00:00Z"), "I am away.");
        tenant.setAutoReply(ANN, reply);

        assertThat(tenant.autoReply(ANN)).isEqualTo(reply);
        assertThat(microsoft.automaticReplies(ANN)).containsEntry("status", "scheduled");

        microsoft.setRepliesByHand(ANN, "Back in August");
        assertThat(tenant.autoReply(ANN)).isEqualTo(new AutoReply(true, null, null, "Back in August"));
    }

    @Test
    void revoked_consent_and_a_wrong_secret_are_refusals_an_admin_must_act_on() {
        microsoft.revokeConsent(true);
        assertThatThrownBy(() -> tenant.autoReply(ANN)).isInstanceOfSatisfying(CalendarProviderFailure.class,
                f -> {
                    assertThat(f.kind()).isEqualTo(CalendarProviderFailure.Kind.UNAUTHORIZED);
                    assertThat(f.status()).isEqualTo(401);
                });
        assertThat(tenant.check(ANN)).hasSize(2).allSatisfy(p -> assertThat(p).contains("admin consent"));
        microsoft.revokeConsent(false);

        Microsoft365 wrongSecret = Microsoft365.connect(RecordedMicrosoft365.credentials("wrong"), endpoints);
        assertThatThrownBy(() -> wrongSecret.autoReply(ANN)).isInstanceOfSatisfying(CalendarProviderFailure.class,
                f -> assertThat(f.kind()).isEqualTo(CalendarProviderFailure.Kind.UNAUTHORIZED));
        assertThat(wrongSecret.check(ANN)).allSatisfy(p -> assertThat(p).contains("AADSTS7000215"));
    }

    @Test
    void a_rate_limit_is_waited_out_by_the_sdk_and_a_missing_mailbox_is_named() {
        microsoft.rateLimitNext(1, 1);
        String id = tenant.putEvent(ANN, null, away("2026-07-06", "2026-07-10"));
        assertThat(microsoft.events(ANN)).containsOnlyKeys(id);

        assertThat(tenant.check("nobody@acme.test")).hasSize(2)
                .allSatisfy(p -> assertThat(p).contains("no Exchange Online mailbox nobody@acme.test"));
        assertThat(tenant.check(ANN)).isEmpty();
    }

    @Test
    void credentials_without_tenant_client_and_secret_are_refused_at_the_field() {
        assertThatThrownBy(() -> Microsoft365.connect("{\"tenantId\":\"x\"}", endpoints))
                .isInstanceOfSatisfying(ValidationError.class, e -> assertThat(e.details())
                        .containsEntry("field", "credentials"));
    }
}
