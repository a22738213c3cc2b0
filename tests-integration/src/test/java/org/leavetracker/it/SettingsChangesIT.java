package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Open screens hear of set-up changes: `onSettingsChanged` fires after the read side has a change to the set-up,
 * names only the part it touched, and is heard only within the organization.
 */
class SettingsChangesIT extends AgainstTarget {

    private static final String WATCH = "subscription($o: ID!) { onSettingsChanged(orgId: $o) { orgId area } }";

    @Test
    void each_part_of_the_set_up_is_announced_once_its_change_can_be_read() throws Exception {
        Api.Person ada = newCompany("Settings live", "settings-live.test");
        String orgId = ada.<Map<String, Object>>ok("{ me { orgId } }").get("orgId").toString();
        Api.Person rival = newCompany("Settings rival", "settings-rival.test");
        String rivalOrg = rival.<Map<String, Object>>ok("{ me { orgId } }").get("orgId").toString();
        try (Subscriber watcher = Subscriber.appSync(target, ada.token);
             Subscriber stranger = Subscriber.graphqlWs(target, rival.token)) {
            watcher.subscribe("settings", WATCH, vars("o", orgId));
            watcher.await("start_ack");
            stranger.subscribe("theirs", WATCH, vars("o", orgId));
            assertThat(stranger.await("error")).as("another organization's set-up is not theirs to watch")
                    .containsEntry("id", "theirs");
            stranger.subscribe("own", WATCH, vars("o", rivalOrg));

            String office = ada.id("""
                    mutation { createLocation(name: "Oslo", timeZone: "Europe/Oslo", holidayCalendar: "NO",
                      workingDays: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY]) { id } }""", Map.of());
            heard(watcher, "LOCATIONS");
            // the announcement comes after the read side has the change: reading now shows it
            assertThat(ada.<List<Map<String, Object>>>ok("{ locations { id } }")).extracting(l -> l.get("id"))
                    .contains(office);

            String type = ada.id("""
                    mutation { createLeaveType(name: "Ferie", deductsFromAllowance: true, requiresApproval: true,
                      allowHalfDays: true) { id } }""", Map.of());
            heard(watcher, "LEAVE_TYPES");
            ada.ok("""
                    mutation($l: ID!, $t: ID!) { setLeavePolicy(locationId: $l, leaveTypeId: $t, effectiveDate: "2026-01-01",
                      annualAllowanceDays: 25, accrual: UPFRONT) { id } }""", vars("l", office, "t", type));
            heard(watcher, "POLICIES");
            String person = addUser(ada, "nora." + System.nanoTime() + "@settings-live.test", "Nora", "MEMBER");
            heard(watcher, "PEOPLE");
            assertThat(ada.<List<Map<String, Object>>>ok("{ users { id } }")).extracting(u -> u.get("id")).contains(person);
            ada.ok("mutation { createTeam(name: \"Fjord\") { id } }", Map.of());
            heard(watcher, "TEAMS");
            ada.ok("""
                    mutation($t: ID!) { addBlackoutPeriod(from: "2026-12-21", to: "2026-12-24", leaveTypeIds: [$t],
                      mode: REFUSE) { id } }""", vars("t", type));
            heard(watcher, "WORKFLOW");

            // the rival's subscriber heard none of it, and hears its own organization's changes
            rival.ok("mutation { updateOrganization(name: \"Rival renamed\") { id } }", Map.of());
            List<Map<String, Object>> own = Api.eventually(() -> stranger.data("own"),
                    list -> list.stream().map(SettingsChangesIT::area).toList().contains("ORGANIZATION"));
            assertThat(own).extracting(SettingsChangesIT::area).contains("ORGANIZATION");
            assertThat(own).extracting(SettingsChangesIT::orgOf).containsOnly(rivalOrg);
            assertThat(watcher.data("settings")).extracting(SettingsChangesIT::orgOf)
                    .containsOnly(orgId);
        }
    }

    /** Announcements already looked at: the organization's own founding may still be announced as the test begins. */
    private int seen;

    private void heard(Subscriber watcher, String area) {
        List<String> fresh = Api.eventually(() -> watcher.data("settings").stream().skip(seen)
                .map(SettingsChangesIT::area).toList(), areas -> areas.contains(area));
        assertThat(fresh).as("announced after the change").contains(area);
        seen += fresh.indexOf(area) + 1;
    }

    private static Object orgOf(Map<String, Object> data) {
        return ((Map<?, ?>) data.get("onSettingsChanged")).get("orgId");
    }

    private static String area(Map<String, Object> data) {
        return ((Map<?, ?>) data.get("onSettingsChanged")).get("area").toString();
    }
}
