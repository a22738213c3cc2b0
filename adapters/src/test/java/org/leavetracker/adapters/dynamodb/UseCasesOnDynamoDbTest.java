package org.leavetracker.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leavetracker.adapters.holiday.JollydayHolidayCalendar;
import org.leavetracker.adapters.json.EventJson;
import org.leavetracker.adapters.testing.LocalDynamo;
import org.leavetracker.domain.error.Conflict;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.Email;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.read.UserProfile;
import org.leavetracker.domain.testing.MutableClock;
import org.leavetracker.domain.testing.Race;
import org.leavetracker.domain.testing.SequentialIds;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.CommandRetry;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.domain.write.employee.EmployeeAdministration;
import org.leavetracker.domain.write.employee.Identity;
import org.leavetracker.domain.write.leave.LeaveWorkflow;
import org.leavetracker.domain.write.organization.OrganizationSetup;

/** The use cases over the real adapters: DynamoDB Local and jollyday's holidays. */
class UseCasesOnDynamoDbTest {

    private final LocalDynamo dynamo = LocalDynamo.shared();
    private final String prefix = dynamo.freshTables();
    private final EventJson json = new EventJson();
    private final DynamoDbEventStore store = new DynamoDbEventStore(dynamo.client(), prefix, new EventItems(json),
            new Snapshots(dynamo.client(), prefix, json, 100));
    private final JollydayHolidayCalendar holidays = new JollydayHolidayCalendar();
    private final Repository repository = new Repository(store, new MutableClock(LocalDate.of(2026, 6, 15)),
            new SequentialIds());
    private final OrganizationSetup setup = new OrganizationSetup(repository, holidays, CommandRetry.standard());
    private final EmployeeAdministration admin = new EmployeeAdministration(repository, holidays,
            CommandRetry.standard());
    private final LeaveWorkflow workflow = new LeaveWorkflow(repository, holidays, CommandRetry.standard());

    private Caller newAdmin(String email) {
        setup.createOrganization(new Identity("sub-" + email, Email.of(email), "Admin"), "Acme " + email, null);
        return new Caller(store.ownerOf("email#" + email).orElseThrow(), null);
    }

    @Test
    void of_two_concurrent_additions_of_one_email_in_different_case_exactly_one_wins() throws Exception {
        Caller acme = newAdmin("admin@acme.test");
        Caller rival = newAdmin("admin@rival.test");
        List<Object> results = Race.of(List.of(
                () -> setup.addUser(acme, "Sam@Example.test", "Sam", Role.MEMBER),
                () -> setup.addUser(rival, "sam@EXAMPLE.test", "Samuel", Role.APPROVER)));

        assertThat(results).filteredOn(UserProfile.class::isInstance).hasSize(1);
        assertThat(results).filteredOn(Conflict.class::isInstance).hasSize(1);
        assertThat(store.ownerOf("email#sam@example.test")).isPresent();
    }

    @Test
    void a_request_over_a_real_public_holiday_counts_only_working_days_and_is_approved() {
        Caller boss = newAdmin("boss@acme.test");
        String munich = setup.createLocation(boss, "Munich", "Europe/Berlin", "DE-BY",
                List.of(java.time.DayOfWeek.values()).subList(0, 5)).id();
        String vacation = setup.createLeaveType(boss, "Vacation", true, true, true).id();
        setup.setLeavePolicy(boss, munich, vacation, LocalDate.of(2026, 1, 1), Days.of(30), Accrual.UPFRONT, null,
                null, null);
        Caller ann = new Caller(setup.addUser(boss, "ann@acme.test", "Ann", Role.MEMBER).id(), null);
        admin.moveUserToLocation(boss, ann.userId(), munich, LocalDate.of(2026, 1, 1));
        admin.assignApprover(boss, ann.userId(), boss.userId());

        // Mon 1 .. Fri 5 June 2026: Thursday 4 June is Corpus Christi in Bavaria
        LeaveRequestView requested = workflow.requestLeave(ann, vacation, LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 5), HalfDay.NONE, null, "c-1");
        LeaveRequestView approved = workflow.approveLeave(boss, requested.id(), "ok");

        assertThat(requested.days()).hasToString("4");
        assertThat(approved.status()).isEqualTo(LeaveStatus.APPROVED);
        assertThat(workflow.requestLeave(ann, vacation, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 5),
                HalfDay.NONE, null, "c-1").id()).isEqualTo(requested.id());
    }
}
