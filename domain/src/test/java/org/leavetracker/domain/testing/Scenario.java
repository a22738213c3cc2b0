package org.leavetracker.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.leavetracker.domain.error.DomainError;
import org.leavetracker.domain.event.DomainEvent;
import org.leavetracker.domain.event.EmployeeEvent;
import org.leavetracker.domain.event.OrganizationEvent;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.port.HolidayCalendar;
import org.leavetracker.domain.write.Decision;
import org.leavetracker.domain.write.employee.Employee;
import org.leavetracker.domain.write.PersonContext;
import org.leavetracker.domain.write.leave.LeaveRules;
import org.leavetracker.domain.write.organization.Organization;

/**
 * Aggregate tests as Axon's fixtures write them: {@code given} past events, {@code when} a command decides,
 * {@code then} the events it decided, or the error it raised — nothing else of the system involved.
 */
public final class Scenario {

    public static final String ORG = "org1";
    public static final String PERSON = "u1";
    private static final Instant AT = Instant.parse("2026-06-15T09:00:00Z");

    private final List<OrganizationEvent> settings = new ArrayList<>();
    private final List<EmployeeEvent> history = new ArrayList<>();
    private HolidayCalendar calendars = new TableHolidayCalendar();

    private Scenario() {
    }

    /** The organization's settings so far. */
    public static Scenario given(OrganizationEvent... events) {
        Scenario scenario = new Scenario();
        scenario.settings.addAll(Arrays.asList(events));
        return scenario;
    }

    /** More settings. */
    public Scenario andSettings(OrganizationEvent... events) {
        settings.addAll(Arrays.asList(events));
        return this;
    }

    /** The person's events so far. */
    public Scenario and(EmployeeEvent... events) {
        history.addAll(Arrays.asList(events));
        return this;
    }

    public Scenario withHolidays(HolidayCalendar holidays) {
        this.calendars = holidays;
        return this;
    }

    /** A command on the person, with the rules their settings and history imply. */
    @FunctionalInterface
    public interface PersonCommand {
        Decision decide(Employee person, Organization organization, LeaveRules rules);
    }

    public Outcome when(PersonCommand command) {
        Organization organization = Organization.replay(ORG, recorded(ORG, settings)).orElseThrow();
        Employee person = Employee.replay(PERSON, recorded(PERSON, history)).orElseThrow();
        LeaveRules rules = PersonContext.of(person, organization, calendars).rules();
        Decision[] decided = new Decision[1];
        Throwable refused = catchThrowable(() -> decided[0] = command.decide(person, organization, rules));
        return new Outcome(decided[0], refused);
    }

    /** A command on the organization's settings, with the holiday calendars a location may name. */
    @FunctionalInterface
    public interface SettingsCommand {
        Decision decide(Organization organization, HolidayCalendar calendars);
    }

    /** An admin's command on the settings given so far (no person needed). */
    public Outcome whenSettings(SettingsCommand command) {
        Organization organization = Organization.replay(ORG, recorded(ORG, settings)).orElseThrow();
        Decision[] decided = new Decision[1];
        Throwable refused = catchThrowable(() -> decided[0] = command.decide(organization, calendars));
        return new Outcome(decided[0], refused);
    }

    /** What the command decided. */
    public record Outcome(Decision decision, Throwable refusal) {

        public void then(DomainEvent... expected) {
            assertThat(refusal).as("the command was refused").isNull();
            assertThat(decision.events()).containsExactly(expected);
        }

        public void thenNothing() {
            then();
        }

        public void thenRefused(Class<? extends DomainError> error, String messagePart) {
            assertThat(refusal).isInstanceOf(error).hasMessageContaining(messagePart);
        }
    }

    private static List<RecordedEvent> recorded(String aggregateId, List<? extends DomainEvent> events) {
        List<RecordedEvent> recorded = new ArrayList<>();
        for (DomainEvent event : events) {
            recorded.add(new RecordedEvent(ORG, aggregateId, recorded.size() + 1, AT, "admin", null, event));
        }
        return recorded;
    }
}
