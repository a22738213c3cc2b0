package org.leavetracker.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leavetracker.domain.error.Forbidden;
import org.leavetracker.domain.error.NotFound;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.port.ReportStore;
import org.leavetracker.domain.read.LeaveReports;
import org.leavetracker.domain.read.projection.ReadModelProjector;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.testing.InMemoryReadModel;
import org.leavetracker.domain.write.Caller;

class LeaveReportsTest {

    private final DomainFixture app = new DomainFixture(LocalDate.of(2026, 12, 1));
    private final InMemoryReadModel readModel = new InMemoryReadModel();
    private final List<LeaveReport> published = new ArrayList<>();
    private final LeaveReports reports = new LeaveReports(app.repository, readModel, app.holidays, app.clock,
            (key, report, validFor) -> {
                published.add(report);
                return new ReportStore.SignedDownload("https://bucket/" + key, Instant.parse("2026-12-01T00:15:00Z"));
            });
    private final Caller admin = app.newOrganization("Acme", "admin@acme.test");
    private final Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);
    private final Caller ben = app.addUser(admin, "ben@acme.test", Role.MEMBER);
    private String berlin;
    private String munich;
    private String vacation;

    @BeforeEach
    void organization() {
        berlin = app.location(admin, "Berlin", "DE");
        munich = app.location(admin, "Munich", "DE");
        vacation = app.vacation(admin);
        app.upfrontPolicy(admin, berlin, vacation, LocalDate.of(2020, 1, 1), 25);
        app.upfrontPolicy(admin, munich, vacation, LocalDate.of(2020, 1, 1), 30);
        app.administration.moveUserToLocation(admin, ann.userId(), berlin, LocalDate.of(2025, 1, 1));
        app.administration.moveUserToLocation(admin, ben.userId(), munich, LocalDate.of(2025, 1, 1));
        app.administration.moveUserToLocation(admin, ben.userId(), berlin, LocalDate.of(2026, 12, 15)); // moves mid-range
    }

    private String request(Caller who, String from, String to) {
        return app.workflow.requestLeave(who, vacation, LocalDate.parse(from), LocalDate.parse(to), HalfDay.NONE,
                "private", null).id();
    }

    private LeaveReport export(String from, String to, String locationId) {
        app.store.allEvents().forEach(new ReadModelProjector(app.repository, readModel, readModel,
                app.holidays)::project);
        LeaveReports.ReportExport export = reports.export(admin, LocalDate.parse(from), LocalDate.parse(to),
                locationId);
        LeaveReport report = published.getLast();
        assertThat(export.requestCount()).isEqualTo(report.requests().size());
        assertThat(export.balanceCount()).isEqualTo(report.balances().size());
        assertThat(export.key()).startsWith(LeaveReports.KEY_PREFIX).endsWith(".csv");
        return report;
    }

    @Test
    void a_location_report_holds_everyone_who_worked_there_in_the_range_with_a_balance_per_year() {
        String annsDec = request(ann, "2026-12-21", "2026-12-23");
        String annsJan = request(ann, "2027-01-04", "2027-01-05");
        request(ann, "2027-02-01", "2027-02-01"); // after the range
        String bensDec = request(ben, "2026-12-07", "2026-12-08"); // still in Munich then

        LeaveReport berlinReport = export("2026-12-01", "2027-01-31", berlin);
        assertThat(berlinReport.requests()).extracting(l -> l.request().id())
                .containsExactly(annsDec, annsJan, bensDec);
        assertThat(berlinReport.balances()).extracting(l -> l.person().userId() + " " + l.balance().year() + " "
                + l.balance().asOf()).containsExactly(
                ann.userId() + " 2026 2026-12-31", ann.userId() + " 2027 2027-01-31",
                ben.userId() + " 2026 2026-12-31", ben.userId() + " 2027 2027-01-31");
        assertThat(berlinReport.balances().getFirst().balance().pending().toDouble()).isEqualTo(3.0);

        LeaveReport munichReport = export("2026-12-01", "2027-01-31", munich);
        assertThat(munichReport.requests()).extracting(l -> l.request().id()).containsExactly(bensDec);
        assertThat(munichReport.requests().getFirst().person().locationId()).as("where they are at the end")
                .isEqualTo(berlin);

        LeaveReport before = export("2026-01-01", "2026-12-14", berlin);
        assertThat(before.balances()).extracting(l -> l.person().userId()).containsOnly(ann.userId());
        assertThat(export("2026-12-01", "2027-01-31", null).requests()).hasSize(3);
    }

    @Test
    void admins_only_and_a_bounded_range_in_their_own_organization() {
        assertThatThrownBy(() -> reports.export(ann, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), null))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> reports.export(admin, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1), null))
                .isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> reports.export(admin, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 3), null))
                .isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> reports.export(admin, null, LocalDate.of(2027, 1, 3), null))
                .isInstanceOf(ValidationError.class);
        Caller other = app.newOrganization("Other", "admin@other.test");
        String elsewhere = app.location(other, "Vienna", "DE");
        assertThatThrownBy(() -> reports.export(admin, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1),
                elsewhere)).isInstanceOf(NotFound.class);
        assertThat(published).isEmpty();
    }
}
