package org.leavetracker.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.leavetracker.adapters.testing.DynamoApp;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.ApprovalLevel;
import org.leavetracker.domain.model.BlackoutMode;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.Email;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveUnit;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.CommandRetry;
import org.leavetracker.domain.write.employee.CallerResolver;
import org.leavetracker.domain.write.employee.Identity;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/**
 * The event store's items are the one thing that outlives every release: the same commands must store the same
 * bytes, however the code that decides them is shaped. A script touching every kind of command runs on DynamoDB
 * Local with pinned ids and clock, and each stored item is compared, attribute by attribute, with the golden file.
 * A deliberate change of the stored form (a new event, a new field) rewrites the file with
 * {@code -Dgolden.update=true} and shows in the diff under review.
 */
class StoredEventBytesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/stored-events.txt");

    private final DynamoApp app = new DynamoApp();

    @Test
    void the_same_commands_store_the_same_items() throws IOException {
        runScript();
        String stored = app.appended.stream().map(this::storedItem).collect(Collectors.joining("\n", "", "\n"));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, stored, StandardCharsets.UTF_8);
        }
        assertThat(stored).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    private void runScript() {
        Caller admin = app.newOrganization("Golden GmbH", "admin@golden.test");
        var setup = app.setup;
        var people = app.administration;
        var leave = app.workflow;
        setup.updateOrganization(admin, "Golden AG");
        var berlin = setup.createLocation(admin, "Berlin", "Europe/Berlin", "DE-BE",
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY));
        var paris = setup.createLocation(admin, "Paris", "Europe/Paris", "FR",
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY), Days.of(7));
        setup.addHoliday(admin, berlin.id(), LocalDate.of(2026, 7, 3), "Company day");
        setup.removeHoliday(admin, berlin.id(), LocalDate.of(2026, 7, 3));
        setup.updateLocation(admin, paris.id(), "Paris HQ", null, null);
        setup.setLocationWorkingWeek(admin, paris.id(), List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), LocalDate.of(2026, 9, 1), null, null);
        var vacation = setup.createLeaveType(admin, "Vacation", true, true, true);
        var sick = setup.createLeaveType(admin, "Sick", false, false, false);
        var hours = setup.createLeaveType(admin, "Doctor", true, true, false, LeaveUnit.HOURS);
        var toil = setup.createLeaveType(admin, "Time off in lieu", true, true, true);
        setup.setToil(admin, toil.id(), 3);
        setup.updateLeaveType(admin, sick.id(), "Sickness", null, null);
        setup.archiveLeaveType(admin, hours.id());
        setup.setLeavePolicy(admin, berlin.id(), vacation.id(), LocalDate.of(2026, 1, 1), Days.of(25),
                Accrual.UPFRONT, Days.of(5), 3, Days.of(2));
        setup.setLeavePolicy(admin, paris.id(), vacation.id(), LocalDate.of(2026, 1, 1), Days.of(30),
                Accrual.MONTHLY, null, null, null);
        setup.setLeavePolicy(admin, paris.id(), vacation.id(), LocalDate.of(2027, 1, 1), Days.of(31),
                Accrual.MONTHLY, null, null, null);
        setup.removeLeavePolicy(admin, paris.id(), vacation.id(), LocalDate.of(2027, 1, 1));
        var blackout = setup.addBlackoutPeriod(admin, berlin.id(), LocalDate.of(2026, 12, 20),
                LocalDate.of(2026, 12, 31), List.of(vacation.id()), BlackoutMode.REQUIRE_ADMIN);
        setup.removeBlackoutPeriod(admin, blackout.id());
        setup.addBlackoutPeriod(admin, berlin.id(), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 6),
                List.of(), BlackoutMode.REFUSE);
        var team = app.deciders.createTeam(admin, "Platform");
        app.deciders.renameTeam(admin, team.id(), "Platform team");

        var approverProfile = setup.addUser(admin, "ada@golden.test", "Ada", Role.APPROVER);
        var memberProfile = setup.addUser(admin, "bob@golden.test", "Bob", Role.MEMBER);
        var otherProfile = setup.addUser(admin, "cy@golden.test", "Cy", Role.MEMBER);
        String ada = approverProfile.id();
        String bob = memberProfile.id();
        String cy = otherProfile.id();
        app.deciders.setTeamManagers(admin, team.id(), List.of(ada));
        setup.changeUserRole(admin, cy, Role.APPROVER);
        for (String person : List.of(ada, bob, cy)) {
            people.moveUserToLocation(admin, person, berlin.id(), LocalDate.of(2026, 1, 1));
        }
        people.moveUserToLocation(admin, cy, paris.id(), LocalDate.of(2026, 7, 1));
        people.moveUserToTeam(admin, bob, team.id(), LocalDate.of(2026, 2, 1));
        people.assignApprover(admin, bob, ada);
        people.assignApprover(admin, bob, cy);
        people.removeApprover(admin, bob, cy);
        people.setWorkingWeek(admin, bob, List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY), LocalDate.of(2026, 3, 1));
        people.updateUser(admin, bob, "Bob Builder", "bob.builder@golden.test");
        people.adjustBalance(admin, bob, vacation.id(), 2026, Days.of(2), "Carried over by hand");
        people.recordOvertime(admin, bob, LocalDate.of(2026, 6, 13), Days.of(1), toil.id(), "Release weekend");

        Caller bobCaller = new Caller(bob, null);
        Caller adaCaller = new Caller(ada, null);
        var group = app.deciders.setApproverGroup(admin, "HR", List.of(ada, cy));
        setup.setApprovalChain(admin, vacation.id(), List.of(ApprovalLevel.SINGLE.get(0),
                new ApprovalLevel(ApprovalLevel.Kind.GROUP, group.id())));
        var chained = leave.requestLeave(bobCaller, vacation.id(), LocalDate.of(2026, 7, 20),
                LocalDate.of(2026, 7, 21), null, null, null);
        leave.approveLeave(adaCaller, chained.id(), null);
        leave.approveLeave(new Caller(cy, null), chained.id(), "Second level");
        setup.setApprovalChain(admin, vacation.id(), List.of());
        app.deciders.removeApproverGroup(admin, group.id());
        var first = leave.requestLeave(bobCaller, vacation.id(), LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 7),
                null, "Summer", "client-1");
        leave.approveLeave(adaCaller, first.id(), "Enjoy");
        var second = leave.requestLeave(bobCaller, vacation.id(), LocalDate.of(2026, 9, 7),
                LocalDate.of(2026, 9, 7), HalfDay.AFTERNOON, null, null);
        leave.denyLeave(adaCaller, second.id(), "Release day");
        var third = leave.requestLeave(bobCaller, vacation.id(), LocalDate.of(2026, 10, 12),
                LocalDate.of(2026, 10, 13), null, null, null);
        leave.cancelLeave(bobCaller, third.id());
        leave.requestLeave(bobCaller, sick.id(), LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 15), null, null,
                null);
        leave.addPastLeave(admin, bob, vacation.id(), LocalDate.of(2026, 2, 9), LocalDate.of(2026, 2, 10), null,
                "Recorded late");
        leave.setSubstitute(adaCaller, cy, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 14));
        leave.removeSubstitute(adaCaller, LocalDate.of(2026, 8, 1), null);
        people.endEmployment(admin, cy, LocalDate.of(2026, 9, 30));
        people.undoEndEmployment(admin, cy);
        new CallerResolver(app.repository, CommandRetry.standard())
                .resolve(new Identity("sub-ada", Email.of("ada@golden.test"), "Ada"), null);
        people.releaseSignIn(admin, ada);
        setup.archiveLocation(admin, paris.id());
    }

    private String storedItem(RecordedEvent event) {
        Map<String, AttributeValue> item = app.dynamo.client().getItem(GetItemRequest.builder()
                .tableName(app.prefix + "events").consistentRead(true)
                .key(Map.of(EventItems.AGGREGATE_ID, AttributeValue.fromS(event.aggregateId()),
                        EventItems.VERSION, AttributeValue.fromN(Long.toString(event.version()))))
                .build()).item();
        return new TreeMap<>(item).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" | "));
    }
}
