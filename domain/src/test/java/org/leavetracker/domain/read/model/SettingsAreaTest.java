package org.leavetracker.domain.read.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.event.ApprovalLineEvent;
import org.leavetracker.domain.event.BlackoutEvent;
import org.leavetracker.domain.event.CreditEvent;
import org.leavetracker.domain.event.LeaveEvent;
import org.leavetracker.domain.event.LeaveTypeEvent;
import org.leavetracker.domain.event.LocationEvent;
import org.leavetracker.domain.event.OrganizationEvent;
import org.leavetracker.domain.event.PersonEvent;
import org.leavetracker.domain.event.TeamEvent;
import org.leavetracker.domain.model.BlackoutMode;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.Role;

class SettingsAreaTest {

    @Test
    void set_up_events_name_the_part_of_the_set_up_they_change() {
        assertThat(SettingsArea.of(new OrganizationEvent.OrganizationRenamed("Acme")))
                .contains(SettingsArea.ORGANIZATION);
        assertThat(SettingsArea.of(new LocationEvent.HolidayAdded("l1", LocalDate.of(2026, 5, 1), "May Day")))
                .as("a location's holidays are the location's").contains(SettingsArea.LOCATIONS);
        assertThat(SettingsArea.of(new LeaveTypeEvent.ToilEnabled("t1", 3))).contains(SettingsArea.LEAVE_TYPES);
        assertThat(SettingsArea.of(new BlackoutEvent.BlackoutPeriodAdded("b1", null, LocalDate.of(2026, 12, 21),
                LocalDate.of(2026, 12, 24), List.of(), BlackoutMode.REFUSE))).contains(SettingsArea.WORKFLOW);
        assertThat(SettingsArea.of(new TeamEvent.TeamManagersSet("team1", List.of("u1"))))
                .contains(SettingsArea.TEAMS);
        assertThat(SettingsArea.of(new PersonEvent.UserAdded("a@b.test", "A", Role.MEMBER)))
                .contains(SettingsArea.PEOPLE);
        assertThat(SettingsArea.of(new ApprovalLineEvent.ApproverRemoved("u2"))).contains(SettingsArea.PEOPLE);
    }

    @Test
    void leave_balances_and_private_events_are_not_set_up_changes() {
        assertThat(SettingsArea.of(new LeaveEvent.LeaveCancelled("r1", "u1", null)))
                .as("announced as a request change").isEmpty();
        assertThat(SettingsArea.of(new CreditEvent.BalanceAdjusted("t1", 2026, Days.of(1),
                "note"))).as("announced as a balance change").isEmpty();
        assertThat(SettingsArea.of(new PersonEvent.CalendarTokenRotated("hash"))).as("the person's own secret")
                .isEmpty();
        assertThat(SettingsArea.of(new PersonEvent.IdentityBound("sub"))).isEmpty();
        assertThat(SettingsArea.of(new PersonEvent.LanguageChosen("de"))).as("the person's own language").isEmpty();
    }
}
