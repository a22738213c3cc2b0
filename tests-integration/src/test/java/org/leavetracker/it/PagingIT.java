package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** SPEC §4 "Paging" through the public endpoint: every item once across pages, tokens bound and tamper-proof. */
class PagingIT extends AgainstTarget {

    private static final String USERS_PAGE = """
            query($n: String) { usersPage(limit: 7, nextToken: $n) { items { id name } nextToken } }""";

    @Test
    void the_directory_in_pages_shows_everyone_once_by_name_while_people_are_added() {
        String suffix = Long.toString(System.nanoTime(), 36);
        Api.Person admin = newCompany("Pages " + suffix, "pages.test");
        Set<String> before = new HashSet<>(List.of(admin.<Map<String, Object>>ok("{ me { id } }").get("id").toString()));
        for (int i = 0; i < 24; i++) {
            before.add(addUser(admin, "p" + i + "." + suffix + "@pages.test", "Person " + (char) ('A' + (i * 7) % 24),
                    "MEMBER"));
        }
        List<String> seen = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            Map<String, Object> page = admin.ok(USERS_PAGE, vars("n", token));
            for (Map<String, Object> user : items(page)) {
                seen.add(user.get("id").toString());
                names.add(user.get("name").toString().toLowerCase());
            }
            token = (String) page.get("nextToken");
            // writes happen while paging: people are added between pages
            addUser(admin, "late" + pages + "." + suffix + "@pages.test", "Late " + pages, "MEMBER");
            pages++;
        } while (token != null);
        assertThat(seen).as("no one twice").doesNotHaveDuplicates();
        assertThat(seen).as("everyone who was there throughout").containsAll(before);
        assertThat(names).as("by name").isSorted();
        assertThat(pages).isGreaterThanOrEqualTo(4);
    }

    @Test
    void a_forged_altered_foreign_or_misplaced_token_is_refused() {
        Team team = team("Tokens", "tokens.test", "Vacation", true, true, 20);
        Api.Person other = newCompany("Other tokens", "other-tokens.test");
        for (int i = 0; i < 3; i++) {
            addUser(team.admin(), "t" + i + "." + System.nanoTime() + "@tokens.test", "T" + i, "MEMBER");
        }
        String token = (String) team.admin().<Map<String, Object>>ok("""
                { usersPage(limit: 2) { nextToken } }""").get("nextToken");
        assertThat(token).isNotNull();
        assertThat(team.admin().<Map<String, Object>>ok(USERS_PAGE, vars("n", token))).containsKey("items");

        assertThat(other.refused(USERS_PAGE, vars("n", token))).as("another organization's token").isEqualTo("VALIDATION_ERROR");
        assertThat(team.admin().refused(USERS_PAGE, vars("n", "not-a-token"))).isEqualTo("VALIDATION_ERROR");
        char[] altered = token.toCharArray();
        altered[3] = altered[3] == 'A' ? 'B' : 'A';
        assertThat(team.admin().refused(USERS_PAGE, vars("n", new String(altered)))).isEqualTo("VALIDATION_ERROR");
        assertThat(team.admin().refused("""
                query($n: String) { pendingApprovalsPage(nextToken: $n) { nextToken } }""", vars("n", token)))
                .as("a token of another list").isEqualTo("VALIDATION_ERROR");
        assertThat(team.admin().refused("{ usersPage(limit: 0) { nextToken } }", Map.of())).isEqualTo("VALIDATION_ERROR");
        assertThat(team.admin().refused("{ usersPage(limit: 1001) { nextToken } }", Map.of())).isEqualTo("VALIDATION_ERROR");
    }

    @Test
    void requests_calendar_and_history_in_pages_hold_every_item_once() {
        Team team = team("Request pages", "request-pages.test", "Vacation", true, true, 30);
        List<String> made = new ArrayList<>();
        for (int week = 0; week < 5; week++) {
            String day = java.time.LocalDate.parse("2026-07-06").plusWeeks(week).toString();
            made.add(team.member().id("""
                    mutation($t: ID!, $d: AWSDate!) { requestLeave(leaveTypeId: $t, startDate: $d, endDate: $d) { id } }""",
                    vars("t", team.leaveType(), "d", day)));
        }
        // paging is checked on a read side that has everything (the bound of read-your-own-writes is ReadYourWritesIT's)
        Api.eventually(() -> team.approver().<List<Map<String, Object>>>ok("{ pendingApprovals { id } }"),
                list -> list.size() == made.size());
        assertThat(all(team.member(), """
                query($n: String) { leaveRequestsPage(limit: 2, nextToken: $n) { items { id } nextToken } }""",
                "leaveRequestsPage", "id")).containsExactlyElementsOf(made);
        assertThat(all(team.approver(), """
                query($n: String) { pendingApprovalsPage(limit: 2, nextToken: $n) { items { id } nextToken } }""",
                "pendingApprovalsPage", "id")).containsExactlyElementsOf(made);
        assertThat(all(team.member(), """
                query($n: String) { teamCalendarPage(from: "2026-07-01", to: "2026-08-31", limit: 2, nextToken: $n) {
                  items { requestId } nextToken } }""", "teamCalendarPage", "requestId")).containsExactlyElementsOf(made);
        List<String> versions = all(team.admin(), """
                query($n: String) { historyPage(aggregateId: "%s", limit: 3, nextToken: $n) { items { version } nextToken } }"""
                .formatted(team.memberId()), "historyPage", "version");
        assertThat(versions).doesNotHaveDuplicates().hasSize(((List<?>) team.admin().ok("""
                { history(aggregateId: "%s") { version } }""".formatted(team.memberId()))).size());
    }

    private static List<String> all(Api.Person person, String query, String field, String key) {
        List<String> values = new ArrayList<>();
        String token = null;
        do {
            Map<String, Object> answer = person.ok(query, vars("n", token));
            items(answer).forEach(item -> values.add(String.valueOf(item.get(key))));
            token = (String) answer.get("nextToken");
        } while (token != null);
        return values;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }
}
