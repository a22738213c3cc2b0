package org.leavetracker.domain.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.error.Forbidden;
import org.leavetracker.domain.error.NotFound;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.write.Caller;

/** previewAllowances: what a start or move date prorates, said before it is saved, by the balances' own rules. */
class AllowancePreviewTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private final DomainFixture app = new DomainFixture(d("2026-06-15"));
    private final Caller admin = app.newOrganization("Acme", "admin@acme.test");
    private final String berlin = app.location(admin, "Berlin", "DE");
    private final String pto = app.vacation(admin);

    AllowancePreviewTest() {
        app.upfrontPolicy(admin, berlin, pto, d("2020-01-01"), 25);
    }

    @Test
    void a_joiner_on_1_january_has_the_whole_year_and_one_in_july_a_prorated_part() {
        assertThat(app.queries.previewAllowances(admin, null, berlin, d("2026-01-01")))
                .extracting(Balance::leaveTypeId, b -> b.allowance().toString()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(pto, "25"));
        assertThat(app.queries.previewAllowances(admin, null, berlin, d("2026-07-01")).getFirst().allowance())
                .as("25 × 184/365 = 12.6 → 12.5").hasToString("12.5");
    }

    @Test
    void a_move_of_someone_without_a_location_is_counted_as_their_start_and_nothing_is_written() {
        Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);
        int events = app.store.eventCount();
        assertThat(app.queries.previewAllowances(admin, ann.userId(), berlin, d("2026-06-15")).getFirst().allowance())
                .as("from today, the founder's trap of issue 30: 25 × 200/365 = 13.7 → 13.5").hasToString("13.5");
        assertThat(app.store.eventCount()).as("a preview writes nothing").isEqualTo(events);
        assertThat(app.queries.balances(admin, ann.userId(), 2026, null).getFirst().allowance())
                .as("and changes nothing").hasToString("0");
    }

    @Test
    void only_an_admin_previews_and_only_a_location_of_the_organization() {
        Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);
        assertThatThrownBy(() -> app.queries.previewAllowances(ann, null, berlin, d("2026-07-01")))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> app.queries.previewAllowances(admin, null, "elsewhere", d("2026-07-01")))
                .isInstanceOf(NotFound.class);
    }

    /** The preview is the balance the person then has: the same calculator, whatever the date. */
    @Property(tries = 40)
    void the_preview_is_the_allowance_the_move_then_gives(@ForAll @IntRange(min = 0, max = 364) int dayOfYear) {
        DomainFixture fresh = new DomainFixture(d("2026-06-15"));
        Caller boss = fresh.newOrganization("Acme", "admin@acme.test");
        String office = fresh.location(boss, "Berlin", "DE");
        String type = fresh.vacation(boss);
        fresh.upfrontPolicy(boss, office, type, d("2020-01-01"), 25);
        Caller bo = fresh.addUser(boss, "bo@acme.test", Role.MEMBER);
        LocalDate start = d("2026-01-01").plusDays(dayOfYear);
        Balance preview = fresh.queries.previewAllowances(boss, bo.userId(), office, start).getFirst();
        fresh.administration.moveUserToLocation(boss, bo.userId(), office, start);
        assertThat(fresh.queries.balances(boss, bo.userId(), 2026, d("2026-12-31")).getFirst().allowance())
                .isEqualTo(preview.allowance());
    }
}
