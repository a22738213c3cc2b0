package org.leavetracker.domain.port;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.model.LeavePolicy;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.LeaveType;
import org.leavetracker.domain.model.Location;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.read.OrganizationView;
import org.leavetracker.domain.read.model.CalendarEntry;
import org.leavetracker.domain.read.model.ExpiringBalance;
import org.leavetracker.domain.read.model.Page;
import org.leavetracker.domain.read.model.UserRecord;

/**
 * The read side's tables, as queries see them (eventually consistent). Every method is a key or index lookup.
 */
public interface ReadModel {

    Optional<UserRecord> userByEmail(String normalisedEmail);

    Optional<UserRecord> user(String userId);

    List<UserRecord> usersOf(String orgId);

    /** Every organization's id: for the daily jobs that go through all of them (never a request path). */
    List<String> organizationIds();

    /**
     * One page of an organization's people in the order of {@link UserRecord#sortKey()} (by name), after a position
     * an earlier page gave (null: from the start).
     */
    Page<UserRecord> usersOf(String orgId, int limit, String after);

    Optional<OrganizationView> organization(String orgId);

    List<Location> locations(String orgId);

    List<LeaveType> leaveTypes(String orgId);

    /** Policies of an organization, of one location when {@code locationId} is given. */
    List<LeavePolicy> policies(String orgId, String locationId);

    /**
     * A user's requests whose dates meet [from, to] (either bound may be null), of one status if given, by start date
     * then id.
     */
    List<LeaveRequestView> requestsOf(String userId, LeaveStatus status, LocalDate from, LocalDate to);

    /**
     * Everyone who ever named this person their substitute (whether for today is for their {@link UserRecord} to
     * say): what an approver's queue adds to their own, without reading the whole directory.
     */
    List<String> substitutedBy(String substituteId);

    /** PENDING requests waiting for one approver. */
    List<LeaveRequestView> pendingFor(String approverId);

    /** Every PENDING request of an organization (what admins may decide). */
    List<LeaveRequestView> pendingIn(String orgId);

    /**
     * One page of {@link #pendingIn(String)} in the order of {@link Page#byStartDate} (start date, then id), after a
     * position an earlier page gave (null: from the start). Reads only what the page holds, however long the list.
     */
    Page<LeaveRequestView> pendingIn(String orgId, int limit, String after);

    /**
     * One page of the requests a person approved or denied at some level ({@link LeaveRequestView#deciders()}), the
     * latest start date first ({@link Page#latestFirst}), in their current state.
     */
    Page<LeaveRequestView> decidedBy(String deciderId, int limit, String after);

    /**
     * One page of an organization's carried-over days that will expire unused, expiring on or after {@code from}, the
     * soonest first (position: expiry date, person, leave type).
     */
    Page<ExpiringBalance> expiring(String orgId, LocalDate from, int limit, String after);

    /** PENDING and APPROVED leave of an organization meeting [from, to]. */
    List<CalendarEntry> calendar(String orgId, LocalDate from, LocalDate to);

    /** One page of {@link #calendar(String, LocalDate, LocalDate)} in the order of {@link Page#byStartDate}. */
    Page<CalendarEntry> calendar(String orgId, LocalDate from, LocalDate to, int limit, String after);

    List<Balance> balances(String userId, int year);

    /**
     * The version of an aggregate (an organization, or a person) whose projection has fully landed; 0 when nothing of
     * it was projected yet.
     */
    long projectedVersion(String aggregateId);
}
