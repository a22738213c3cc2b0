package org.leavetracker.adapters.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.leavetracker.adapters.dynamodb.DynamoDbEventStore;
import org.leavetracker.adapters.dynamodb.DynamoDbReadModel;
import org.leavetracker.adapters.dynamodb.EventItems;
import org.leavetracker.adapters.dynamodb.Snapshots;
import org.leavetracker.adapters.dynamodb.Tables;
import org.leavetracker.adapters.json.EventJson;
import org.leavetracker.adapters.testing.LocalDynamo;
import org.leavetracker.domain.event.DomainEvent;
import org.leavetracker.domain.event.EventMetadata;
import org.leavetracker.domain.event.LeaveEvent.LeaveRequested;
import org.leavetracker.domain.event.PersonEvent.PersonalDataErased;
import org.leavetracker.domain.event.PersonEvent.UserAdded;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.ErasedPerson;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.port.EventStore.StreamAppend;
import org.leavetracker.domain.port.EventStore.UniqueKey;
import org.leavetracker.domain.read.model.UserRecord;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Personal fields sealed under each person's key in the events, snapshots and read items of DynamoDB Local. */
class SealedPersonalFieldsTest {

    private static final String ANN = "u-ann";
    private static final String REASON = "hip operation, ward 7";

    private final LocalDynamo dynamo = LocalDynamo.shared();
    private final String prefix = dynamo.freshTables();
    private final byte[] master = randomKey();

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    /** One process: its own key cache, store and read model on the shared tables. */
    private final class Process {
        final DataKeys keys = new DataKeys(dynamo.client(), prefix, new FileKeyWrapping(master));
        final EventJson json = new EventJson(new FieldSealing(keys));
        final DynamoDbEventStore store = new DynamoDbEventStore(dynamo.client(), prefix, new EventItems(json),
                new Snapshots(dynamo.client(), prefix, json, 2));
        final DynamoDbReadModel readModel = new DynamoDbReadModel(dynamo.client(), prefix, new FieldSealing(keys));
    }

    private final Process writer = new Process();

    private void append(Process process, long after, DomainEvent... events) {
        process.store.append(new EventMetadata("org1", "admin", null, Instant.parse("2026-06-15T10:00:00Z")),
                List.of(new StreamAppend(ANN, after, List.of(events))), List.of());
    }

    private void annAsksForLeave() {
        writer.store.append(new EventMetadata("org1", "admin", null, Instant.parse("2026-06-15T10:00:00Z")),
                List.of(new StreamAppend(ANN, 0, List.of(new UserAdded("ann@acme.test", "Ann Example", Role.MEMBER),
                        new LeaveRequested("r1", "vacation", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 3),
                                HalfDay.NONE, REASON, null)))),
                List.of(UniqueKey.email("ann@acme.test", ANN)));
    }

    private String everythingStored() {
        StringBuilder all = new StringBuilder();
        for (var spec : Tables.ALL) {
            dynamo.scanningClient().scanPaginator(b -> b.tableName(spec.tableName(prefix))).items()
                    .forEach(item -> item.values().forEach(value -> all.append(text(value)).append('\n')));
        }
        return all.toString();
    }

    private static String text(AttributeValue value) {
        if (value.b() != null) {
            return new String(value.b().asByteArray(), StandardCharsets.ISO_8859_1);
        }
        return String.valueOf(value.s() != null ? value.s() : value.n() != null ? value.n() : value);
    }

    @Test
    void what_is_stored_holds_no_name_address_or_reason_yet_every_process_reads_them() {
        annAsksForLeave();
        writer.store.load(ANN); // 2 events: a snapshot is written
        Process other = new Process();

        List<RecordedEvent> read = other.store.load(ANN);

        assertThat(((UserAdded) read.get(0).payload()).name()).isEqualTo("Ann Example");
        assertThat(((LeaveRequested) read.get(1).payload()).reason()).isEqualTo(REASON);
        assertThat(everythingStored()).doesNotContain("Ann Example").doesNotContain("ann@acme.test")
                .doesNotContain(REASON).contains(LookupKeys.hashed("ann@acme.test"));
    }

    @Test
    void once_the_key_is_destroyed_every_process_reads_the_person_as_erased_and_the_figures_as_they_were() {
        annAsksForLeave();
        Process warm = new Process();
        assertThat(((UserAdded) warm.store.load(ANN).get(0).payload()).name()).isEqualTo("Ann Example");

        writer.keys.destroy(ANN);
        append(writer, 2, new PersonalDataErased(false));
        List<RecordedEvent> afterwards = warm.store.load(ANN); // it held Ann's events and key from before

        UserAdded added = (UserAdded) afterwards.get(0).payload();
        LeaveRequested request = (LeaveRequested) afterwards.get(1).payload();
        assertThat(added.name()).isEqualTo(ErasedPerson.NAME);
        assertThat(added.email()).isEqualTo(ErasedPerson.email(ANN));
        assertThat(request.reason()).isNull();
        assertThat(request.startDate()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(request.endDate()).isEqualTo(LocalDate.of(2026, 7, 3));
        assertThat(new Process().store.load(ANN)).extracting(RecordedEvent::payload)
                .isEqualTo(afterwards.stream().map(RecordedEvent::payload).toList());
    }

    @Test
    void no_key_is_made_again_for_an_erased_person_and_what_is_written_of_them_says_erased() {
        writer.keys.destroy(ANN);
        Process later = new Process();

        later.readModel.putPeople(List.of(new org.leavetracker.domain.port.ReadModelUpdates.PersonItems(
                user("Ann Example"), List.of(), List.of(), 3, List.of())));

        assertThat(later.keys.sealingKey(ANN)).isEmpty();
        assertThat(later.readModel.user(ANN).orElseThrow().name()).isEqualTo(ErasedPerson.NAME);
        assertThat(everythingStored()).doesNotContain("Ann Example");
    }

    @Test
    void a_read_item_is_sealed_and_found_by_the_hash_of_its_address() {
        writer.readModel.putPeople(List.of(new org.leavetracker.domain.port.ReadModelUpdates.PersonItems(
                user("Ann Example"), List.of(), List.of(), 1, List.of())));

        assertThat(new Process().readModel.userByEmail("ann@acme.test")).map(UserRecord::name)
                .contains("Ann Example");
        assertThat(everythingStored()).doesNotContain("ann@acme.test");
    }

    @Test
    void a_sealed_field_opens_only_for_its_person_and_field() {
        FieldSealing sealing = new FieldSealing(writer.keys);
        Map<String, Object> sealed = new java.util.HashMap<>(Map.of("id", ANN, "name", "Ann Example"));
        sealing.sealRecord(UserRecord.class, sealed);
        Map<String, Object> moved = new java.util.HashMap<>(Map.of("id", ANN, "email", sealed.get("name")));

        assertThat(FieldSealing.isSealed(sealed.get("name"))).isTrue();
        Map<String, Object> same = new java.util.HashMap<>(sealed);
        sealing.openRecord(UserRecord.class, same);
        assertThat(same).containsEntry("name", "Ann Example");
        assertThatThrownBy(() -> sealing.openRecord(UserRecord.class, moved))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clear_text_from_before_sealing_reads_as_it_was_until_the_person_is_erased() {
        EventJson clear = new EventJson();
        Process before = new Process();
        DynamoDbEventStore oldCode = new DynamoDbEventStore(dynamo.client(), prefix, new EventItems(clear),
                new Snapshots(dynamo.client(), prefix, clear, 100));
        oldCode.append(new EventMetadata("org1", "admin", null, Instant.parse("2026-06-15T10:00:00Z")),
                List.of(new StreamAppend(ANN, 0, List.of(new UserAdded("ann@acme.test", "Ann Example",
                        Role.MEMBER)))), List.of());

        assertThat(((UserAdded) before.store.load(ANN).get(0).payload()).name()).isEqualTo("Ann Example");
        writer.keys.destroy(ANN);
        assertThat(((UserAdded) new Process().store.load(ANN).get(0).payload()).name())
                .isEqualTo(ErasedPerson.NAME);
    }

    private static UserRecord user(String name) {
        return new UserRecord(ANN, "org1", name, "ann@acme.test", Role.MEMBER, List.of(), new TreeMap<>(),
                new TreeMap<>(), 1, List.of(), new TreeMap<>(), new TreeMap<>(), null, new TreeMap<>(), null,
                List.of());
    }
}
