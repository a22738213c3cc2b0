package org.leavetracker.domain.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.model.LeavePolicy;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.LeaveType;
import org.leavetracker.domain.model.Location;
import org.leavetracker.domain.port.ReadModel;
import org.leavetracker.domain.port.ReadModelUpdates;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.read.OrganizationView;
import org.leavetracker.domain.read.model.CalendarEntry;
import org.leavetracker.domain.read.model.ExpiringBalance;
import org.leavetracker.domain.read.model.Page;
import org.leavetracker.domain.read.model.UserRecord;

/**
 * The read side in memory, with the DynamoDB table's rules: keyed items, each written only if the stored version is
 * not newer, nothing ever deleted.
 */
public final class InMemoryReadModel implements ReadModel, ReadModelUpdates {

    private record Item(Object value, long version) {
    }

    private final Map<String, Item> items = new TreeMap<>();

    @Override
    public Page<UserRecord> usersOf(String orgId, int limit, String after) {
        return Page.of(usersOf(orgId).stream().sorted(java.util.Comparator.comparing(UserRecord::sortKey)).toList(),
                UserRecord::sortKey, limit, after);
    }

    @Override
    public synchronized long projectedVersion(String aggregateId) {
        Item organization = items.get("ORG#" + aggregateId + "|");
        if (organization != null) {
            return organization.version();
        }
        Item user = items.get("USER#" + aggregateId + "|");
        return user == null ? 0 : user.version() >>> 32;
    }

    /** The item of something taken back: kept (a late write cannot resurrect it), never listed. */
    private record Removed(Object value) {
    }

    private synchronized void put(String key, Object value, long version) {
        Item stored = items.get(key);
        if (stored == null || stored.version() <= version) {
            items.put(key, new Item(value, version));
        }
    }

    @SuppressWarnings("unchecked")
    private synchronized <T> List<T> all(String prefix) {
        List<T> values = new ArrayList<>();
        items.forEach((key, item) -> {
            if (key.startsWith(prefix)) {
                values.add((T) item.value());
            }
        });
        return values;
    }

    /** Everything stored, for comparing two read sides item by item. */
    public synchronized Map<String, Object> snapshot() {
        Map<String, Object> copy = new TreeMap<>();
        items.forEach((key, item) -> copy.put(key, item.value()));
        return copy;
    }

    @Override
    public Optional<UserRecord> userByEmail(String normalisedEmail) {
        return this.<UserRecord>all("USER#").stream().filter(u -> u.email().equals(normalisedEmail)).findFirst();
    }

    @Override
    public Optional<UserRecord> user(String userId) {
        return this.<UserRecord>all("USER#" + userId + "|").stream().findFirst();
    }

    @Override
    public List<UserRecord> usersOf(String orgId) {
        return this.<UserRecord>all("USER#").stream().filter(u -> u.orgId().equals(orgId)).toList();
    }

    @Override
    public List<String> organizationIds() {
        return this.<Object>all("ORG#").stream().filter(OrganizationView.class::isInstance)
                .map(o -> ((OrganizationView) o).id()).toList();
    }

    @Override
    public Optional<OrganizationView> organization(String orgId) {
        return this.<OrganizationView>all("ORG#" + orgId + "|").stream().findFirst();
    }

    @Override
    public List<Location> locations(String orgId) {
        return all("LOC#" + orgId + "|");
    }

    @Override
    public List<LeaveType> leaveTypes(String orgId) {
        return all("TYPE#" + orgId + "|");
    }

    @Override
    public List<LeavePolicy> policies(String orgId, String locationId) {
        return this.<Object>all("POLICY#" + orgId + "|").stream()
                .filter(LeavePolicy.class::isInstance).map(LeavePolicy.class::cast)
                .filter(p -> locationId == null || p.locationId().equals(locationId)).toList();
    }

    @Override
    public List<LeaveRequestView> requestsOf(String userId, LeaveStatus status, LocalDate from, LocalDate to) {
        return this.<LeaveRequestView>all("REQ#" + userId + "|").stream()
                .filter(r -> status == null || r.status() == status)
                .filter(r -> from == null || !r.endDate().isBefore(from))
                .filter(r -> to == null || !r.startDate().isAfter(to))
                .sorted(Comparator.comparing(LeaveRequestView::startDate).thenComparing(LeaveRequestView::id))
                .toList();
    }

    @Override
    public List<String> substitutedBy(String substituteId) {
        return this.<String>all("SUBSTITUTE#" + substituteId + "|");
    }

    @Override
    public List<LeaveRequestView> pendingFor(String approverId) {
        return this.<LeaveRequestView>all("APPROVER#" + approverId + "|").stream()
                .filter(r -> r.status() == LeaveStatus.PENDING).toList();
    }

    @Override
    public List<LeaveRequestView> pendingIn(String orgId) {
        return this.<LeaveRequestView>all("PENDING#" + orgId + "|").stream()
                .filter(r -> r.status() == LeaveStatus.PENDING).toList();
    }

    @Override
    public Page<LeaveRequestView> pendingIn(String orgId, int limit, String after) {
        return Page.of(pendingIn(orgId).stream().sorted(Comparator.comparing(InMemoryReadModel::position)).toList(),
                InMemoryReadModel::position, limit, after);
    }

    @Override
    public Page<LeaveRequestView> decidedBy(String deciderId, int limit, String after) {
        Function<LeaveRequestView, String> position = r -> Page.latestFirst(r.startDate(), r.id());
        return Page.of(this.<LeaveRequestView>all("DECIDED#" + deciderId + "|").stream()
                .sorted(Comparator.comparing(position)).toList(), position, limit, after);
    }

    @Override
    public Page<ExpiringBalance> expiring(String orgId, LocalDate from, int limit, String after) {
        return Page.of(this.<ExpiringBalance>all("EXPIRING#" + orgId + "|").stream()
                .filter(e -> !e.days().isZero() && !e.expiresOn().isBefore(from))
                .sorted(Comparator.comparing(Page::byExpiry)).toList(), Page::byExpiry, limit, after);
    }

    @Override
    public List<CalendarEntry> calendar(String orgId, LocalDate from, LocalDate to) {
        return this.<CalendarEntry>all("CAL#" + orgId + "|").stream()
                .filter(e -> e.status().isActive() && !e.endDate().isBefore(from) && !e.startDate().isAfter(to))
                .toList();
    }

    @Override
    public Page<CalendarEntry> calendar(String orgId, LocalDate from, LocalDate to, int limit, String after) {
        return Page.of(calendar(orgId, from, to).stream().sorted(Comparator.comparing(InMemoryReadModel::position))
                .toList(), InMemoryReadModel::position, limit, after);
    }

    private static String position(LeaveRequestView request) {
        return Page.byStartDate(request.startDate(), request.id());
    }

    private static String position(CalendarEntry entry) {
        return Page.byStartDate(entry.startDate(), entry.requestId());
    }

    @Override
    public List<Balance> balances(String userId, int year) {
        return this.<Balance>all("BAL#" + userId + "|").stream().filter(b -> b.year() == year).toList();
    }

    @Override
    public void putOrganization(OrganizationView organization, List<Location> locations, List<LeaveType> leaveTypes,
                                List<LeavePolicy> policies, List<LeavePolicy> removedPolicies, long version) {
        String org = organization.id();
        put("ORG#" + org + "|", organization, version);
        locations.forEach(l -> put("LOC#" + org + "|" + l.id(), l, version));
        leaveTypes.forEach(t -> put("TYPE#" + org + "|" + t.id(), t, version));
        policies.forEach(p -> put("POLICY#" + org + "|" + p.id(), p, version));
        removedPolicies.forEach(p -> put("POLICY#" + org + "|" + p.id(), new Removed(p), version));
    }

    @Override
    public void putPeople(List<PersonItems> people) {
        for (PersonItems person : people) {
            long version = person.version();
            for (RequestItems r : person.requests()) {
                LeaveRequestView request = r.request();
                put("REQ#" + request.userId() + "|" + request.id(), request, version);
                put("CAL#" + request.orgId() + "|" + request.id(), r.calendarEntry(), version);
                r.approverIds().forEach(a -> put("APPROVER#" + a + "|" + request.id(), request, version));
                put("PENDING#" + request.orgId() + "|" + request.id(), request, version);
                request.deciders().forEach(d -> put("DECIDED#" + d + "|" + request.id(), request, version));
            }
            UserRecord user = person.user();
            person.expiring().forEach(e -> put("EXPIRING#" + e.orgId() + "|" + e.userId() + "|" + e.leaveTypeId() + "|"
                    + e.year(), e, version));
            person.balances().forEach(b -> put("BAL#" + user.id() + "|" + b.year() + "|" + b.leaveTypeId(), b,
                    version));
            user.substitutions().forEach(s -> put("SUBSTITUTE#" + s.substituteId() + "|" + user.id(), user.id(),
                    version));
            put("USER#" + user.id() + "|", user, version);
        }
    }
}
