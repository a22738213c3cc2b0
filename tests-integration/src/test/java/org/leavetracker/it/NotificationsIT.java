package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leavetracker.it.Api.eventually;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Notifications reach the right people, driven by the bus after the fact: read from the local runtime's mail
 * outbox ({@code GET /dev/outbox?to=}), where the cloud would have sent them through SES.
 */
class NotificationsIT extends AgainstTarget {

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> mailTo(String email, int atLeast) {
        return eventually(() -> (List<Map<String, Object>>) api.get(target.baseUrl + "/dev/outbox?to="
                + URLEncoder.encode(email, StandardCharsets.UTF_8)).get("messages"), m -> m.size() >= atLeast);
    }

    /**
     * Acme with its admin Ada, a Berlin office and a Training type that needs approval; a member in Berlin whose
     * approver is the other person named.
     */
    private record Office(String adaMail, Api.Person ada, String training, String approverMail, Api.Person approver,
                          String memberMail, Api.Person member) {

        static Office with(String approverName, String memberName) {
            String suffix = Long.toString(System.nanoTime(), 36);
            String adaMail = "ada." + suffix + "@acme.test";
            String approverMail = approverName.toLowerCase(java.util.Locale.ROOT) + "." + suffix + "@acme.test";
            String memberMail = memberName.toLowerCase(java.util.Locale.ROOT) + "." + suffix + "@acme.test";
            Api.Person ada = api.signIn(adaMail);
            ada.ok("mutation { createOrganization(name: \"Acme\") { id } }");
            String berlin = germanOffice(ada);
            String training = leaveType(ada, "Training", false, true);
            String approverId = addUser(ada, approverMail, approverName, "APPROVER");
            String memberId = addUser(ada, memberMail, memberName, "MEMBER");
            moveTo(ada, memberId, berlin);
            assignApprover(ada, memberId, approverId);
            return new Office(adaMail, ada, training, approverMail, api.signIn(approverMail), memberMail,
                    api.signIn(memberMail));
        }
    }

    @Test
    void approvers_hear_of_requests_and_requesters_of_decisions_and_cancellations() {
        Office acme = Office.with("Bob", "Cleo");
        String adaMail = acme.adaMail();
        Api.Person ada = acme.ada();
        String training = acme.training();
        String bobMail = acme.approverMail();
        Api.Person bob = acme.approver();
        String cleoMail = acme.memberMail();
        Api.Person cleo = acme.member();
        String request = """
                mutation($t: ID!, $from: AWSDate!, $to: AWSDate!) {
                  requestLeave(leaveTypeId: $t, startDate: $from, endDate: $to, reason: "AWS summit") { id } }""";

        String first = cleo.id(request, Map.of("t", training, "from", "2026-07-06", "to", "2026-07-07"));
        assertThat(mailTo(bobMail, 1)).singleElement().satisfies(m -> {
            assertThat(m.get("subject")).isEqualTo("Leave request from Cleo: Training 6 Jul 2026 to 7 Jul 2026");
            assertThat((String) m.get("body")).contains("Reason: AWS summit");
        });

        bob.ok("mutation($r: ID!) { approveLeave(requestId: $r, note: \"Learn a lot\") { id } }", Map.of("r", first));
        List<Map<String, Object>> toCleo = mailTo(cleoMail, 1);
        assertThat(toCleo).extracting(m -> m.get("subject"))
                .containsExactly("Approved: Training 6 Jul 2026 to 7 Jul 2026");
        assertThat((String) toCleo.getFirst().get("body")).contains("approved by Bob").contains("Note: Learn a lot");

        String second = cleo.id(request, Map.of("t", training, "from", "2026-08-03", "to", "2026-08-03"));
        mailTo(bobMail, 2);
        cleo.ok("mutation($r: ID!) { cancelLeave(requestId: $r) { id } }", Map.of("r", second));
        assertThat(mailTo(bobMail, 3)).extracting(m -> m.get("subject")).containsExactly(
                "Leave request from Cleo: Training 6 Jul 2026 to 7 Jul 2026",
                "Leave request from Cleo: Training 3 Aug 2026",
                "Cancelled by Cleo: Training 3 Aug 2026");

        ada.ok("mutation($r: ID!) { cancelLeave(requestId: $r) { id } }", Map.of("r", first));
        assertThat(mailTo(cleoMail, 2)).extracting(m -> m.get("subject")).containsExactly(
                "Approved: Training 6 Jul 2026 to 7 Jul 2026", "Cancelled: Training 6 Jul 2026 to 7 Jul 2026");
        assertThat(mailTo(adaMail, 0)).as("the admin was neither asked nor told").isEmpty();
    }

    @Test
    void a_german_requester_and_a_french_approver_each_read_their_own_language() {
        Office acme = Office.with("Jean", "Greta");
        String training = acme.training();
        String jeanMail = acme.approverMail();
        Api.Person jean = acme.approver();
        String gretaMail = acme.memberMail();
        Api.Person greta = acme.member();
        assertThat(greta.<Map<String, Object>>ok("mutation { updateMyPreferences(language: \"de-DE\") { language } }"))
                .containsEntry("language", "de");
        jean.ok("mutation { updateMyPreferences(language: \"fr\") { id } }");
        assertThat(jean.<Map<String, Object>>ok("{ me { language } }")).containsEntry("language", "fr");

        String request = greta.id("""
                mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: "2026-07-06", endDate: "2026-07-07",
                  reason: "Konferenz") { id } }""", Map.of("t", training));
        assertThat(mailTo(jeanMail, 1)).singleElement().satisfies(m -> {
            assertThat(m.get("subject")).isEqualTo("Demande de congé de Greta : Training du 6 juil. 2026 au 7 juil. 2026");
            assertThat((String) m.get("body")).contains("Motif : Konferenz");
        });
        jean.ok("mutation($r: ID!) { approveLeave(requestId: $r) { id } }", Map.of("r", request));
        assertThat(mailTo(gretaMail, 1)).singleElement().satisfies(m -> {
            assertThat(m.get("subject")).isEqualTo("Genehmigt: Training vom 06.07.2026 bis 07.07.2026");
            assertThat(m.get("body")).isEqualTo("Ihr Antrag auf Training vom 06.07.2026 bis 07.07.2026 wurde von Jean "
                    + "genehmigt.");
        });
        String polish = "mutation { updateMyPreferences(language: \"pl\") { id } }";
        assertThat(greta.refused(polish, Map.of())).isEqualTo("VALIDATION_ERROR");
        assertThat(greta.refusalDetails(polish, Map.of())).containsEntry("field", "language");
        assertThat(greta.<Map<String, Object>>ok("{ me { language } }")).as("unchanged").containsEntry("language", "de");
    }
}
