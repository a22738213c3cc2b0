package org.leavetracker.domain.testing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.Email;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.read.LeaveQueries;
import org.leavetracker.domain.read.SettingsQueries;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.CommandRetry;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.domain.write.employee.EmployeeAdministration;
import org.leavetracker.domain.write.employee.Identity;
import org.leavetracker.domain.write.leave.LeaveWorkflow;
import org.leavetracker.domain.provisioning.PeopleProvisioning;
import org.leavetracker.domain.write.organization.DecidersSetup;
import org.leavetracker.domain.write.organization.ProvisioningSetup;
import org.leavetracker.domain.write.organization.OrganizationSetup;

/** The whole domain wired to in-memory ports, with the steps tests and benchmarks repeat. */
public final class DomainFixture {

    public static final List<DayOfWeek> MON_FRI = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    public final InMemoryEventStore store = new InMemoryEventStore();
    public final MutableClock clock;
    public final SequentialIds ids = new SequentialIds();
    public final TableHolidayCalendar holidays = new TableHolidayCalendar()
            .with("DE", LocalDate.of(2025, 12, 25), "Christmas Day")
            .with("DE", LocalDate.of(2025, 12, 26), "Second Day of Christmas")
            .with("DE", LocalDate.of(2026, 1, 1), "New Year's Day")
            .with("DE", LocalDate.of(2026, 4, 3), "Good Friday")
            .with("DE", LocalDate.of(2026, 4, 6), "Easter Monday")
            .with("DE", LocalDate.of(2026, 12, 25), "Christmas Day")
            .with("DE", LocalDate.of(2027, 1, 1), "New Year's Day")
            .with("FR", LocalDate.of(2026, 7, 14), "Bastille Day");
    public final Repository repository;
    public final OrganizationSetup setup;
    public final DecidersSetup deciders;
    public final ProvisioningSetup provisioning;
    public final PeopleProvisioning people;
    public final SettingsQueries settings;
    public final EmployeeAdministration administration;
    public final LeaveWorkflow workflow;
    public final LeaveQueries queries;

    public DomainFixture(LocalDate today) {
        clock = new MutableClock(today);
        repository = new Repository(store, clock, ids);
        CommandRetry retry = new CommandRetry(CommandRetry.DEFAULT_ATTEMPTS, 5);
        setup = new OrganizationSetup(repository, holidays, retry);
        deciders = new DecidersSetup(repository, retry);
        provisioning = new ProvisioningSetup(repository, retry);
        settings = new SettingsQueries(repository, holidays);
        administration = new EmployeeAdministration(repository, holidays, retry);
        people = new PeopleProvisioning(repository, setup, deciders, administration);
        workflow = new LeaveWorkflow(repository, holidays, retry);
        queries = new LeaveQueries(repository, holidays);
    }

    /** Creates an organization; returns its first admin. */
    public Caller newOrganization(String name, String adminEmail) {
        setup.createOrganization(new Identity("sub-" + adminEmail, Email.of(adminEmail), "Admin " + name), name, null);
        String adminId = store.ownerOf("email#" + adminEmail.toLowerCase()).orElseThrow();
        return as(adminId);
    }

    public Caller as(String userId) {
        return new Caller(userId, null);
    }

    public Caller addUser(Caller admin, String email, Role role) {
        return as(setup.addUser(admin, email, email.substring(0, email.indexOf('@')), role).id());
    }

    public String location(Caller admin, String name, String calendar) {
        return setup.createLocation(admin, name, "Europe/Berlin", calendar, MON_FRI).id();
    }

    public String vacation(Caller admin) {
        return setup.createLeaveType(admin, "Vacation", true, true, true).id();
    }

    public void upfrontPolicy(Caller admin, String locationId, String typeId, LocalDate from, double days) {
        setup.setLeavePolicy(admin, locationId, typeId, from, Days.ofDecimal(days, "days"), Accrual.UPFRONT, null,
                null, null);
    }
}
