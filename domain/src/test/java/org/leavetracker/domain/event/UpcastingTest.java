package org.leavetracker.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Old stored payloads are read by upcasting them one version at a time. The two steps here describe a plausible
 * history of LeaveRequested (v1 had one "dates" string, v2 had no clientRequestId) to exercise the chain.
 */
class UpcastingTest {

    private static final PayloadUpcaster SPLIT_DATES = new PayloadUpcaster() {
        public String type() {
            return "LeaveRequested";
        }

        public int fromVersion() {
            return 1;
        }

        public Map<String, Object> upcast(Map<String, Object> fields) {
            Map<String, Object> next = new HashMap<>(fields);
            String[] dates = ((String) next.remove("dates")).split("/");
            next.put("startDate", dates[0]);
            next.put("endDate", dates[1]);
            return next;
        }
    };

    private static final PayloadUpcaster ADD_CLIENT_ID = new PayloadUpcaster() {
        public String type() {
            return "LeaveRequested";
        }

        public int fromVersion() {
            return 2;
        }

        public Map<String, Object> upcast(Map<String, Object> fields) {
            Map<String, Object> next = new HashMap<>(fields);
            next.putIfAbsent("clientRequestId", "");
            return next;
        }
    };

    private final Upcasting upcasting = new Upcasting(Map.of("LeaveRequested", 3, "UserAdded", 1),
            List.of(SPLIT_DATES, ADD_CLIENT_ID));

    @Test
    void a_version_1_payload_is_read_as_the_current_version_through_every_step() {
        StoredPayload v1 = new StoredPayload("LeaveRequested", 1, Map.of("requestId", "u1.r1",
                "dates", "2026-03-02/2026-03-06"));

        StoredPayload current = upcasting.toCurrent(v1);

        assertThat(current.schemaVersion()).isEqualTo(3);
        assertThat(current.fields()).containsEntry("startDate", "2026-03-02").containsEntry("endDate", "2026-03-06")
                .containsEntry("clientRequestId", "").doesNotContainKey("dates");
    }

    @Test
    void a_current_payload_is_left_as_it_is() {
        StoredPayload v1 = new StoredPayload("UserAdded", 1, Map.of("email", "a@b.test"));
        assertThat(upcasting.toCurrent(v1)).isEqualTo(v1);
    }

    @Test
    void a_payload_from_newer_code_or_of_an_unknown_type_is_refused_loudly() {
        assertThatThrownBy(() -> upcasting.toCurrent(new StoredPayload("UserAdded", 2, Map.of())))
                .hasMessageContaining("newer code");
        assertThatThrownBy(() -> upcasting.toCurrent(new StoredPayload("Martian", 1, Map.of())))
                .hasMessageContaining("unknown event type");
    }

    @Test
    void a_gap_in_the_chain_is_reported() {
        Upcasting gap = new Upcasting(Map.of("LeaveRequested", 3), List.of(SPLIT_DATES));
        assertThatThrownBy(() -> gap.toCurrent(new StoredPayload("LeaveRequested", 1, Map.of("dates", "a/b"))))
                .hasMessageContaining("no upcaster from LeaveRequested v2");
    }
}
