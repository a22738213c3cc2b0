package org.leavetracker.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.ApprovalLevel;
import org.leavetracker.domain.model.ApprovalStep;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeavePolicy;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.LeaveType;
import org.leavetracker.domain.model.LeaveUnit;
import org.leavetracker.domain.model.Location;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.model.WorkingWeek;
import org.leavetracker.domain.port.ReadModel;
import org.leavetracker.domain.port.ReadModelUpdates;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.read.OrganizationView;
import org.leavetracker.domain.read.model.CalendarEntry;
import org.leavetracker.domain.read.model.ExpiringBalance;
import org.leavetracker.domain.read.model.Page;
import org.leavetracker.domain.read.model.UserRecord;

/**
 * What every read model must do, run against the in-memory fake and DynamoDB Local alike, so that the fake the
 * domain tests use cannot drift from the real adapter: lookups, filters, paging, and the version rule (an older
 * write never replaces a newer item; the same version is rewritten).
 */
public abstract class ReadModelContract {

    protected abstract ReadModel reads();

    protected abstract ReadModelUpdates writes();

    private final String org = "org-" + UUID.randomUUID();

    private UserRecord user(String id, String name, long version) {
        return new UserRecord(id, org, name, id + "@acme.test", Role.MEMBER, List.of("boss"),
                new TreeMap<>(java.util.Map.of(LocalDate.parse("2026-01-01"), "berlin")), new TreeMap<>(), version,
                List.of(), null, null, null, null, "de", List.of(UserRecord.NO_CALENDAR_EVENTS));
    }

    private LeaveRequestView request(String userId, String id, String day, LeaveStatus status) {
        return new LeaveRequestView(userId + "." + id, org, userId, "pto", LocalDate.parse(day), LocalDate.parse(day),
                HalfDay.NONE, Days.ONE, status, "reason", Instant.parse("2026-06-01T00:00:00Z"), null);
    }

    private CalendarEntry entry(LeaveRequestView r) {
        return new CalendarEntry(r.id(), r.userId(), "Ann", r.leaveTypeId(), r.startDate(), r.endDate(), r.halfDay(),
                r.status(), "berlin");
    }

    private void putPerson(UserRecord user, List<Balance> balances, long version) {
        writes().putPeople(List.of(new ReadModelUpdates.PersonItems(user, List.of(), balances, version)));
    }

    /** Requests of one person, written with that person's user item as every projection does. */
    private void putRequests(List<ReadModelUpdates.RequestItems> requests, long version) {
        String userId = requests.getFirst().request().userId();
        writes().putPeople(List.of(new ReadModelUpdates.PersonItems(user(userId, userId, version), requests, List.of(),
                version)));
    }

    @Test
    void several_peoples_items_land_together_and_a_newer_stored_state_of_one_keeps_only_theirs() {
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            people.add("m" + i + "-" + org);
        }
        // 30 people with 3 requests each: over 300 items, several transactions
        java.util.function.BiFunction<LeaveStatus, Long, List<ReadModelUpdates.PersonItems>> everyone =
                (status, version) -> people.stream().map(id -> new ReadModelUpdates.PersonItems(user(id, id, version),
                        List.of("2026-07-06", "2026-08-03", "2026-09-07").stream().map(day -> {
                            LeaveRequestView r = request(id, "r" + day, day, status);
                            return new ReadModelUpdates.RequestItems(r, entry(r), List.of("boss-" + org));
                        }).toList(), List.of(balance(id, 2026)), version)).toList();
        writes().putPeople(everyone.apply(LeaveStatus.PENDING, 1L));
        assertThat(reads().pendingIn(org)).hasSize(90);
        assertThat(reads().usersOf(org)).hasSize(30);

        String first = people.getFirst();
        writes().putPeople(List.of(everyone.apply(LeaveStatus.CANCELLED, 3L).getFirst()));
        writes().putPeople(everyone.apply(LeaveStatus.APPROVED, 2L));

        assertThat(reads().requestsOf(first, null, null, null)).extracting(LeaveRequestView::status)
                .containsOnly(LeaveStatus.CANCELLED);
        assertThat(reads().requestsOf(people.getLast(), null, null, null)).extracting(LeaveRequestView::status)
                .containsOnly(LeaveStatus.APPROVED);
        assertThat(reads().pendingIn(org)).isEmpty();
        assertThat(reads().calendar(org, LocalDate.parse("2026-07-01"), LocalDate.parse("2026-09-30")))
                .hasSize(87);
        assertThat(reads().user(first).orElseThrow().version()).isEqualTo(3);
        assertThat(reads().user(people.getLast()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void people_are_found_by_id_e_mail_and_organization_and_paged_by_name() {
        String ann = "ann-" + org;
        putPerson(user(ann, "Ann", 1), List.of(), ReadModelUpdates.versionOf(1, 1));
        List<String> names = new ArrayList<>(List.of("Ann"));
        for (int i = 0; i < 7; i++) {
            putPerson(user("p" + i + "-" + org, "Person " + (7 - i), 1), List.of(), ReadModelUpdates.versionOf(1, 1));
            names.add("Person " + (7 - i));
        }
        assertThat(reads().user(ann)).hasValueSatisfying(u -> {
            assertThat(u.name()).isEqualTo("Ann");
            assertThat(u.language()).as("the language the person chose").isEqualTo("de");
            assertThat(u.calendarOptOuts()).as("what the person opted out of").containsExactly(UserRecord.NO_CALENDAR_EVENTS);
        });
        assertThat(reads().userByEmail(ann + "@acme.test")).isPresent();
        assertThat(reads().usersOf(org)).hasSize(8);

        List<String> paged = new ArrayList<>();
        String after = null;
        do {
            Page<UserRecord> page = reads().usersOf(org, 3, after);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(3);
            page.items().forEach(u -> paged.add(u.name()));
            after = page.after();
        } while (after != null);
        assertThat(paged).containsExactlyElementsOf(names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList());
    }

    @Test
    void an_older_write_never_replaces_a_newer_item_and_the_same_version_is_rewritten() {
        String ann = "ann-" + org;
        putPerson(user(ann, "Ann v2", 2), List.of(), ReadModelUpdates.versionOf(2, 1));
        putPerson(user(ann, "Ann v1", 1), List.of(), ReadModelUpdates.versionOf(1, 1));
        assertThat(reads().user(ann).orElseThrow().name()).isEqualTo("Ann v2");
        putPerson(user(ann, "Ann v2 again", 2), List.of(), ReadModelUpdates.versionOf(2, 1));
        assertThat(reads().user(ann).orElseThrow().name()).isEqualTo("Ann v2 again");
        assertThat(reads().projectedVersion(ann)).isEqualTo(2);
        assertThat(reads().projectedVersion("nobody-" + org)).isZero();
    }

    @Test
    void requests_are_filtered_queued_and_on_the_calendar_while_active() {
        String ann = "ann-" + org;
        LeaveRequestView july = request(ann, "r1", "2026-07-06", LeaveStatus.PENDING);
        LeaveRequestView august = request(ann, "r2", "2026-08-03", LeaveStatus.APPROVED);
        LeaveRequestView cancelled = request(ann, "r3", "2026-07-08", LeaveStatus.CANCELLED);
        for (LeaveRequestView r : List.of(july, august, cancelled)) {
            putRequests(List.of(new ReadModelUpdates.RequestItems(r, entry(r), List.of("boss-" + org))), 1);
        }
        assertThat(reads().requestsOf(ann, null, null, null)).extracting(LeaveRequestView::id)
                .containsExactly(july.id(), cancelled.id(), august.id());
        assertThat(reads().requestsOf(ann, LeaveStatus.APPROVED, null, null)).extracting(LeaveRequestView::id)
                .containsExactly(august.id());
        assertThat(reads().requestsOf(ann, null, LocalDate.parse("2026-07-07"), LocalDate.parse("2026-07-31")))
                .extracting(LeaveRequestView::id).containsExactly(cancelled.id());
        assertThat(reads().pendingFor("boss-" + org)).extracting(LeaveRequestView::id).containsExactly(july.id());
        assertThat(reads().pendingIn(org)).extracting(LeaveRequestView::id).containsExactly(july.id());
        assertThat(reads().calendar(org, LocalDate.parse("2026-07-01"), LocalDate.parse("2026-08-31")))
                .extracting(CalendarEntry::requestId).containsExactlyInAnyOrder(july.id(), august.id());

        LeaveRequestView decided = request(ann, "r1", "2026-07-06", LeaveStatus.APPROVED);
        putRequests(List.of(new ReadModelUpdates.RequestItems(decided, entry(decided), List.of("boss-" + org))), 2);
        assertThat(reads().pendingFor("boss-" + org)).as("a decided request leaves the queue").isEmpty();
        putRequests(List.of(new ReadModelUpdates.RequestItems(july, entry(july), List.of("boss-" + org))), 1);
        assertThat(reads().pendingIn(org)).as("a late write cannot bring it back").isEmpty();
        assertThat(reads().pendingIn(org, 10, null).items()).isEmpty();
        assertThat(reads().calendar(org, LocalDate.parse("2026-07-01"), LocalDate.parse("2026-08-31"), 10, null)
                .items()).extracting(CalendarEntry::requestId).containsExactly(july.id(), august.id());
    }

    /** A request decided at its levels by {@code deciders} (each approving), or waiting at level 1 when none. */
    private LeaveRequestView decided(String userId, String id, String day, LeaveStatus status, String... deciders) {
        List<ApprovalStep> steps = new ArrayList<>();
        for (int i = 0; i < deciders.length; i++) {
            steps.add(new ApprovalStep(i + 1, ApprovalLevel.Kind.APPROVERS, null, status == LeaveStatus.DENIED
                    && i == deciders.length - 1 ? ApprovalStep.Status.DENIED : ApprovalStep.Status.APPROVED,
                    deciders[i], null, Instant.parse("2026-06-02T00:00:00Z")));
        }
        if (deciders.length == 0) {
            steps.add(new ApprovalStep(1, ApprovalLevel.Kind.APPROVERS, null, ApprovalStep.Status.PENDING, null, null,
                    null));
        }
        LeaveRequestView r = request(userId, id, day, status);
        return new LeaveRequestView(r.id(), org, userId, "pto", r.startDate(), r.endDate(), HalfDay.NONE, Days.ONE,
                status, "reason", r.createdAt(), deciders.length == 0 ? null : deciders[deciders.length - 1], steps,
                null, null, null);
    }

    @Test
    void each_decider_lists_what_they_decided_latest_first_in_its_current_state() {
        String boss = "boss-" + org;
        String lead = "lead-" + org;
        LeaveRequestView waiting = decided("ann-" + org, "w", "2026-09-01", LeaveStatus.PENDING);
        LeaveRequestView july = decided("ann-" + org, "j", "2026-07-06", LeaveStatus.APPROVED, lead, boss);
        LeaveRequestView march = decided("bob-" + org, "m", "2026-03-02", LeaveStatus.DENIED, boss);
        LeaveRequestView may = decided("cat-" + org, "y", "2026-05-04", LeaveStatus.APPROVED, lead);
        putRequests(List.of(new ReadModelUpdates.RequestItems(waiting, entry(waiting), List.of(boss)),
                new ReadModelUpdates.RequestItems(july, entry(july), List.of(boss))), 1);
        putRequests(List.of(new ReadModelUpdates.RequestItems(march, entry(march), List.of(boss))), 1);
        putRequests(List.of(new ReadModelUpdates.RequestItems(may, entry(may), List.of(lead))), 1);

        assertThat(reads().decidedBy(boss, 10, null).items()).extracting(LeaveRequestView::id)
                .as("latest first; the pending one is no decision").containsExactly(july.id(), march.id());
        assertThat(reads().decidedBy(lead, 10, null).items()).extracting(LeaveRequestView::id)
                .as("each level's decider").containsExactly(july.id(), may.id());
        Page<LeaveRequestView> first = reads().decidedBy(boss, 1, null);
        assertThat(first.items()).extracting(LeaveRequestView::id).containsExactly(july.id());
        assertThat(reads().decidedBy(boss, 1, first.after()).items()).extracting(LeaveRequestView::id)
                .containsExactly(march.id());
        assertThat(reads().decidedBy(boss, 1, first.after()).after()).isNull();

        LeaveRequestView cancelled = new LeaveRequestView(july.id(), org, july.userId(), "pto", july.startDate(),
                july.endDate(), HalfDay.NONE, Days.ONE, LeaveStatus.CANCELLED, "reason", july.createdAt(), boss,
                july.approvals(), null, null, null);
        putRequests(List.of(new ReadModelUpdates.RequestItems(cancelled, entry(cancelled), List.of(boss))), 2);
        assertThat(reads().decidedBy(boss, 10, null).items()).extracting(LeaveRequestView::status)
                .as("a cancellation after the decision shows").containsExactly(LeaveStatus.CANCELLED, LeaveStatus.DENIED);
        assertThat(reads().decidedBy("nobody-" + org, 10, null).items()).isEmpty();
    }

    private ExpiringBalance expiringFor(String userId, String expiresOn, String days) {
        return new ExpiringBalance(org, userId, userId, "pto", 2026, LocalDate.parse(expiresOn),
                Days.ofDecimal(Double.parseDouble(days), "days"), "berlin", null, List.of("boss"));
    }

    @Test
    void carried_over_days_that_will_expire_are_listed_soonest_first_until_none_would() {
        String ann = "ann-" + org;
        String bob = "bob-" + org;
        String cat = "cat-" + org;
        writes().putPeople(List.of(
                new ReadModelUpdates.PersonItems(user(ann, "Ann", 1), List.of(), List.of(), 1,
                        List.of(expiringFor(ann, "2026-09-30", "5"))),
                new ReadModelUpdates.PersonItems(user(bob, "Bob", 1), List.of(), List.of(), 1,
                        List.of(expiringFor(bob, "2026-03-31", "2"))),
                new ReadModelUpdates.PersonItems(user(cat, "Cat", 1), List.of(), List.of(), 1,
                        List.of(expiringFor(cat, "2026-06-30", "0")))));
        assertThat(reads().expiring(org, LocalDate.parse("2026-01-01"), 10, null).items())
                .extracting(ExpiringBalance::userId).as("soonest first; nothing to expire is not listed")
                .containsExactly(bob, ann);
        assertThat(reads().expiring(org, LocalDate.parse("2026-06-15"), 10, null).items())
                .extracting(ExpiringBalance::userId).as("an expiry already past is no warning").containsExactly(ann);
        Page<ExpiringBalance> first = reads().expiring(org, LocalDate.parse("2026-01-01"), 1, null);
        assertThat(reads().expiring(org, LocalDate.parse("2026-01-01"), 1, first.after()).items())
                .extracting(ExpiringBalance::userId).containsExactly(ann);

        writes().putPeople(List.of(new ReadModelUpdates.PersonItems(user(ann, "Ann", 2), List.of(), List.of(), 2,
                List.of(expiringFor(ann, "2026-09-30", "0")))));
        writes().putPeople(List.of(new ReadModelUpdates.PersonItems(user(ann, "Ann", 1), List.of(), List.of(), 1,
                List.of(expiringFor(ann, "2026-09-30", "5")))));
        assertThat(reads().expiring(org, LocalDate.parse("2026-06-15"), 10, null).items())
                .as("taken in time, and a late write cannot list it again").isEmpty();
    }

    @Test
    void the_admin_queue_is_paged_by_start_date_and_holds_no_decided_request() {
        List<LeaveRequestView> pending = new ArrayList<>();
        java.util.Random random = new java.util.Random(16);
        for (int i = 0; i < 23; i++) {
            String day = LocalDate.parse("2026-07-01").plusDays(random.nextInt(10)).toString(); // dates repeat
            LeaveStatus status = i % 4 == 3 ? LeaveStatus.APPROVED : LeaveStatus.PENDING;
            LeaveRequestView r = request("p" + i % 5 + "-" + org, "q" + i, day, status);
            putRequests(List.of(new ReadModelUpdates.RequestItems(r, entry(r), List.of())), 1);
            if (status == LeaveStatus.PENDING) {
                pending.add(r);
            }
        }
        List<String> expected = pending.stream().map(r -> Page.byStartDate(r.startDate(), r.id())).sorted().toList();
        for (int limit : List.of(1, 4, 17, 100)) {
            List<String> paged = new ArrayList<>();
            int pages = 0;
            String after = null;
            do {
                Page<LeaveRequestView> page = reads().pendingIn(org, limit, after);
                assertThat(page.items()).hasSizeLessThanOrEqualTo(limit).isNotEmpty();
                page.items().forEach(r -> paged.add(Page.byStartDate(r.startDate(), r.id())));
                after = page.after();
                pages++;
            } while (after != null);
            assertThat(paged).as("limit " + limit).containsExactlyElementsOf(expected);
            assertThat(pages).as("no empty last page").isEqualTo((expected.size() + limit - 1) / limit);
        }
    }

    @Test
    void the_calendar_is_paged_by_start_date_listing_leave_across_months_once() {
        java.util.Random random = new java.util.Random(27);
        List<CalendarEntry> all = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            LocalDate start = LocalDate.parse("2026-05-20").plusDays(random.nextInt(150));
            LocalDate end = start.plusDays(random.nextInt(4) == 0 ? random.nextInt(70) : random.nextInt(3));
            LeaveStatus status = i % 7 == 6 ? LeaveStatus.CANCELLED : i % 2 == 0 ? LeaveStatus.PENDING
                    : LeaveStatus.APPROVED;
            LeaveRequestView r = new LeaveRequestView("p" + i % 6 + "-" + org + ".c" + i, org, "p" + i % 6 + "-" + org,
                    "pto", start, end, HalfDay.NONE, Days.ONE, status, null, Instant.parse("2026-05-01T00:00:00Z"),
                    null);
            putRequests(List.of(new ReadModelUpdates.RequestItems(r, entry(r), List.of())), 1);
            all.add(entry(r));
        }
        for (String[] window : List.of(new String[] {"2026-07-10", "2026-09-30"},
                new String[] {"2026-06-01", "2026-06-30"}, new String[] {"2026-05-01", "2026-12-31"},
                new String[] {"2026-08-15", "2026-08-15"})) {
            LocalDate from = LocalDate.parse(window[0]);
            LocalDate to = LocalDate.parse(window[1]);
            List<String> expected = all.stream().filter(e -> e.status().isActive())
                    .filter(e -> !e.endDate().isBefore(from) && !e.startDate().isAfter(to))
                    .map(e -> Page.byStartDate(e.startDate(), e.requestId())).sorted().toList();
            assertThat(reads().calendar(org, from, to)).hasSize(expected.size());
            for (int limit : List.of(1, 3, 10, 1000)) {
                List<String> paged = new ArrayList<>();
                String after = null;
                do {
                    Page<CalendarEntry> page = reads().calendar(org, from, to, limit, after);
                    assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
                    page.items().forEach(e -> paged.add(Page.byStartDate(e.startDate(), e.requestId())));
                    after = page.after();
                } while (after != null);
                assertThat(paged).as(from + ".." + to + " by " + limit).containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void whoever_named_someone_substitute_is_found_from_the_substitute_and_stays_found_when_it_ends() {
        String ann = "ann-" + org;
        String bob = "bob-" + org;
        UserRecord named = new UserRecord(ann, org, "Ann", ann + "@acme.test", Role.APPROVER, List.of(), new TreeMap<>(),
                new TreeMap<>(), 2, List.of(new org.leavetracker.domain.model.Substitution(bob,
                LocalDate.parse("2026-07-01"), LocalDate.parse("2026-07-14")),
                new org.leavetracker.domain.model.Substitution(bob, LocalDate.parse("2026-08-01"),
                        LocalDate.parse("2026-08-02"))), null, null, null, null, null, null);
        putPerson(named, List.of(), ReadModelUpdates.versionOf(2, 1));
        assertThat(reads().substitutedBy(bob)).containsExactly(ann);
        assertThat(reads().substitutedBy(ann)).isEmpty();

        UserRecord ended = new UserRecord(ann, org, "Ann", ann + "@acme.test", Role.APPROVER, List.of(), new TreeMap<>(),
                new TreeMap<>(), 3, List.of(), null, null, null, null, null, null);
        putPerson(ended, List.of(), ReadModelUpdates.versionOf(3, 1));
        assertThat(reads().substitutedBy(bob)).as("the user item says it covers no day now").containsExactly(ann);
        assertThat(reads().user(ann).orElseThrow().substitutions()).isEmpty();
    }

    @Test
    void settings_are_listed_and_a_removed_policy_is_not() {
        Location berlin = new Location("berlin-" + org, "Berlin", ZoneId.of("Europe/Berlin"), "DE",
                WorkingWeek.of(List.of(DayOfWeek.MONDAY)), new TreeMap<>());
        LeaveType pto = new LeaveType("pto", "PTO", true, true, true, LeaveUnit.DAYS);
        LeavePolicy kept = new LeavePolicy("p1", berlin.id(), "pto", LocalDate.parse("2020-01-01"), Days.of(20),
                Accrual.UPFRONT, null, null, Days.ZERO);
        LeavePolicy removed = new LeavePolicy("p2", berlin.id(), "pto", LocalDate.parse("2026-04-01"), Days.of(30),
                Accrual.UPFRONT, null, null, Days.ZERO);
        OrganizationView acme = new OrganizationView(org, "Acme", Instant.parse("2026-01-01T00:00:00Z"), "fr");
        writes().putOrganization(acme, List.of(berlin), List.of(pto), List.of(kept, removed), List.of(), 3);
        writes().putOrganization(acme, List.of(berlin), List.of(pto), List.of(kept), List.of(removed), 4);
        assertThat(reads().organization(org)).hasValueSatisfying(o -> {
            assertThat(o.name()).isEqualTo("Acme");
            assertThat(o.defaultLanguage()).isEqualTo("fr");
        });
        assertThat(reads().locations(org)).containsExactly(berlin);
        assertThat(reads().leaveTypes(org)).containsExactly(pto);
        assertThat(reads().policies(org, null)).containsExactly(kept);
        assertThat(reads().policies(org, berlin.id())).containsExactly(kept);
        assertThat(reads().projectedVersion(org)).isEqualTo(4);
    }

    @Test
    void balances_are_kept_per_person_and_year() {
        String ann = "ann-" + org;
        Balance b2026 = balance(ann, 2026);
        putPerson(user(ann, "Ann", 1), List.of(balance(ann, 2025), b2026), 1);
        assertThat(reads().balances(ann, 2026)).containsExactly(b2026);
    }

    @Test
    void a_persons_requests_written_together_are_each_listed_queued_and_on_the_calendar_and_a_late_write_loses() {
        String ann = "ann-" + org;
        List<LeaveRequestView> pending = new ArrayList<>();
        for (int i = 0; i < 40; i++) { // more items than one DynamoDB transaction holds
            pending.add(request(ann, "b" + i, LocalDate.parse("2026-01-05").plusWeeks(i).toString(), LeaveStatus.PENDING));
        }
        putRequests(pending.stream().map(r -> new ReadModelUpdates.RequestItems(r, entry(r),
                List.of("boss-" + org, "lead-" + org))).toList(), 2);
        assertThat(reads().requestsOf(ann, null, null, null)).hasSize(40);
        assertThat(reads().pendingFor("lead-" + org)).hasSize(40);
        assertThat(reads().calendar(org, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"))).hasSize(40);

        LeaveRequestView first = pending.getFirst();
        LeaveRequestView approved = request(ann, first.id(), first.startDate().toString(), LeaveStatus.APPROVED);
        putRequests(List.of(new ReadModelUpdates.RequestItems(approved, entry(approved), List.of())), 1);
        assertThat(reads().pendingIn(org)).as("written from an older state: nothing changes").hasSize(40);
    }

    @Test
    void a_persons_balances_and_user_item_land_together_and_an_older_state_changes_neither() {
        String ann = "ann-" + org;
        Balance newer = balance(ann, 2026, 18);
        putPerson(user(ann, "Ann v2", 2), List.of(balance(ann, 2025, 20), newer),
                ReadModelUpdates.versionOf(2, 1));
        putPerson(user(ann, "Ann v1", 1), List.of(balance(ann, 2026, 20)), ReadModelUpdates.versionOf(1, 1));

        assertThat(reads().balances(ann, 2026)).containsExactly(newer);
        assertThat(reads().balances(ann, 2025)).hasSize(1);
        assertThat(reads().user(ann).orElseThrow().name()).isEqualTo("Ann v2");
        assertThat(reads().projectedVersion(ann)).isEqualTo(2);
    }

    private Balance balance(String userId, int year) {
        return balance(userId, year, 20);
    }

    private Balance balance(String userId, int year, int days) {
        Days d = Days.of(days);
        return new Balance(org, userId, "pto", year, LocalDate.of(year, 12, 31), Days.ZERO, null, Days.ZERO, d, d,
                Days.ZERO, Days.ZERO, Days.ZERO, Days.ZERO, d, d, LeaveUnit.DAYS);
    }
}
