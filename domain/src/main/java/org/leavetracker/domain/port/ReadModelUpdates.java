package org.leavetracker.domain.port;

import java.util.List;

import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.model.LeavePolicy;
import org.leavetracker.domain.model.LeaveType;
import org.leavetracker.domain.model.Location;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.read.OrganizationView;
import org.leavetracker.domain.read.model.CalendarEntry;
import org.leavetracker.domain.read.model.ExpiringBalance;
import org.leavetracker.domain.read.model.UserRecord;

/**
 * What projections write. Every write carries the version of the state it was computed from and is applied only if
 * the stored item reflects no newer state: a duplicate or late event can never roll an item back. A user's items
 * depend on two aggregates (the person and their organization's settings), so their version is
 * {@link #versionOf(long, long)} of both.
 * Nothing is ever deleted: a cancelled request stays, with its status, so a late write cannot resurrect it.
 */
public interface ReadModelUpdates {

    /**
     * The organization item, last, and the given location, leave type and policy items (those that changed; the
     * others stay as they are).
     *
     * @param removedPolicies policies taken back: their items are marked removed (never deleted), unlisted
     */
    void putOrganization(OrganizationView organization, List<Location> locations, List<LeaveType> leaveTypes,
                         List<LeavePolicy> policies, List<LeavePolicy> removedPolicies, long version);

    /** A request's read items: itself, its calendar entry, and the queues of those who may decide it. */
    record RequestItems(LeaveRequestView request, CalendarEntry calendarEntry, List<String> approverIds) {
        public RequestItems {
            approverIds = List.copyOf(approverIds);
        }
    }

    /**
     * A person's read items computed at one version: some of their requests' items, their balances, the carried-over
     * days of this year that will expire unused, and their user item, whose version tells a crash recovery that the
     * projection landed.
     */
    record PersonItems(UserRecord user, List<RequestItems> requests, List<Balance> balances, long version,
                       List<ExpiringBalance> expiring) {
        public PersonItems {
            requests = List.copyOf(requests);
            balances = List.copyOf(balances);
            expiring = List.copyOf(expiring);
        }

        public PersonItems(UserRecord user, List<RequestItems> requests, List<Balance> balances, long version) {
            this(user, requests, balances, version, List.of());
        }
    }

    /**
     * Several people's items, in as few calls as the store allows (a batch's or a fan-out piece's people together);
     * each person's user item is never written before their other items (an adapter may write them together).
     */
    void putPeople(List<PersonItems> people);

    /**
     * One number ordering the states of a person's items: first by the person's version, then by their
     * organization's, so a projection that read older settings loses to one that read newer ones.
     */
    static long versionOf(long employeeVersion, long organizationVersion) {
        return (employeeVersion << 32) + organizationVersion;
    }
}
