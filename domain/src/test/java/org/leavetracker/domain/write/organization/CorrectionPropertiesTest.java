package org.leavetracker.domain.write.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.leavetracker.domain.error.DomainError;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.BlackoutMode;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.write.Caller;

/**
 * SPEC §4 "Corrections" over random histories: a setting added and then taken back leaves every request and balance
 * exactly as in a twin company that never had it; a rename or an archive changes no figure.
 */
class CorrectionPropertiesTest {

    enum Correction { HOLIDAY, BLACKOUT, POLICY, LOCATION_WEEK, RENAME_AND_ARCHIVE }

    record Leave(int startOffset, int length, HalfDay halfDay) {
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** Ann in Berlin since 2025 with 20 days of vacation a year (5 roll over); today is 15 June 2026. */
    private static final class Company {
        final DomainFixture app = new DomainFixture(d("2026-06-15"));
        final Caller admin = app.newOrganization("Acme", "admin@acme.test");
        final String berlin = app.location(admin, "Berlin", "DE");
        final String vacation = app.vacation(admin);
        final String sick = app.setup.createLeaveType(admin, "Sick", true, false, false).id();
        final Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);

        Company() {
            app.setup.setLeavePolicy(admin, berlin, vacation, d("2020-01-01"), Days.of(20), Accrual.UPFRONT,
                    Days.of(5), null, null);
            app.administration.moveUserToLocation(admin, ann.userId(), berlin, d("2025-01-01"));
        }

        void request(Leave leave) {
            LocalDate start = d("2026-01-05").plusDays(leave.startOffset());
            try {
                app.workflow.requestLeave(ann, vacation, start, start.plusDays(leave.length()), leave.halfDay(), null,
                        null);
            } catch (DomainError refused) {
                // refused alike in both companies: the property compares what was written
            }
        }

        Object figures() {
            return List.of(app.queries.leaveRequests(ann, null).stream()
                            .map(r -> r.startDate() + ".." + r.endDate() + ":" + r.days() + ":" + r.status()).toList(),
                    app.queries.balances(ann, null, 2026, d("2026-06-15")),
                    app.queries.balances(ann, null, 2027, d("2027-01-01")));
        }

        void addAndTakeBack(Correction correction, int dayOffset) {
            LocalDate day = d("2026-01-05").plusDays(dayOffset);
            switch (correction) {
                case HOLIDAY -> {
                    app.setup.addHoliday(admin, berlin, day, "Company day");
                    app.setup.removeHoliday(admin, berlin, day);
                }
                case BLACKOUT -> {
                    String id = app.setup.addBlackoutPeriod(admin, berlin, day, day.plusDays(6), List.of(),
                            BlackoutMode.REFUSE).id();
                    app.setup.removeBlackoutPeriod(admin, id);
                }
                case POLICY -> {
                    app.setup.setLeavePolicy(admin, berlin, vacation, day, Days.of(3), Accrual.MONTHLY, Days.ZERO,
                            3, null);
                    app.setup.removeLeavePolicy(admin, berlin, vacation, day);
                }
                case LOCATION_WEEK -> {
                    app.setup.setLocationWorkingWeek(admin, berlin, List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY),
                            day, null, null);
                    app.setup.setLocationWorkingWeek(admin, berlin, DomainFixture.MON_FRI, day, null, null);
                }
                case RENAME_AND_ARCHIVE -> {
                    app.setup.updateLocation(admin, berlin, "Berlin HQ", null, null);
                    app.setup.updateLeaveType(admin, vacation, "Holiday", null, null);
                    app.setup.archiveLeaveType(admin, sick);
                }
            }
        }
    }

    @Property(tries = 60)
    void a_correction_added_and_taken_back_leaves_every_figure_as_if_never_added(
            @ForAll("leaves") List<Leave> before, @ForAll("leaves") List<Leave> after,
            @ForAll Correction correction, @ForAll("offsets") int dayOffset) {
        Company corrected = new Company();
        Company untouched = new Company();
        before.forEach(corrected::request);
        before.forEach(untouched::request);

        corrected.addAndTakeBack(correction, dayOffset);
        after.forEach(corrected::request);
        after.forEach(untouched::request);

        assertThat(corrected.figures()).isEqualTo(untouched.figures());
    }

    @Provide
    Arbitrary<List<Leave>> leaves() {
        return Combinators.combine(offsets(), Arbitraries.integers().between(0, 9),
                Arbitraries.of(HalfDay.class)).as(Leave::new).list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<Integer> offsets() {
        return Arbitraries.integers().between(0, 600);
    }
}
