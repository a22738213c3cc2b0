package org.leavetracker.adapters.privacy;

import java.util.List;
import java.util.Map;

import org.leavetracker.domain.event.CreditEvent;
import org.leavetracker.domain.event.LeaveEvent;
import org.leavetracker.domain.event.PersonEvent;
import org.leavetracker.domain.model.ErasedPerson;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.read.model.CalendarEntry;
import org.leavetracker.domain.read.model.ExpiringBalance;
import org.leavetracker.domain.read.model.UserRecord;

/**
 * What is personal (docs/decisions/0036): what a person is called and reached at, how they sign in, and what anyone
 * wrote about them or their leave. Dates, amounts, types, statuses and ids are not: every figure is computed from
 * them alone, so erasing the fields below changes none.
 */
public final class PersonalFields {

    /** The personal fields of each event type stored in a person's stream (the stream's id is the person's). */
    static final Map<String, List<String>> OF_EVENTS = Map.ofEntries(
            Map.entry(PersonEvent.UserAdded.TYPE, List.of("email", "name")),
            Map.entry(PersonEvent.UserUpdated.TYPE, List.of("name", "email")),
            Map.entry(PersonEvent.IdentityBound.TYPE, List.of("subject")),
            Map.entry(PersonEvent.IdentityReleased.TYPE, List.of("subject")),
            Map.entry(LeaveEvent.LeaveRequested.TYPE, List.of("reason")),
            Map.entry(LeaveEvent.PastLeaveRecorded.TYPE, List.of("reason")),
            Map.entry(LeaveEvent.ApprovalLevelPassed.TYPE, List.of("note")),
            Map.entry(LeaveEvent.LeaveApproved.TYPE, List.of("note")),
            Map.entry(LeaveEvent.LeaveDenied.TYPE, List.of("reason")),
            Map.entry(LeaveEvent.LeaveCancelled.TYPE, List.of("reason")),
            Map.entry(CreditEvent.BalanceAdjusted.TYPE, List.of("note")),
            Map.entry(CreditEvent.OvertimeRecorded.TYPE, List.of("note")));

    /** A read record's owner (the field holding their id) and its personal fields. */
    record OfRecord(String ownerField, List<String> fields) {
    }

    static final Map<Class<?>, OfRecord> OF_RECORDS = Map.of(
            UserRecord.class, new OfRecord("id", List.of("name", "email")),
            LeaveRequestView.class, new OfRecord("userId", List.of("reason", "decisionNote")),
            CalendarEntry.class, new OfRecord("userId", List.of("userName")),
            ExpiringBalance.class, new OfRecord("userId", List.of("userName")));

    private PersonalFields() {
    }

    /** What an erased field reads as: the names and address the domain shows for an erased person, else nothing. */
    static Object erased(String field, String personId) {
        return switch (field) {
            case "name", "userName" -> ErasedPerson.NAME;
            case "email" -> ErasedPerson.email(personId);
            default -> null;
        };
    }
}
