package org.leavetracker.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.balance.EmploymentTimeline;
import org.leavetracker.domain.balance.LeaveBalanceCalculator;
import org.leavetracker.domain.error.DomainError;
import org.leavetracker.domain.model.Accrual;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.EndHalves;
import org.leavetracker.domain.model.HalfDay;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.model.TenureStep;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.employee.Employee;
import org.leavetracker.domain.write.leave.AddPastLeave;
import org.leavetracker.domain.write.organization.Organization;
import org.leavetracker.domain.write.organization.SetLeavePolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The balance of one person with ten years of history: 3 transfers, 2 working-week changes, 300 requests (some
 * from noon), under every policy rule that touches the arithmetic: tenure steps, payout of what the rollover cap
 * forfeits, a maximum balance, and an optional holiday chosen each year.
 * {@code balanceFromEvents} is what a query or a command pays (replay the aggregate, then compute);
 * {@code balanceOnly} isolates the arithmetic.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class BalanceBenchmark {

    private static final LocalDate START = LocalDate.of(2016, 1, 1);

    private DomainFixture app;
    private String userId;
    private String vacation;
    private Organization organization;
    private Employee employee;
    private EmploymentTimeline timeline;
    private int requests;

    @Setup(Level.Trial)
    public void buildHistory() {
        app = new DomainFixture(LocalDate.of(2026, 6, 15));
        Caller admin = app.newOrganization("Acme", "admin@acme.test");
        List<String> locations = List.of(app.location(admin, "Berlin", "DE"), app.location(admin, "Munich", "DE"),
                app.setup.createLocation(admin, "Paris", "Europe/Paris", "FR", DomainFixture.MON_FRI).id(),
                app.location(admin, "Remote", "NONE"));
        vacation = app.vacation(admin);
        for (int i = 0; i < locations.size(); i++) {
            app.setup.setLeavePolicy(admin, new SetLeavePolicy(locations.get(i), vacation, START, Days.of(20 + 2 * i),
                    i % 2 == 0 ? Accrual.UPFRONT : Accrual.MONTHLY, Days.of(5 + i), i == 0 ? null : 3, Days.of(2),
                    List.of(new TenureStep(2, Days.of(1)), new TenureStep(5, Days.of(2))), Days.of(3)));
            app.setup.updateLocation(admin, locations.get(i), null, null, null, 1);
            for (int year = START.getYear(); year <= 2026; year++) {
                app.setup.addHoliday(admin, locations.get(i), LocalDate.of(year, 11, 2), "Floating day", true);
            }
        }
        app.setup.updateLeaveType(admin, vacation, null, null, null, rules -> rules.with(null, null, null, null,
                Days.of(60)));
        Caller person = app.addUser(admin, "p@acme.test", Role.MEMBER);
        userId = person.userId();
        app.administration.moveUserToLocation(admin, userId, locations.get(0), START);
        app.administration.moveUserToLocation(admin, userId, locations.get(1), LocalDate.of(2018, 7, 1));
        app.administration.moveUserToLocation(admin, userId, locations.get(2), LocalDate.of(2021, 3, 15));
        app.administration.moveUserToLocation(admin, userId, locations.get(3), LocalDate.of(2024, 10, 1));
        app.administration.setWorkingWeek(admin, userId, List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY), LocalDate.of(2019, 1, 1));
        app.administration.setWorkingWeek(admin, userId, DomainFixture.MON_FRI, LocalDate.of(2023, 1, 1));
        for (int year = START.getYear(); year <= 2026; year++) {
            try {
                app.workflow.chooseOptionalHoliday(person, LocalDate.of(year, 11, 2));
            } catch (DomainError notAWorkingDay) {
                // a weekend that year
            }
        }
        // 300 short requests, about 30 a year, spread over ten years, every fourth longer one from noon; a few land
        // on a weekend and are refused, so keep going until 300 are recorded.
        LocalDate day = START.plusDays(3);
        while (requests < 300) {
            try {
                EndHalves ends = requests % 3 != 0 && requests % 4 == 0
                        ? new EndHalves(HalfDay.AFTERNOON, HalfDay.NONE) : EndHalves.NONE;
                app.workflow.addPastLeave(admin, new AddPastLeave(userId, vacation, day, day.plusDays(requests % 3),
                        HalfDay.NONE, null, ends));
                requests++;
            } catch (DomainError refused) {
                // weekend-only or holiday-only request
            }
            day = day.plusDays(12);
        }
        employee = app.repository.employee(userId);
        organization = app.repository.organization(employee.orgId());
        timeline = new EmploymentTimeline(employee, organization, app.holidays);
    }

    /** A fresh calculator each time: it memoises day counts, and a real call starts cold. */
    @Benchmark
    public Balance balanceOnly() {
        return new LeaveBalanceCalculator(employee.orgId(), userId, timeline, employee.leave().all(),
                employee.credits().adjustments())
                .balance(vacation, 2025, LocalDate.of(2025, 6, 30));
    }

    @Benchmark
    public Balance balanceFromEvents() {
        Employee employee = app.repository.employee(userId);
        return new LeaveBalanceCalculator(employee.orgId(), userId, new EmploymentTimeline(employee, organization,
                app.holidays),
                employee.leave().all(), employee.credits().adjustments()).balance(vacation, 2025, LocalDate.of(2025,
                        6, 30));
    }

    /** For a quick look without JMH: prints the history's size and one balance. */
    public static void main(String[] args) {
        BalanceBenchmark bench = new BalanceBenchmark();
        bench.buildHistory();
        System.out.println(bench.requests + " requests, " + bench.app.store.eventCount() + " events; "
                + bench.balanceOnly());
    }
}
