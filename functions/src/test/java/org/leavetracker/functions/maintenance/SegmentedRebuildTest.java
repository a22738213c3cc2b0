package org.leavetracker.functions.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.leavetracker.adapters.testing.DynamoApp;
import org.leavetracker.functions.testing.SampleCompany;

/**
 * The rebuild in resumable pieces, through its Lambda handler: organizations, then scan segments, each call doing one
 * page and leaving its place in the keys table, as a call that ran out of time would. The result is the live read
 * side, item for item.
 */
class SegmentedRebuildTest {

    private final DynamoApp app = new DynamoApp();

    @Test
    void segments_called_again_and_again_go_on_where_they_stopped_until_the_read_side_is_whole() {
        SampleCompany company = SampleCompany.in(app);
        app.projectAll();
        List<Object> live = company.readSide();
        company.dropReadSide();

        // one page of one event per call: every segment needs several calls, as after a timeout or a crash
        SegmentedRebuild rebuild = new SegmentedRebuild(app.dynamo.scanningClient(), app.prefix, app.projector, 2, 1);
        RebuildHandler handler = new RebuildHandler(rebuild);
        assertThat(handler.handleRequest(Map.of("runId", "r1", "phase", "organizations"), null))
                .containsEntry("rebuilt", 1).containsEntry("done", true);
        int calls = 0;
        int people = 0;
        for (int segment = 0; segment < 2; segment++) {
            Map<String, Object> outcome;
            do {
                outcome = new SegmentedRebuild(app.dynamo.scanningClient(), app.prefix, app.projector, 2, 1)
                        .segment("r1", segment, 2, () -> false).asMap();
                calls++;
            } while (!(Boolean) outcome.get("done"));
            people += (Integer) outcome.get("rebuilt");
            // a call after the end does nothing more
            assertThat(rebuild.segment("r1", segment, 2, () -> true).rebuilt()).isEqualTo(outcome.get("rebuilt"));
        }
        assertThat(people).isEqualTo(3);
        assertThat(calls).as("resumed at least once").isGreaterThan(2);
        assertThat(company.readSide()).isEqualTo(live);
    }

    @Test
    void a_call_without_a_run_or_a_part_is_refused_with_what_to_give() {
        RebuildHandler handler = new RebuildHandler(new SegmentedRebuild(app.dynamo.scanningClient(), app.prefix,
                app.projector, 1));
        assertThat(handler.handleRequest(Map.of("phase", "organizations"), null)).containsKey("error");
        assertThat(handler.handleRequest(Map.of("runId", "r2"), null)).containsKey("error");
    }
}
