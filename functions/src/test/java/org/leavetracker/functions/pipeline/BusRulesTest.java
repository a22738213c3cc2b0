package org.leavetracker.functions.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leavetracker.adapters.json.EventCatalog;
import software.amazon.event.ruler.Machine;

/** The rule patterns, matched by AWS's own event-ruler exactly as the local runtime matches them. */
class BusRulesTest {

    private static Machine machine() throws Exception {
        Machine machine = new Machine();
        for (BusRules.Rule rule : BusRules.ALL) {
            machine.addRule(rule.name(), rule.eventPattern());
        }
        return machine;
    }

    private static String busEvent(String source, String detailType) {
        return """
                {"version":"0","id":"6a7e8feb","detail-type":"%s","source":"%s","account":"111122223333",
                 "time":"%s","region":"eu-central-1","resources":[],"detail":{"aggregateId":"u1","version":1}}
                """.formatted(detailType, source, Instant.parse("2026-06-15T10:00:00Z"));
    }

    static Iterable<String> eventTypes() {
        return EventCatalog.types().keySet();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void every_event_type_reaches_the_read_model_and_workflow_steps_the_notifier(String type) throws Exception {
        boolean someoneMustHear = Set.of("LeaveRequested", "ApprovalLevelPassed", "LeaveApproved", "LeaveDenied",
                "LeaveCancelled")
                .contains(type);
        List<String> expected = new java.util.ArrayList<>(List.of(BusRules.READ_MODEL.name()));
        if (someoneMustHear) {
            expected.addAll(List.of(BusRules.NOTIFICATIONS.name(), BusRules.SLACK.name()));
        }
        if (org.leavetracker.domain.webhook.WebhookEvents.PUBLISHED.contains(type)) {
            expected.add(BusRules.WEBHOOKS.name());
        }
        // what changes whether a request shows in its person's calendar
        if (Set.of("LeaveApproved", "LeaveDenied", "LeaveCancelled", "EmploymentEnded", "EmploymentEndUndone")
                .contains(type)) {
            expected.add(BusRules.CALENDARS.name());
        }
        assertThat(machine().rulesForJSONEvent(busEvent("leave-tracker", type)))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void a_deployment_without_a_slack_app_has_no_slack_rule() {
        assertThat(BusRules.forConsumers(java.util.EnumSet.of(BusRules.Consumer.PROJECTIONS,
                BusRules.Consumer.NOTIFICATIONS))).containsExactly(BusRules.READ_MODEL,
                BusRules.READ_MODEL_FAN_OUT, BusRules.NOTIFICATIONS);
        assertThat(BusRules.forConsumers(java.util.EnumSet.allOf(BusRules.Consumer.class))).isEqualTo(BusRules.ALL);
    }

    @Test
    void events_of_other_sources_or_unknown_types_reach_nothing() throws Exception {
        assertThat(machine().rulesForJSONEvent(busEvent("someone-else", "LeaveRequested"))).isEmpty();
        assertThat(machine().rulesForJSONEvent(busEvent("leave-tracker", "SomethingElse"))).isEmpty();
    }
}
