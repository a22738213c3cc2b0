package org.leavetracker.functions.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leavetracker.adapters.testing.DynamoApp;
import org.leavetracker.functions.testing.SampleCompany;

/** Drop the read table, rebuild it from the events table, and every query answers exactly as before. */
class ReadModelRebuildTest {

    private final DynamoApp app = new DynamoApp();

    @Test
    void a_rebuilt_read_side_equals_the_live_one_item_for_item() {
        SampleCompany company = SampleCompany.in(app);
        app.projectAll();
        List<Object> live = company.readSide();
        assertThat(app.readModel.usersOf(company.orgId())).hasSize(3);

        company.dropReadSide();
        assertThat(app.readModel.usersOf(company.orgId())).isEmpty();

        List<String> progress = new ArrayList<>();
        int rebuilt = new ReadModelRebuild(app.dynamo.scanningClient(), app.prefix, app.projector).run(progress::add);

        assertThat(rebuilt).isEqualTo(4); // the organization and three users
        assertThat(progress).last().asString().startsWith("rebuilt 4/4");
        assertThat(company.readSide()).isEqualTo(live);
    }
}
