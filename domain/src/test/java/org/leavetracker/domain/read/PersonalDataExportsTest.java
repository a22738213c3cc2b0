package org.leavetracker.domain.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.error.Forbidden;
import org.leavetracker.domain.error.NotFound;
import org.leavetracker.domain.event.PersonEvent;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.port.PersonalDataStore;
import org.leavetracker.domain.port.ReportStore;
import org.leavetracker.domain.read.history.HistoryKind;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.CommandRetry;

/** SPEC §3.10 exportPersonalData: everything stored about a person, for them or an admin, and on their trail. */
class PersonalDataExportsTest {

    private final DomainFixture app = new DomainFixture(LocalDate.of(2026, 6, 15));
    private final List<PersonalData> files = new ArrayList<>();
    private final PersonalDataExports exports = new PersonalDataExports(app.repository, app.store, app.holidays,
            app.clock, new PersonalDataStore() {
                @Override
                public ReportStore.SignedDownload publish(String key, PersonalData data, Duration validFor) {
                    files.add(data);
                    return new ReportStore.SignedDownload("https://files.test/" + key,
                            Instant.parse("2026-06-15T12:15:00Z"));
                }

                @Override
                public void deleteAll(String keyPrefix) {
                    throw new AssertionError("an export deletes nothing");
                }
            }, CommandRetry.standard());
    private final Caller admin = app.newOrganization("Acme", "admin@acme.test");
    private final String berlin = app.location(admin, "Berlin", "DE");
    private final String vacation = app.vacation(admin);
    private final Caller boss = app.addUser(admin, "boss@acme.test", Role.APPROVER);
    private final Caller ann = app.addUser(admin, "ann@acme.test", Role.APPROVER);

    {
        app.upfrontPolicy(admin, berlin, vacation, LocalDate.of(2020, 1, 1), 25);
        app.administration.moveUserToLocation(admin, ann.userId(), berlin, LocalDate.of(2025, 1, 1));
        app.administration.assignApprover(admin, ann.userId(), boss.userId());
        app.deciders.setApproverGroup(admin, "Ann's backups", List.of(ann.userId(), boss.userId()));
    }

    @Test
    void the_file_holds_the_profile_every_request_with_its_reason_the_balances_of_every_year_and_the_events() {
        String id = app.workflow.requestLeave(ann, vacation, LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 10),
                HalfDay.NONE, "Sister's wedding in Porto", null).id();
        app.workflow.approveLeave(boss, id, "Enjoy!");

        PersonalDataExports.Export export = exports.export(ann, null);

        assertThat(export.url()).startsWith("https://files.test/personal-data/").endsWith(".json");
        PersonalData file = files.getLast();
        assertThat(file.profile().email()).isEqualTo("ann@acme.test");
        assertThat(file.exportedBy()).isEqualTo(ann.userId());
        assertThat(file.requests()).singleElement().satisfies(r -> assertThat(r.reason())
                .isEqualTo("Sister's wedding in Porto"));
        assertThat(file.balances()).extracting(b -> b.year()).containsExactly(2026)
                .as("her history began this year");
        assertThat(file.events()).extracting(e -> e.type()).contains("UserAdded", "LeaveRequested", "LeaveApproved")
                .allSatisfy(type -> assertThat(type).isNotEqualTo(PersonEvent.PersonalDataExported.TYPE));
        assertThat(export.eventCount()).isEqualTo(file.events().size());
        assertThat(export.requestCount()).isEqualTo(1);
        assertThat(file.organizationEvents()).as("the group that names her").extracting(e -> e.type())
                .containsExactly("ApproverGroupSet");
        assertThat(file.locations()).containsEntry(LocalDate.of(2025, 1, 1), berlin);

        var last = app.store.load(ann.userId()).getLast();
        assertThat(last.payload()).as("on her audit trail").isInstanceOf(PersonEvent.PersonalDataExported.class);
        assertThat(last.actorId()).as("by her").isEqualTo(ann.userId());
        assertThat(org.leavetracker.domain.read.history.HistoryEntries.of(last.payload()).kind())
                .isEqualTo(HistoryKind.PERSONAL_DATA_EXPORTED);
    }

    @Test
    void an_admin_may_export_anyone_of_the_organization_and_nobody_else_may_export_someone_else() {
        exports.export(admin, ann.userId());
        assertThat(files.getLast().profile().id()).isEqualTo(ann.userId());
        assertThat(files.getLast().exportedBy()).isEqualTo(admin.userId());

        assertThatThrownBy(() -> exports.export(boss, ann.userId())).isInstanceOf(Forbidden.class);
        Caller stranger = app.newOrganization("Other", "other@other.test");
        assertThatThrownBy(() -> exports.export(stranger, ann.userId())).isInstanceOf(NotFound.class);
        assertThat(files).hasSize(1);
    }

    @Test
    void a_leaver_may_still_export_their_own_data() {
        app.administration.endEmployment(admin, ann.userId(), LocalDate.of(2026, 5, 31));
        assertThat(exports.export(ann, null).requestCount()).isZero();
        assertThat(files.getLast().profile().employmentEndsOn()).isEqualTo(LocalDate.of(2026, 5, 31));
    }
}
