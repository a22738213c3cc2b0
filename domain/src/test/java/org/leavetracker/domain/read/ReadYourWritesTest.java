package org.leavetracker.domain.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.read.projection.ReadModelProjector;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.testing.InMemoryReadModel;
import org.leavetracker.domain.write.Caller;

/** SPEC §4 "Freshness": a query waits for the caller's own latest write, for a bounded time only. */
class ReadYourWritesTest {

    private final DomainFixture app = new DomainFixture(LocalDate.parse("2026-06-15"));
    private final InMemoryReadModel readSide = new InMemoryReadModel();
    private final ReadModelProjector projector = new ReadModelProjector(app.repository, readSide, readSide, app.holidays);
    private final ReadYourWrites ownWrites = new ReadYourWrites(app.store, readSide, 50);

    @Test
    void a_caller_who_wrote_nothing_lately_never_waits() {
        assertThat(ownWrites.await(app.as("nobody"))).isEqualTo(ReadYourWrites.Freshness.UP_TO_DATE);
    }

    @Test
    void the_answer_is_up_to_date_once_every_aggregate_the_caller_wrote_is_projected() {
        Caller admin = app.newOrganization("Acme", "admin@acme.test");
        app.store.allEvents().forEach(projector::project);
        assertThat(ownWrites.await(admin).upToDate()).isTrue();

        Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);
        ReadYourWrites.Freshness behind = ownWrites.await(admin);
        assertThat(behind.upToDate()).as("Ann's addition is not projected yet").isFalse();
        assertThat(behind.waitedMillis()).as("it waited its bound, then answered").isGreaterThanOrEqualTo(50);

        projector.projectEmployee(ann.userId(), null);
        assertThat(ownWrites.await(admin).upToDate()).isTrue();
        assertThat(ownWrites.await(ann)).as("Ann wrote nothing").isEqualTo(ReadYourWrites.Freshness.UP_TO_DATE);
    }
}
