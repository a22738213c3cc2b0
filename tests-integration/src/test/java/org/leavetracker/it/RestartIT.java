package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leavetracker.it.Api.eventually;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A second start on the same data directory sees every earlier event and read item, and carries on. */
class RestartIT {

    @Test
    void stopping_and_starting_on_the_same_data_directory_loses_nothing() throws Exception {
        Path dataDir = Files.createTempDirectory("leave-tracker-restart");
        String orgId;
        String token;
        try (Target first = Target.local(dataDir)) {
            Api.Person ada = new Api(first).signIn("ada@restart.test");
            token = ada.token;
            orgId = ada.id("mutation { createOrganization(name: \"Durable\") { id } }", Map.of());
            ada.ok("mutation { createLocation(name: \"Berlin\", timeZone: \"Europe/Berlin\", holidayCalendar: \"DE\", workingDays: [MONDAY]) { id } }");
            List<?> locations = eventually(() -> ada.ok("{ locations { id } }"), l -> ((List<?>) l).size() == 1);
            assertThat(locations).hasSize(1);
        }

        try (Target second = Target.local(dataDir)) {
            Api api = new Api(second);
            Api.Person ada = api.new Person("ada@restart.test", token);
            assertThat(ada.<Map<String, Object>>ok("{ me { orgId role } }")).containsEntry("orgId", orgId)
                    .containsEntry("role", "ADMIN");
            assertThat(ada.<List<?>>ok("{ locations { id } }")).as("read items survive").hasSize(1);
            ada.ok("mutation { createLocation(name: \"Paris\", timeZone: \"Europe/Paris\", holidayCalendar: \"FR\", workingDays: [MONDAY]) { id } }");
            List<?> both = eventually(() -> ada.ok("{ locations { id } }"), l -> ((List<?>) l).size() == 2);
            assertThat(both).as("the pipeline resumes from its checkpoint").hasSize(2);
            assertThat(second.runtime().deadLetters().all()).isEmpty();
        }
    }
}
