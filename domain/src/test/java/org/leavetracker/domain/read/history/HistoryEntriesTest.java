package org.leavetracker.domain.read.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.event.CreditEvent;
import org.leavetracker.domain.event.EmploymentEvent;
import org.leavetracker.domain.event.LeaveEvent;
import org.leavetracker.domain.model.ApprovalLevel;
import org.leavetracker.domain.model.Days;
import org.leavetracker.domain.model.HalfDay;

class HistoryEntriesTest {

    private static final LocalDate MON = LocalDate.of(2026, 7, 6);
    private static final LocalDate FRI = LocalDate.of(2026, 7, 10);

    @Test
    void a_request_names_its_type_and_dates_and_the_decisions_on_it_name_the_request() {
        HistoryEntry asked = HistoryEntries.of(new LeaveEvent.LeaveRequested("r1", "pto", MON, FRI, HalfDay.NONE,
                "Summer", "c1", false, ApprovalLevel.SINGLE));
        assertThat(asked).extracting(HistoryEntry::kind, HistoryEntry::requestId, HistoryEntry::leaveTypeId,
                HistoryEntry::from, HistoryEntry::to, HistoryEntry::text)
                .containsExactly(HistoryKind.LEAVE_ASKED_FOR, "r1", "pto", MON, FRI, "Summer");
        assertThat(HistoryEntries.of(new LeaveEvent.LeaveApproved("r1", null, "no approval needed")).kind())
                .isEqualTo(HistoryKind.LEAVE_GRANTED_AT_ONCE);
        HistoryEntry bySubstitute = HistoryEntries.of(new LeaveEvent.LeaveDenied("r1", "sub", "Release", "boss"));
        assertThat(bySubstitute).extracting(HistoryEntry::kind, HistoryEntry::requestId, HistoryEntry::personId,
                HistoryEntry::text).containsExactly(HistoryKind.LEAVE_REFUSED, "r1", "boss", "Release");
    }

    @Test
    void figures_keep_their_types_and_a_move_out_of_every_team_is_its_own_kind() {
        HistoryEntry adjusted = HistoryEntries.of(new CreditEvent.BalanceAdjusted("pto", 2026, Days.ofHalves(-3), "n"));
        assertThat(adjusted.days()).isEqualTo(Days.ofHalves(-3));
        assertThat(adjusted.year()).isEqualTo(2026);
        assertThat(HistoryEntries.of(new EmploymentEvent.UserMovedToTeam(null, MON)).kind())
                .isEqualTo(HistoryKind.LEFT_TEAM);
        assertThat(HistoryEntries.of(new EmploymentEvent.UserMovedToTeam("t1", MON)))
                .extracting(HistoryEntry::kind, HistoryEntry::teamId).containsExactly(HistoryKind.MOVED_TO_TEAM, "t1");
        assertThat(HistoryEntries.of(new EmploymentEvent.WorkingWeekSet(List.of(java.time.DayOfWeek.MONDAY), MON,
                null, null)).workingDays()).containsExactly(java.time.DayOfWeek.MONDAY);
    }
}
