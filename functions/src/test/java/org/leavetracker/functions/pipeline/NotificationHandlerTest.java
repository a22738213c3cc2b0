package org.leavetracker.functions.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.leavetracker.adapters.bus.EventDetails;
import org.leavetracker.adapters.system.PinnedDateClock;
import org.leavetracker.adapters.testing.LocalDynamo;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.Email;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.notification.Notification;
import org.leavetracker.domain.port.BusEntry;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.employee.Identity;
import org.leavetracker.functions.support.Application;

/** The notifier as EventBridge invokes it: a real ScheduledEvent whose detail is the bus entry of an event. */
class NotificationHandlerTest {

    private final LocalDynamo dynamo = LocalDynamo.shared();
    private final Application app = new Application(dynamo.client(), dynamo.freshTables(),
            new PinnedDateClock(LocalDate.of(2026, 6, 15)));
    private final List<Notification> sent = new ArrayList<>();
    private final NotificationHandler handler = new NotificationHandler(NotificationHandler.notifier(app.repository, app.readModel, app.json, sent::add));

    private ScheduledEvent busEvent(BusEntry entry) throws Exception {
        ScheduledEvent event = new ScheduledEvent();
        event.setSource(entry.source());
        event.setDetailType(entry.detailType());
        event.setDetail(new ObjectMapper().readValue(entry.detail(), new TypeReference<Map<String, Object>>() {
        }));
        return event;
    }

    @Test
    void a_request_event_on_the_bus_asks_the_approver_and_an_unreadable_one_is_refused_for_a_retry()
            throws Exception {
        app.setup.createOrganization(new Identity("sub-ada", Email.of("ada@acme.test"), "Ada"), "Acme", null);
        Caller admin = new Caller(app.eventStore.ownerOf("email#ada@acme.test").orElseThrow(), null);
        String orgId = app.repository.employee(admin.userId()).orgId();
        String berlin = app.setup.createLocation(admin, "Berlin", "Europe/Berlin", "DE",
                List.of(DayOfWeek.values()).subList(0, 5)).id();
        String training = app.setup.createLeaveType(admin, "Training", false, true, true).id();
        Caller boss = new Caller(app.setup.addUser(admin, "boss@acme.test", "Boss", Role.APPROVER).id(), null);
        Caller ann = new Caller(app.setup.addUser(admin, "ann@acme.test", "Ann", Role.MEMBER).id(), null);
        app.administration.moveUserToLocation(admin, ann.userId(), berlin, LocalDate.of(2025, 1, 1));
        app.administration.assignApprover(admin, ann.userId(), boss.userId());
        app.workflow.requestLeave(ann, training, LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 6),
                HalfDay.AFTERNOON, null, null);
        RecordedEvent requested = app.repository.history(ann.userId()).stream()
                .filter(e -> e.type().equals("LeaveRequested")).findFirst().orElseThrow();

        List<Notification> answer = handler.handleRequest(busEvent(new EventDetails(app.json).entry(requested)), null);

        assertThat(answer).isEqualTo(sent).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo("boss@acme.test");
            assertThat(m.subject()).isEqualTo("Leave request from Ann: Training 6 Jul 2026 (afternoon)");
            assertThat(m.eventId()).isEqualTo(ann.userId() + "/" + requested.version());
        });
        ScheduledEvent garbage = new ScheduledEvent();
        garbage.setDetail(Map.of("type", "LeaveRequested"));
        assertThatThrownBy(() -> handler.handleRequest(garbage, null)).isInstanceOf(RuntimeException.class);
        assertThat(sent).hasSize(1);
    }
}
