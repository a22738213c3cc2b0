package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leavetracker.it.Api.eventually;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SPEC §3.10 erasePersonalData end to end, on a runtime of its own so that its whole data directory can be searched
 * afterwards: once a leaver is erased, no byte the runtime stored holds their name, e-mail, reasons or the notes
 * written about them, and every other figure equals a twin organization in which they never existed.
 */
class PersonalDataErasureIT extends AgainstTarget {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String SUFFIX = Long.toString(System.nanoTime(), 36);
    private static final String NAME = "Zebulon Quistgaard " + SUFFIX;
    private static final String EMAIL = "zq." + SUFFIX + "@erasure.test";
    private static final String REASON = "Kidney dialysis " + SUFFIX;
    private static final String PAST_REASON = "Custody hearing " + SUFFIX;
    private static final String NOTE = "Hope the dialysis goes well " + SUFFIX;
    private static final String ADJUSTMENT = "Compensation for the night shift " + SUFFIX;
    private static Path dataDir;
    private static boolean closed;

    @BeforeAll
    static void start() throws Exception {
        dataDir = Files.createTempDirectory("leave-tracker-erasure-it");
        target = Target.local(dataDir);
        api = new Api(target);
    }

    @AfterAll
    static void stop() throws Exception {
        if (!closed) {
            target.close();
        }
    }

    @Test
    void an_erased_leaver_leaves_no_readable_trace_and_every_other_figure_stays_as_if_they_had_been_a_stranger()
            throws Exception {
        Team twin = team("Twin GmbH", "twin.test", "Vacation", true, true, 25);
        Team team = team("Erasure GmbH", "erasure.test", "Vacation", true, true, 25);
        colleagueTakesLeave(twin);
        colleagueTakesLeave(team);

        String leaverId = addUser(team.admin(), EMAIL, NAME, "MEMBER");
        moveTo(team.admin(), leaverId, team.office());
        assignApprover(team.admin(), leaverId, team.approverId());
        Api.Person leaver = api.signIn(EMAIL);
        String requestId = leaver.id("""
                mutation($t: ID!, $r: String!) { requestLeave(leaveTypeId: $t, startDate: "2026-05-11",
                  endDate: "2026-05-13", reason: $r) { id } }""", vars("t", team.leaveType(), "r", REASON));
        team.approver().ok("mutation($r: ID!, $n: String) { approveLeave(requestId: $r, note: $n) { status } }",
                vars("r", requestId, "n", NOTE));
        team.admin().ok("""
                mutation($u: ID!, $t: ID!, $r: String!) { addPastLeave(userId: $u, leaveTypeId: $t,
                  startDate: "2026-03-02", endDate: "2026-03-02", reason: $r) { id } }""",
                vars("u", leaverId, "t", team.leaveType(), "r", PAST_REASON));
        team.admin().ok("""
                mutation($u: ID!, $t: ID!, $n: String!) { adjustBalance(userId: $u, leaveTypeId: $t, year: 2026,
                  days: 1.5, note: $n) { remaining } }""", vars("u", leaverId, "t", team.leaveType(), "n", ADJUSTMENT));

        byte[] sickNote = ("%PDF-1.4 Sick note for " + NAME).getBytes(StandardCharsets.UTF_8);
        Map<String, Object> upload = leaver.ok("""
                mutation($n: Int!) { createUploadUrl(kind: ATTACHMENT, contentType: "application/pdf",
                  contentLength: $n) { uploadUrl } }""", vars("n", sickNote.length));
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create((String) upload.get("uploadUrl")))
                .header("Content-Type", "application/pdf").PUT(HttpRequest.BodyPublishers.ofByteArray(sickNote))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

        Map<String, Object> export = leaver.ok("mutation { exportPersonalData { url } }");
        String exported = download((String) export.get("url")).body();
        assertThat(exported).as("before erasure the export holds the person's data")
                .contains(NAME, EMAIL, REASON, PAST_REASON, NOTE, ADJUSTMENT);

        team.admin().ok("mutation($u: ID!) { endEmployment(userId: $u, lastDay: \"2026-06-01\") { id } }",
                vars("u", leaverId));
        List<Map<String, Object>> leaversBalances = eventually(() -> balances(team.admin(), leaverId),
                b -> !b.isEmpty() && b.get(0).get("used").equals(4.0));

        Map<String, Object> erased = team.admin().ok("""
                mutation($u: ID!) { erasePersonalData(userId: $u) { id name email erased } }""", vars("u", leaverId));
        assertThat(erased).containsEntry("id", leaverId).containsEntry("name", "Erased person")
                .containsEntry("email", "erased-" + leaverId + "@erased.invalid").containsEntry("erased", true);
        assertThat(download((String) export.get("url")).statusCode()).as("the earlier export is deleted")
                .isNotEqualTo(200);

        Map<String, Object> shown = eventually(() -> user(team.admin(), leaverId), u -> Boolean.TRUE.equals(u.get("erased")));
        assertThat(shown).containsEntry("name", "Erased person").containsEntry("erased", true);
        assertThat(balances(team.admin(), leaverId)).as("their own figures stay").isEqualTo(leaversBalances);
        List<Map<String, Object>> requests = team.admin().ok("""
                query($u: ID!) { leaveRequests(userId: $u) { startDate endDate status reason decisionNote } }""",
                vars("u", leaverId));
        assertThat(requests).hasSize(2).allSatisfy(r -> assertThat(r.get("reason")).isNull())
                .extracting(r -> r.get("status")).containsOnly("APPROVED");
        List<Map<String, Object>> trail = team.admin().ok("""
                query($u: ID!) { history(aggregateId: $u) { actorId entry { kind } } }""", vars("u", leaverId));
        assertThat(trail).filteredOn(e -> ((Map<?, ?>) e.get("entry")).get("kind").equals("PERSONAL_DATA_ERASED"))
                .extracting(e -> e.get("actorId")).containsExactly(me(team.admin()));
        assertThat(trail.toString()).doesNotContain(NAME, EMAIL, REASON, NOTE);
        Map<String, Object> after = team.admin().ok("mutation($u: ID!) { exportPersonalData(userId: $u) { url } }",
                vars("u", leaverId));
        assertThat(download((String) after.get("url")).body()).as("an export after erasure reads nothing personal")
                .contains("Erased person").doesNotContain(NAME, EMAIL, REASON, PAST_REASON, NOTE, ADJUSTMENT);

        List<Map<String, Object>> calendar = calendar(team.admin());
        assertThat(calendar).filteredOn(e -> e.get("userId").equals(leaverId)).as("past team calendars keep the days")
                .hasSize(2).extracting(e -> e.get("userName")).containsOnly("Erased person");
        assertThat(withoutIds(calendar.stream().filter(e -> !e.get("userId").equals(leaverId)).toList()))
                .isEqualTo(withoutIds(calendar(twin.admin())));
        assertThat(withoutIds(balances(team.admin(), team.memberId())))
                .isEqualTo(withoutIds(balances(twin.admin(), twin.memberId())));
        assertThat(withoutIds(balances(team.admin(), team.approverId())))
                .isEqualTo(withoutIds(balances(twin.admin(), twin.approverId())));

        target.close();
        closed = true;
        List<String> found = search(dataDir, NAME, NAME.toLowerCase(Locale.ROOT), "Quistgaard", EMAIL, REASON,
                PAST_REASON, NOTE, ADJUSTMENT);
        assertThat(found).as("bytes in %s naming the erased person", dataDir).isEmpty();
        assertThat(search(dataDir, "Erasure GmbH")).as("the search reads the stored files: what is not personal is "
                + "there in clear").anyMatch(hit -> hit.startsWith("dynamodb"));
    }

    private static void colleagueTakesLeave(Team team) {
        String id = team.member().id("""
                mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: "2026-05-12", endDate: "2026-05-15",
                  reason: "Family") { id } }""", vars("t", team.leaveType()));
        team.approver().ok("mutation($r: ID!) { approveLeave(requestId: $r) { status } }", vars("r", id));
        eventually(() -> calendar(team.admin()), c -> c.size() == 1);
    }

    private static List<Map<String, Object>> balances(Api.Person admin, String userId) {
        return admin.ok("""
                query($u: ID!) { balances(userId: $u, year: 2026) { leaveTypeId allowance accrued adjustments used
                  pending remaining available carriedOver expired } }""", vars("u", userId));
    }

    private static List<Map<String, Object>> calendar(Api.Person admin) {
        return admin.ok("""
                { teamCalendar(from: "2026-01-01", to: "2026-12-31") { userId userName leaveTypeId startDate endDate
                  halfDay status months { month amount } } }""");
    }

    private static Map<String, Object> user(Api.Person admin, String userId) {
        List<Map<String, Object>> users = admin.ok("{ users { id name email erased } }");
        return users.stream().filter(u -> u.get("id").equals(userId)).findFirst().orElseThrow();
    }

    private static String me(Api.Person person) {
        return (String) person.<Map<String, Object>>ok("{ me { id } }").get("id");
    }

    /** The figures without the ids that differ between two organizations. */
    private static List<Map<String, Object>> withoutIds(List<Map<String, Object>> rows) {
        return rows.stream().map(row -> {
            Map<String, Object> copy = new java.util.TreeMap<>(row);
            copy.keySet().removeIf(key -> key.endsWith("Id"));
            return (Map<String, Object>) copy;
        }).toList();
    }

    private static HttpResponse<String> download(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Each file of the directory that holds one of the strings in UTF-8, with the string found. */
    private static List<String> search(Path dir, String... needles) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                // ISO-8859-1 maps each byte to one char, so a search of the text is a search of the bytes
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String needle : needles) {
                    String needleBytes = new String(needle.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
                    if (bytes.contains(needleBytes)) {
                        found.add(dir.relativize(file) + ": " + needle);
                    }
                }
            }
        }
        return found;
    }
}
