package org.leavetracker.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.read.projection.ReadModelProjector;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.testing.InMemoryReadModel;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.CommandRetry;

class CalendarFeedsTest {

    private final DomainFixture app = new DomainFixture(LocalDate.of(2026, 6, 15));
    private final InMemoryReadModel readModel = new InMemoryReadModel();
    private final CalendarFeeds feeds = new CalendarFeeds(app.repository, readModel, app.clock,
            new CommandRetry(CommandRetry.DEFAULT_ATTEMPTS, 5));
    private final Caller admin = app.newOrganization("Acme", "admin@acme.test");
    private final String berlin = app.location(admin, "Berlin", "DE");
    private final String training = app.setup.createLeaveType(admin, "Training", false, true, true).id();
    private final Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);

    private void project() {
        ReadModelProjector projector = new ReadModelProjector(app.repository, readModel, readModel, app.holidays);
        List<RecordedEvent> events = app.store.allEvents();
        events.forEach(projector::project);
    }

    @Test
    void a_token_is_the_user_id_and_a_secret_of_which_only_the_hash_is_recorded() {
        FeedToken token = feeds.rotate(ann).token();
        assertThat(token.userId()).isEqualTo(ann.userId());
        assertThat(token.secret()).isNotBlank().doesNotContain(".");
        assertThat(FeedToken.parse(token.value())).contains(token);
        String stored = app.store.allEvents().getLast().payload().toString();
        assertThat(stored).contains(token.hash()).doesNotContain(token.secret());
        assertThat(FeedToken.parse("no-dot")).isEmpty();
        assertThat(FeedToken.parse("a.b.c")).isEmpty();
        assertThat(FeedToken.parse("../etc.passwd")).isEmpty();
        assertThat(FeedToken.parse(null)).isEmpty();
    }

    @Test
    void only_approved_leave_is_in_the_feeds_and_a_rotation_revokes_the_old_token() {
        app.administration.moveUserToLocation(admin, ann.userId(), berlin, LocalDate.of(2025, 1, 1));
        String approved = app.workflow.requestLeave(ann, training, LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 6),
                HalfDay.MORNING, "private", null).id();
        app.workflow.requestLeave(ann, training, LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 3), HalfDay.NONE,
                null, null);
        app.workflow.approveLeave(admin, approved, null);
        String first = feeds.rotate(ann).token().value();
        project();

        assertThat(feeds.userFeed(first)).hasValueSatisfying(feed -> assertThat(feed.entries()).containsExactly(
                new FeedEntry(approved, "Training (morning)", LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 6),
                        HalfDay.MORNING)));
        assertThat(feeds.teamFeed(first)).hasValueSatisfying(feed -> {
            assertThat(feed.name()).isEqualTo("Acme — who is away");
            assertThat(feed.entries()).extracting(FeedEntry::summary).containsExactly("ann — Training (morning)");
        });

        String second = feeds.rotate(ann).token().value();
        assertThat(feeds.userFeed(first)).isEmpty();
        assertThat(feeds.teamFeed(first)).isEmpty();
        assertThat(feeds.userFeed(second)).isPresent();
        assertThat(feeds.userFeed(admin.userId() + "." + second.substring(second.indexOf('.') + 1)))
                .as("another user's id with ann's secret").isEmpty();
    }

    @Test
    void the_feeds_speak_their_owners_language_and_else_the_organizations() {
        app.administration.moveUserToLocation(admin, ann.userId(), berlin, LocalDate.of(2025, 1, 1));
        String approved = app.workflow.requestLeave(ann, training, LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 6),
                HalfDay.AFTERNOON, null, null).id();
        app.workflow.approveLeave(admin, approved, null);
        new org.leavetracker.domain.write.employee.MyPreferences(app.repository, app.holidays,
                CommandRetry.standard()).update(ann, "fr", false);
        String token = feeds.rotate(ann).token().value();
        project();
        assertThat(feeds.userFeed(token)).hasValueSatisfying(feed -> {
            assertThat(feed.name()).isEqualTo("ann — congés");
            assertThat(feed.entries()).extracting(FeedEntry::summary).containsExactly("Training (après-midi)");
        });
        assertThat(feeds.teamFeed(token)).hasValueSatisfying(feed -> assertThat(feed.name())
                .isEqualTo("Acme — qui est absent"));

        String adminsToken = feeds.rotate(admin).token().value();
        app.setup.updateOrganization(admin, null, "es");
        project();
        assertThat(feeds.teamFeed(adminsToken)).as("the admin chose none: the organization's Spanish")
                .hasValueSatisfying(feed -> {
                    assertThat(feed.name()).isEqualTo("Acme — quién está ausente");
                    assertThat(feed.entries()).extracting(FeedEntry::summary).containsExactly("ann — Training (tarde)");
                });
    }
}
