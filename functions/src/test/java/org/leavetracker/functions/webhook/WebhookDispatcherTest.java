package org.leavetracker.functions.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.leavetracker.adapters.system.PinnedDateClock;
import org.leavetracker.adapters.testing.LocalDynamo;
import org.leavetracker.adapters.webhook.WebhookSettings;
import org.leavetracker.adapters.webhook.WebhookSignature;
import org.leavetracker.domain.error.Forbidden;
import org.leavetracker.domain.error.NotFound;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.Email;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.webhook.WebhookDelivery;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.employee.Identity;
import org.leavetracker.domain.write.organization.WebhookAdministration;
import org.leavetracker.functions.support.Application;

/** Registration and delivery of webhooks over DynamoDB Local, with a recording transport instead of the network. */
class WebhookDispatcherTest {

    private final LocalDynamo dynamo = LocalDynamo.shared();
    private final WebhookSettings settings = new WebhookSettings("0123456789abcdef0123456789abcdef".getBytes(), true);
    private final Application app = new Application(dynamo.client(), dynamo.freshTables(),
            new PinnedDateClock(LocalDate.of(2026, 6, 15)), null, settings);
    private final WebhookAdministration webhooks = app.webhooks.orElseThrow();
    private final List<String> sent = new ArrayList<>();
    private final List<Long> slept = new ArrayList<>();
    private final List<Integer> answers = new ArrayList<>();

    private WebhookDispatcher dispatcher() {
        return new WebhookDispatcher(app.repository, app.json, settings.policy(), settings.secrets(),
                app.deliveryLog, (URI url, Map<String, String> headers, String body) -> {
                    sent.add(url + " " + headers.get(WebhookSignature.HEADER) + " " + body);
                    return answers.isEmpty() ? 200 : answers.removeFirst();
                }, app.clock, slept::add);
    }

    private Caller organization(String email) {
        app.setup.createOrganization(new Identity("sub-" + email, Email.of(email), "Admin"), "Org " + email, null);
        return new Caller(app.eventStore.ownerOf("email#" + email).orElseThrow(), null);
    }

    private RecordedEvent lastEventOf(String aggregateId) {
        return app.repository.history(aggregateId).getLast();
    }

    @Test
    void an_event_reaches_the_endpoints_that_want_it_signed_without_reasons_retried_with_backoff() throws Exception {
        Caller admin = organization("ada@acme.test");
        Caller rival = organization("eve@rival.test");
        WebhookAdministration.Registration wanted = webhooks.register(admin, "http://127.0.0.1:9/wanted",
                List.of("BalanceAdjusted", "UserAdded"));
        webhooks.register(admin, "http://127.0.0.1:9/other", List.of("LeaveApproved"));
        webhooks.register(rival, "http://127.0.0.1:9/rival", List.of("BalanceAdjusted", "UserAdded"));
        String berlin = app.setup.createLocation(admin, "Berlin", "Europe/Berlin", "DE",
                List.of(DayOfWeek.values()).subList(0, 5)).id();
        String vacation = app.setup.createLeaveType(admin, "Vacation", true, true, true).id();
        Caller ann = new Caller(app.setup.addUser(admin, "ann@acme.test", "Ann", Role.MEMBER).id(), null);
        app.administration.moveUserToLocation(admin, ann.userId(), berlin, LocalDate.of(2026, 1, 1));
        app.administration.adjustBalance(admin, ann.userId(), vacation, 2026,
                org.leavetracker.domain.model.Days.of(2), "secret bonus reason");
        RecordedEvent adjusted = lastEventOf(ann.userId());

        answers.addAll(List.of(500, 503));
        List<WebhookDelivery> attempts = dispatcher().dispatch(adjusted);
        assertThat(attempts).extracting(WebhookDelivery::statusCode).containsExactly(500, 503, 200);
        assertThat(slept).containsExactly(1000L, 2000L);
        assertThat(sent).hasSize(3).allSatisfy(line -> assertThat(line).startsWith("http://127.0.0.1:9/wanted "));
        String[] parts = sent.getLast().split(" ", 3);
        String body = parts[2];
        String timestamp = parts[1].substring(2, parts[1].indexOf(','));
        assertThat(parts[1]).isEqualTo(WebhookSignature.header(wanted.secret(), Long.parseLong(timestamp), body));
        Map<?, ?> json = new ObjectMapper().readValue(body, Map.class);
        assertThat(json.get("type")).isEqualTo("BalanceAdjusted");
        assertThat(json.get("id")).isEqualTo(ann.userId() + "/" + adjusted.version());
        assertThat(body).doesNotContain("secret bonus reason");
        assertThat(webhooks.deliveries(admin, wanted.webhook().id())).extracting(WebhookDelivery::attempt)
                .containsExactly(3, 2, 1);

        sent.clear();
        assertThat(dispatcher().dispatch(adjusted)).as("redelivered: already delivered").isEmpty();
        assertThat(sent).isEmpty();
    }

    @Test
    void an_endpoint_gets_only_events_recorded_since_it_was_registered_even_when_they_are_dispatched_later() {
        Caller admin = organization("ada@late.test");
        RecordedEvent founded = app.repository.history(admin.userId()).getFirst(); // the founder's UserAdded
        webhooks.register(admin, "http://127.0.0.1:9/late", List.of("UserAdded"));
        Caller ann = new Caller(app.setup.addUser(admin, "ann@late.test", "Ann", Role.MEMBER).id(), null);

        assertThat(founded.type()).isEqualTo("UserAdded");
        assertThat(dispatcher().dispatch(founded)).as("recorded before the registration").isEmpty();
        assertThat(dispatcher().dispatch(lastEventOf(ann.userId()))).extracting(WebhookDelivery::statusCode)
                .containsExactly(200);
        assertThat(sent).singleElement().satisfies(line -> assertThat(line).contains(ann.userId()));
    }

    @Test
    void an_endpoint_that_keeps_failing_fails_the_invocation_and_a_4xx_is_not_retried() {
        Caller admin = organization("bob@acme.test");
        webhooks.register(admin, "http://127.0.0.1:9/down", List.of("UserAdded"));
        app.setup.addUser(admin, "cy@acme.test", "Cy", Role.MEMBER);
        RecordedEvent added = app.repository.history(app.eventStore.ownerOf("email#cy@acme.test").orElseThrow())
                .getFirst();
        answers.addAll(List.of(500, 500, 500, 500));
        assertThatThrownBy(() -> dispatcher().dispatch(added)).hasMessageContaining("HTTP 500");
        assertThat(slept).containsExactly(1000L, 2000L, 4000L);
        sent.clear();
        answers.add(410);
        assertThatThrownBy(() -> dispatcher().dispatch(added)).hasMessageContaining("HTTP 410");
        assertThat(sent).as("a 4xx is final").hasSize(1);
    }

    @Test
    void only_admins_register_only_known_types_and_the_log_of_another_organization_is_not_found() {
        Caller admin = organization("cleo@acme.test");
        Caller member = new Caller(app.setup.addUser(admin, "dan@acme.test", "Dan", Role.MEMBER).id(), null);
        assertThatThrownBy(() -> webhooks.register(member, "http://127.0.0.1:9/x", List.of("UserAdded")))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> webhooks.register(admin, "http://127.0.0.1:9/x", List.of("OrganizationCreated")))
                .isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> webhooks.register(admin, "http://127.0.0.1:9/x", List.of()))
                .isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> webhooks.register(admin, "http://10.1.2.3/x", List.of("UserAdded")))
                .isInstanceOf(ValidationError.class);
        for (int i = 0; i < 10; i++) {
            webhooks.register(admin, "http://127.0.0.1:9/n" + i, List.of("UserAdded"));
        }
        assertThatThrownBy(() -> webhooks.register(admin, "http://127.0.0.1:9/eleven", List.of("UserAdded")))
                .isInstanceOf(ValidationError.class).hasMessageContaining("at most 10");
        String first = webhooks.webhooks(admin).getFirst().id();
        Caller other = organization("fay@other.test");
        assertThatThrownBy(() -> webhooks.deliveries(other, first)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> webhooks.remove(other, first)).isInstanceOf(NotFound.class);
        assertThat(webhooks.remove(admin, first).id()).isEqualTo(first);
        assertThat(webhooks.webhooks(admin)).hasSize(9);
        assertThatThrownBy(() -> webhooks.deliveries(admin, first)).isInstanceOf(NotFound.class);
    }
}
