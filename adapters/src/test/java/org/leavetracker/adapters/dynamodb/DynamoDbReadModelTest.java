package org.leavetracker.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.leavetracker.adapters.testing.DynamoApp;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.port.ReadModelUpdates;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.read.model.CalendarEntry;
import org.leavetracker.domain.write.Caller;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Every query shape of the read side, filled by the projector from real events. No Scan anywhere. */
class DynamoDbReadModelTest {

    private final DynamoApp app = new DynamoApp();
    private final Caller admin = app.newOrganization("Acme", "admin@acme.test");
    private final String berlin = app.setup.createLocation(admin, "Berlin", "Europe/Berlin", "DE",
            List.of(java.time.DayOfWeek.values()).subList(0, 5)).id();
    private final String vacation = app.setup.createLeaveType(admin, "Vacation", true, true, true).id();
    private final Caller boss = new Caller(app.setup.addUser(admin, "boss@acme.test", "Boss", Role.APPROVER).id(), null);
    private final Caller ann = new Caller(app.setup.addUser(admin, "Ann@Acme.test", "Ann", Role.MEMBER).id(), null);
    private final String orgId = app.repository.employee(admin.userId()).orgId();

    {
        app.setup.setLeavePolicy(admin, berlin, vacation, LocalDate.of(2020, 1, 1), Days.of(25), Accrual.UPFRONT,
                Days.of(5), 3, null);
        app.administration.moveUserToLocation(admin, ann.userId(), berlin, LocalDate.of(2025, 1, 1));
        app.administration.assignApprover(admin, ann.userId(), boss.userId());
    }

    private LeaveRequestView request(String from, String to) {
        return app.workflow.requestLeave(ann, vacation, LocalDate.parse(from), LocalDate.parse(to), HalfDay.NONE,
                "private reason", null);
    }

    @Test
    void users_are_found_by_organization_and_by_email_and_settings_by_organization() {
        app.projectAll();

        assertThat(app.readModel.usersOf(orgId)).extracting(u -> u.email())
                .containsExactlyInAnyOrder("admin@acme.test", "boss@acme.test", "ann@acme.test");
        assertThat(app.readModel.userByEmail("ann@acme.test")).hasValueSatisfying(u -> {
            assertThat(u.id()).isEqualTo(ann.userId());
            assertThat(u.approverIds()).containsExactly(boss.userId());
            assertThat(u.locationOn(LocalDate.of(2026, 6, 15))).isEqualTo(berlin);
        });
        assertThat(app.readModel.organization(orgId)).hasValueSatisfying(o -> assertThat(o.name()).isEqualTo("Acme"));
        assertThat(app.readModel.locations(orgId)).singleElement()
                .satisfies(l -> assertThat(l.timeZone().getId()).isEqualTo("Europe/Berlin"));
        assertThat(app.readModel.leaveTypes(orgId)).extracting(t -> t.id()).containsExactly(vacation);
        assertThat(app.readModel.policies(orgId, berlin)).singleElement()
                .satisfies(p -> assertThat(p.annualAllowance()).isEqualTo(Days.of(25)));
        assertThat(app.readModel.policies(orgId, "elsewhere")).isEmpty();
    }

    @Test
    void a_user_item_written_before_substitutions_and_working_hours_existed_still_reads() {
        app.administration.setWorkingWeek(admin, ann.userId(), List.of(java.time.DayOfWeek.MONDAY), LocalDate.of(2026, 1, 1),
                Days.ofDecimal(6.5, "hours"));
        app.projectAll();
        assertThat(app.readModel.user(ann.userId())).hasValueSatisfying(u ->
                assertThat(u.ownWorkingWeekOn(LocalDate.of(2026, 6, 15)).hoursPerDay())
                        .isEqualTo(Days.ofDecimal(6.5, "hours")));

        var key = java.util.Map.of(ReadItems.PK, AttributeValue.fromS(ReadItems.user(ann.userId())),
                ReadItems.SK, AttributeValue.fromS("USER"));
        var table = Tables.READ.tableName(app.prefix);
        var item = app.dynamo.client().getItem(b -> b.tableName(table).key(key)).item();
        String older = item.get(ReadItems.DATA).s().replaceAll(
                ",\\s*\"(substitutions|hoursPerDay|hoursByDay)\":(\\[[^\\]]*\\]|\\{[^}]*\\})", "");
        assertThat(older).doesNotContain("hoursPerDay").doesNotContain("hoursByDay").doesNotContain("substitutions")
                .contains("workingWeeks");
        var rewritten = new java.util.HashMap<>(item);
        rewritten.put(ReadItems.DATA, AttributeValue.fromS(older));
        app.dynamo.client().putItem(b -> b.tableName(table).item(rewritten));

        assertThat(app.readModel.user(ann.userId())).hasValueSatisfying(u -> {
            assertThat(u.substitutions()).isEmpty();
            assertThat(u.ownWorkingWeekOn(LocalDate.of(2026, 6, 15)).days())
                    .containsExactly(java.time.DayOfWeek.MONDAY);
            assertThat(u.ownWorkingWeekOn(LocalDate.of(2026, 6, 15)).hoursPerDay()).as("as every earlier event reads")
                    .isEqualTo(Days.of(8));
        });
    }

    @Test
    void requests_are_listed_by_user_date_and_status_queued_for_approvers_and_shown_on_the_calendar() {
        LeaveRequestView summer = request("2026-07-27", "2026-08-07");
        LeaveRequestView autumn = request("2026-10-05", "2026-10-06");
        app.workflow.approveLeave(boss, autumn.id(), null);
        app.projectAll();

        assertThat(app.readModel.requestsOf(ann.userId(), null, null, null)).hasSize(2);
        assertThat(app.readModel.requestsOf(ann.userId(), LeaveStatus.APPROVED, null, null))
                .extracting(LeaveRequestView::id).containsExactly(autumn.id());
        assertThat(app.readModel.requestsOf(ann.userId(), null, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31)))
                .extracting(LeaveRequestView::id).containsExactly(summer.id());
        assertThat(app.readModel.pendingFor(boss.userId())).extracting(LeaveRequestView::id)
                .containsExactly(summer.id());
        assertThat(app.readModel.pendingIn(orgId)).extracting(LeaveRequestView::id).containsExactly(summer.id());

        List<CalendarEntry> august = app.readModel.calendar(orgId, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31));
        assertThat(august).singleElement().satisfies(e -> {
            assertThat(e.requestId()).isEqualTo(summer.id());
            assertThat(e.userName()).isEqualTo("Ann");
            assertThat(e.locationId()).isEqualTo(berlin);
        });
        assertThat(app.readModel.calendar(orgId, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 31))).hasSize(2);
        assertThat(app.readModel.calendar(orgId, LocalDate.of(2026, 8, 8), LocalDate.of(2026, 10, 4))).isEmpty();

        app.workflow.cancelLeave(ann, summer.id());
        app.projectAll();
        assertThat(app.readModel.pendingFor(boss.userId())).isEmpty();
        assertThat(app.readModel.calendar(orgId, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31))).isEmpty();
        assertThat(app.readModel.requestsOf(ann.userId(), LeaveStatus.CANCELLED, null, null)).hasSize(1);
    }

    @Test
    void balances_are_kept_per_user_type_and_year() {
        request("2026-07-27", "2026-07-31");
        app.projectAll();

        assertThat(app.readModel.balances(ann.userId(), 2026)).singleElement().satisfies(b -> {
            assertThat(b.pending()).hasToString("5");
            assertThat(b.allowance()).hasToString("25");
            assertThat(b.carriedOver()).hasToString("5");
        });
    }

    @Test
    void projecting_the_events_shuffled_and_twice_gives_the_same_read_items_as_once_in_order() {
        LeaveRequestView r = request("2026-07-27", "2026-08-07");
        app.workflow.approveLeave(boss, r.id(), "ok");
        request("2026-09-07", "2026-09-08");
        app.administration.moveUserToLocation(admin, ann.userId(), berlin, LocalDate.of(2024, 6, 1));
        app.projectAll();
        List<LeaveRequestView> inOrder = app.readModel.requestsOf(ann.userId(), null, null, null);
        var balances = app.readModel.balances(ann.userId(), 2026);
        var user = app.readModel.user(ann.userId());

        List<RecordedEvent> shuffled = new ArrayList<>(app.appended);
        shuffled.addAll(app.appended);
        Collections.shuffle(shuffled, new Random(42));
        shuffled.forEach(app.projector::project);

        assertThat(app.readModel.requestsOf(ann.userId(), null, null, null)).isEqualTo(inOrder);
        assertThat(app.readModel.balances(ann.userId(), 2026)).isEqualTo(balances);
        assertThat(app.readModel.user(ann.userId())).isEqualTo(user);
    }

    @Test
    void a_listing_beyond_one_megabyte_arrives_whole_across_pages() {
        List<LeaveRequestView> many = new ArrayList<>();
        String reason = "r".repeat(900);
        for (int i = 0; i < 1300; i++) {
            LocalDate day = LocalDate.of(2020, 1, 1).plusDays(i);
            many.add(new LeaveRequestView(ann.userId() + ".bulk" + i, orgId, ann.userId(), vacation, day, day,
                    HalfDay.NONE, Days.ONE, LeaveStatus.APPROVED, reason, Instant.parse("2026-01-01T00:00:00Z"),
                    null));
        }
        app.projectAll();
        app.readModel.putPeople(List.of(new ReadModelUpdates.PersonItems(app.readModel.user(ann.userId())
                .orElseThrow(), many.stream().map(v -> new ReadModelUpdates.RequestItems(v, new CalendarEntry(v.id(),
                v.userId(), "Ann", vacation, v.startDate(), v.endDate(), v.halfDay(), v.status(), berlin), List.of()))
                .toList(), List.of(), 1)));

        assertThat(app.readModel.requestsOf(ann.userId(), null, null, null)).hasSize(1300);
    }
}
