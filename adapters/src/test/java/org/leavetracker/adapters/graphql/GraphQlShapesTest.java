package org.leavetracker.adapters.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.model.ApprovalLevel;
import org.leavetracker.domain.model.ApprovalStep;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.LeaveUnit;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.read.model.CalendarEntry;
import org.leavetracker.graphql.ApiContract;

/**
 * The shapes answer exactly the fields of their schema types, less those a resolver of their own answers: the
 * schema is the one list of a type's fields, and a field added there without a shape (or here without the schema)
 * fails this test, not a client.
 */
class GraphQlShapesTest {

    private static final LocalDate DAY = LocalDate.parse("2026-06-15");
    private static final Instant AT = Instant.parse("2026-06-01T09:00:00Z");

    private final GraphQlShapes shapes = new GraphQlShapes(new ObjectMapper());

    @Test
    void a_leave_request_and_its_approval_steps_carry_the_schema_fields() {
        ApprovalStep step = new ApprovalStep(1, ApprovalLevel.Kind.APPROVERS, null, ApprovalStep.Status.APPROVED,
                "boss", null, AT);
        Map<String, Object> request = shapes.leaveRequest(new LeaveRequestView("r1", "org", "ann", "pto", DAY, DAY,
                HalfDay.NONE, Days.ONE, LeaveStatus.APPROVED, "beach", AT, "boss", List.of(step), LeaveUnit.DAYS,
                null, "team", "enjoy"));

        assertThat(request.keySet()).containsExactlyInAnyOrderElementsOf(served("LeaveRequest"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) request.get("approvals");
        assertThat(steps.getFirst().keySet()).containsExactlyInAnyOrderElementsOf(served("ApprovalStep"));
    }

    @Test
    void a_balance_carries_the_schema_fields() {
        Balance balance = new Balance("org", "ann", "pto", 2026, DAY, Days.ONE, DAY, Days.ZERO, Days.of(25),
                Days.of(12), Days.ZERO, Days.ZERO, Days.ONE, Days.ZERO, Days.of(25), Days.of(24), LeaveUnit.DAYS);

        assertThat(shapes.balance("org", balance).keySet()).containsExactlyInAnyOrderElementsOf(served("Balance"));
    }

    @Test
    void a_calendar_entry_carries_the_schema_fields() {
        CalendarEntry entry = new CalendarEntry("r1", "ann", "Ann", "pto", DAY, DAY, HalfDay.NONE,
                LeaveStatus.APPROVED, "berlin", null, "team", List.of(new CalendarEntry.MonthAmount("2026-06",
                Days.ONE)));

        Map<String, Object> shape = shapes.calendarEntry(entry);

        assertThat(shape.keySet()).containsExactlyInAnyOrderElementsOf(served("CalendarEntry"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> months = (List<Map<String, Object>>) shape.get("months");
        assertThat(months.getFirst().keySet()).containsExactlyInAnyOrderElementsOf(served("MonthAmount"));
    }

    /** The type's fields in the schema, less those answered by a resolver of their own (resolvers.txt). */
    private static Set<String> served(String type) {
        Set<String> own = ApiContract.resolvers().stream().filter(r -> r.typeName().equals(type))
                .map(r -> r.fieldName()).collect(Collectors.toSet());
        Set<String> fields = new TreeSet<>(ApiContract.fieldsOf(type));
        fields.removeAll(own);
        return fields;
    }
}
