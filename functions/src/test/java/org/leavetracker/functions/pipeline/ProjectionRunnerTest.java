package org.leavetracker.functions.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.leavetracker.adapters.bus.EventDetails;
import org.leavetracker.adapters.testing.DynamoApp;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.port.BusEntry;
import org.leavetracker.domain.read.model.SettingsArea;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.functions.testing.SilentPublisher;

/** A poll of the stream holds whatever was written: several organizations' events are each projected as their own. */
class ProjectionRunnerTest {

    private final DynamoApp app = new DynamoApp();
    private final List<PeopleFanOut.Piece> pieces = new ArrayList<>();
    private final List<Map.Entry<String, SettingsArea>> announced = new ArrayList<>();
    private final ProjectionRunner runner = new ProjectionRunner(new EventDetails(app.json), app.repository,
            app.projector, new SilentPublisher() {
                @Override
                public void settingsChanged(String orgId, SettingsArea area) {
                    announced.add(Map.entry(orgId, area));
                }
            }, new PeopleFanOut(entries -> {
                entries.stream().map(BusEntry::detail).map(PeopleFanOut::read).forEach(pieces::add);
                return entries.stream().map(e -> (String) null).toList();
            }));

    /** An organization with one person in Berlin; its last event is a new public holiday there. */
    private Map.Entry<String, RecordedEvent> holidayIn(String name) {
        Caller admin = app.newOrganization(name, "admin@" + name + ".test");
        String orgId = app.repository.employee(admin.userId()).orgId();
        String berlin = app.setup.createLocation(admin, "Berlin", "Europe/Berlin", "DE",
                List.of(DayOfWeek.values()).subList(0, 5)).id();
        String person = app.setup.addUser(admin, "p@" + name + ".test", "P", Role.MEMBER).id();
        app.administration.moveUserToLocation(admin, person, berlin, LocalDate.of(2026, 1, 1));
        app.projectAll();
        app.setup.addHoliday(admin, berlin, LocalDate.of(2026, 7, 3), "Party");
        return Map.entry(person, app.repository.history(orgId).getLast());
    }

    @Test
    void each_organization_of_a_batch_fans_out_its_own_people_and_announces_its_own_settings() {
        Map.Entry<String, RecordedEvent> acme = holidayIn("acme");
        Map.Entry<String, RecordedEvent> rival = holidayIn("rival");
        EventDetails details = new EventDetails(app.json);

        runner.runAll(List.of(details.entry(acme.getValue()).detail(), details.entry(rival.getValue()).detail()));

        assertThat(pieces).extracting(PeopleFanOut.Piece::orgId, PeopleFanOut.Piece::userIds).containsExactly(
                Tuple.tuple(acme.getValue().orgId(), List.of(acme.getKey())),
                Tuple.tuple(rival.getValue().orgId(), List.of(rival.getKey())));
        assertThat(announced).containsExactly(Map.entry(acme.getValue().orgId(), SettingsArea.LOCATIONS),
                Map.entry(rival.getValue().orgId(), SettingsArea.LOCATIONS));
    }
}
