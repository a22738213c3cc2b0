package org.leavetracker.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.event.LeaveEvent.LeaveRequested;
import org.leavetracker.domain.event.PersonEvent.UserAdded;
import org.leavetracker.domain.event.EmploymentEvent.UserMovedToLocation;
import org.leavetracker.domain.event.EventMetadata;
import org.leavetracker.domain.event.OrganizationEvent.OrganizationCreated;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.port.ConcurrencyConflict;
import org.leavetracker.domain.port.DuplicateCommand;
import org.leavetracker.domain.port.EventStore;
import org.leavetracker.domain.port.EventStore.StreamAppend;
import org.leavetracker.domain.event.PersonEvent.IdentityReleased;
import org.leavetracker.domain.port.EventStore.UniqueKey;
import org.leavetracker.domain.port.UniqueKeyTaken;

/** What every implementation of the event store port guarantees; run against each one. */
public abstract class EventStoreContract {

    protected abstract EventStore store();

    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");
    private int commands;

    private EventMetadata command() {
        return new EventMetadata("org1", "actor1", "cmd-" + getClass().getSimpleName() + "-" + ++commands, NOW);
    }

    private static UserAdded ann() {
        return new UserAdded("ann@acme.test", "Ann", Role.MEMBER);
    }

    @Test
    void appended_events_load_in_version_order_with_their_full_context() {
        store().append(command(), List.of(new StreamAppend("u1", 0, List.of(ann(),
                new UserMovedToLocation("loc1", LocalDate.of(2026, 1, 1))))), List.of());
        store().append(command(), List.of(new StreamAppend("u1", 2, List.of(new LeaveRequested("u1.r1", "t1",
                LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 7), HalfDay.NONE, null, "c1")))), List.of());

        List<RecordedEvent> events = store().load("u1");

        assertThat(events).extracting(RecordedEvent::version).containsExactly(1L, 2L, 3L);
        assertThat(events).extracting(RecordedEvent::type)
                .containsExactly("UserAdded", "UserMovedToLocation", "LeaveRequested");
        RecordedEvent last = events.get(2);
        assertThat(last.orgId()).isEqualTo("org1");
        assertThat(last.aggregateId()).isEqualTo("u1");
        assertThat(last.actorId()).isEqualTo("actor1");
        assertThat(last.occurredAt()).isEqualTo(NOW);
        assertThat(last.commandId()).isNotEqualTo(events.get(0).commandId());
        assertThat(last.payload()).isEqualTo(new LeaveRequested("u1.r1", "t1", LocalDate.of(2026, 8, 3),
                LocalDate.of(2026, 8, 7), HalfDay.NONE, null, "c1"));
        assertThat(store().load("nobody")).isEmpty();
        assertThat(store().load("")).as("an empty id (a client's, say) is nobody too, not an error").isEmpty();
    }

    @Test
    void the_actors_latest_command_is_what_they_last_wrote() {
        String actor = "writer-" + getClass().getSimpleName() + System.nanoTime();
        assertThat(store().lastWrittenBy(actor)).isEmpty();
        store().append(new EventMetadata("org1", actor, null, NOW), List.of(
                new StreamAppend("w1", 0, List.of(ann(), new UserMovedToLocation("loc1", LocalDate.of(2026, 1, 1)))),
                new StreamAppend("w2", 0, List.of(ann()))), List.of());
        assertThat(store().lastWrittenBy(actor)).isEqualTo(java.util.Map.of("w1", 2L, "w2", 1L));
        store().append(new EventMetadata("org1", actor, null, NOW), List.of(
                new StreamAppend("w2", 1, List.of(new UserMovedToLocation("loc1", LocalDate.of(2026, 2, 1))))),
                        List.of());
        assertThat(store().lastWrittenBy(actor)).isEqualTo(java.util.Map.of("w2", 2L));
        assertThatThrownBy(() -> store().append(new EventMetadata("org1", actor, null, NOW), List.of(
                new StreamAppend("w1", 0, List.of(ann()))), List.of())).isInstanceOf(ConcurrencyConflict.class);
        assertThat(store().lastWrittenBy(actor)).as("a refused command wrote nothing")
                .isEqualTo(java.util.Map.of("w2", 2L));
    }

    @Test
    void an_append_at_a_taken_version_is_a_conflict_and_writes_nothing_of_the_command() {
        store().append(command(), List.of(new StreamAppend("u2", 0, List.of(ann()))), List.of());

        assertThatThrownBy(() -> store().append(command(), List.of(
                new StreamAppend("org2", 0, List.of(new OrganizationCreated("Other"))),
                new StreamAppend("u2", 0, List.of(ann()))), List.of()))
                .isInstanceOf(ConcurrencyConflict.class);

        assertThat(store().load("u2")).hasSize(1);
        assertThat(store().load("org2")).as("atomic: the other stream of the command is not written").isEmpty();
    }

    @Test
    void a_unique_key_held_by_another_owner_refuses_the_whole_append() {
        store().append(command(), List.of(new StreamAppend("u3", 0, List.of(ann()))),
                List.of(UniqueKey.email("ann3@acme.test", "u3")));

        assertThatThrownBy(() -> store().append(command(), List.of(new StreamAppend("u4", 0, List.of(ann()))),
                List.of(UniqueKey.email("ann3@acme.test", "u4"))))
                .isInstanceOfSatisfying(UniqueKeyTaken.class, taken -> assertThat(taken.ownerId()).isEqualTo("u3"));

        assertThat(store().load("u4")).isEmpty();
        assertThat(store().ownerOf("email#ann3@acme.test")).contains("u3");
        assertThat(store().ownerOf("email#nobody@acme.test")).isEmpty();
    }

    @Test
    void a_key_released_by_its_owner_is_free_again_and_only_its_owner_may_release_it() {
        store().append(command(), List.of(new StreamAppend("u5", 0, List.of(ann()))),
                List.of(UniqueKey.subject("sub-5", "u5")));
        // someone else's release refuses the whole append
        assertThatThrownBy(() -> store().append(command(), List.of(new StreamAppend("u6", 0, List.of(ann()))),
                List.of(UniqueKey.subject("sub-5", "u6").released())))
                .isInstanceOf(UniqueKeyTaken.class);
        assertThat(store().load("u6")).isEmpty();
        assertThat(store().ownerOf("sub#sub-5")).contains("u5");

        store().append(command(), List.of(new StreamAppend("u5", 1, List.of(new IdentityReleased("sub-5")))),
                List.of(UniqueKey.subject("sub-5", "u5").released()));
        assertThat(store().ownerOf("sub#sub-5")).isEmpty();
        store().append(command(), List.of(new StreamAppend("u7", 0, List.of(ann()))),
                List.of(UniqueKey.subject("sub-5", "u7")));
        assertThat(store().ownerOf("sub#sub-5")).contains("u7");
    }

    @Test
    void a_command_id_seen_before_writes_nothing() {
        EventMetadata once = command();
        store().append(once, List.of(new StreamAppend("u5", 0, List.of(ann()))), List.of());

        assertThatThrownBy(() -> store().append(once, List.of(new StreamAppend("u5", 1,
                List.of(new UserMovedToLocation("loc1", LocalDate.of(2026, 1, 1))))), List.of()))
                .isInstanceOf(DuplicateCommand.class);

        assertThat(store().load("u5")).hasSize(1);
    }
}
