package org.leavetracker.adapters.dynamodb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.leavetracker.adapters.privacy.FieldSealing;
import org.leavetracker.adapters.json.EventJson;
import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.model.LeavePolicy;
import org.leavetracker.domain.model.LeaveStatus;
import org.leavetracker.domain.model.LeaveType;
import org.leavetracker.domain.model.Location;
import org.leavetracker.domain.model.Substitution;
import org.leavetracker.domain.port.ReadModel;
import org.leavetracker.domain.port.ReadModelUpdates;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.read.OrganizationView;
import org.leavetracker.domain.read.model.CalendarEntry;
import org.leavetracker.domain.read.model.ExpiringBalance;
import org.leavetracker.domain.read.model.Page;
import org.leavetracker.domain.read.model.UserRecord;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The read table: queries by key or index only (never a Scan), paginated past DynamoDB's 1 MB pages; writes
 * conditional on the stored version being no newer than the one written (docs/decisions/0007-projections.md).
 */
public final class DynamoDbReadModel implements ReadModel, ReadModelUpdates {

    private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {
    };

    private final DynamoDbClient dynamo;
    private final String table;
    private final ObjectMapper mapper = EventJson.newMapper();
    private final FieldSealing sealing;

    public DynamoDbReadModel(DynamoDbClient dynamo, String tablePrefix) {
        this(dynamo, tablePrefix, FieldSealing.none());
    }

    /** Read items with each person's personal fields sealed under their data key, as in the events. */
    public DynamoDbReadModel(DynamoDbClient dynamo, String tablePrefix, FieldSealing sealing) {
        this.dynamo = dynamo;
        this.table = Tables.READ.tableName(tablePrefix);
        this.sealing = sealing;
    }

    // ---- queries ----

    @Override
    public Optional<UserRecord> userByEmail(String normalisedEmail) {
        return queryIndex(ReadItems.GSI2, ReadItems.GSI2_PK, ReadItems.email(normalisedEmail)).stream()
                .map(item -> read(item, UserRecord.class)).findFirst();
    }

    @Override
    public Optional<UserRecord> user(String userId) {
        return get(ReadItems.user(userId), "USER").map(item -> read(item, UserRecord.class));
    }

    @Override
    public List<UserRecord> usersOf(String orgId) {
        return queryIndex(ReadItems.GSI1, ReadItems.GSI1_PK, ReadItems.usersOf(orgId)).stream()
                .map(item -> read(item, UserRecord.class)).toList();
    }

    /** A scan of the organizations' own items: once a day, whatever the table holds besides costs a fraction of a cent. */
    @Override
    public List<String> organizationIds() {
        List<String> ids = new ArrayList<>();
        dynamo.scanPaginator(b -> b.tableName(table).filterExpression("#sk = :org")
                        .projectionExpression("#pk").expressionAttributeNames(Map.of("#sk", ReadItems.SK, "#pk", ReadItems.PK))
                        .expressionAttributeValues(Map.of(":org", s("ORG"))))
                .items().forEach(item -> ids.add(item.get(ReadItems.PK).s().substring("ORG#".length())));
        return ids;
    }

    /** A DynamoDB page of the organization's index, in name order; the position is the last person's sort key. */
    @Override
    public Page<UserRecord> usersOf(String orgId, int limit, String after) {
        QueryRequest.Builder query = QueryRequest.builder().tableName(table).indexName(ReadItems.GSI1)
                .keyConditionExpression("#pk = :pk").expressionAttributeNames(Map.of("#pk", ReadItems.GSI1_PK))
                .expressionAttributeValues(Map.of(":pk", s(ReadItems.usersOf(orgId)))).limit(limit + 1);
        if (after != null) {
            String userId = after.substring(after.lastIndexOf('#') + 1);
            query.exclusiveStartKey(Map.of(ReadItems.PK, s(ReadItems.user(userId)), ReadItems.SK, s("USER"),
                    ReadItems.GSI1_PK, s(ReadItems.usersOf(orgId)), ReadItems.GSI1_SK, s(after)));
        }
        return pageOf(dynamo.query(query.build()).items().stream().map(item -> read(item, UserRecord.class)).toList(),
                limit, UserRecord::sortKey);
    }

    @Override
    public Optional<OrganizationView> organization(String orgId) {
        return get(ReadItems.org(orgId), "ORG").map(item -> read(item, OrganizationView.class));
    }

    @Override
    public List<Location> locations(String orgId) {
        return query(ReadItems.org(orgId), "LOC#").stream().map(item -> read(item, Location.class)).toList();
    }

    @Override
    public List<LeaveType> leaveTypes(String orgId) {
        return query(ReadItems.org(orgId), "TYPE#").stream().map(item -> read(item, LeaveType.class)).toList();
    }

    @Override
    public List<LeavePolicy> policies(String orgId, String locationId) {
        String prefix = locationId == null ? "POLICY#" : "POLICY#" + locationId + "#";
        return query(ReadItems.org(orgId), prefix).stream().filter(item -> !item.containsKey(ReadItems.REMOVED))
                .map(item -> read(item, LeavePolicy.class)).toList();
    }

    @Override
    public List<LeaveRequestView> requestsOf(String userId, LeaveStatus status, LocalDate from, LocalDate to) {
        List<Map<String, AttributeValue>> items = to == null ? query(ReadItems.user(userId), "REQ#")
                : queryBetween(ReadItems.user(userId), "REQ#", "REQ#" + to + "#~");
        return items.stream().map(item -> read(item, LeaveRequestView.class))
                .filter(r -> status == null || r.status() == status)
                .filter(r -> from == null || !r.endDate().isBefore(from))
                .toList();
    }

    @Override
    public List<String> substitutedBy(String substituteId) {
        return query(ReadItems.substitute(substituteId), null).stream().map(item -> item.get(ReadItems.SK).s())
                .toList();
    }

    @Override
    public List<LeaveRequestView> pendingFor(String approverId) {
        return pending(ReadItems.approverQueue(approverId), Integer.MAX_VALUE, null).items();
    }

    @Override
    public List<LeaveRequestView> pendingIn(String orgId) {
        return pending(ReadItems.adminQueue(orgId), Integer.MAX_VALUE, null).items();
    }

    @Override
    public Page<LeaveRequestView> pendingIn(String orgId, int limit, String after) {
        return pending(ReadItems.adminQueue(orgId), limit, after);
    }

    /** A queue's PENDING entries from the sparse index: decided requests' entries are not in it. */
    private Page<LeaveRequestView> pending(String queue, int limit, String after) {
        return listedPage(queue, after, limit, LeaveRequestView.class, r -> Page.byStartDate(r.startDate(), r.id()));
    }

    /** One page of a list on the sparse index, after {@code after}, in its stored order. */
    private <T> Page<T> listedPage(String list, String after, int limit, Class<T> type, Function<T, String> position) {
        List<T> records = new ArrayList<>();
        for (Map<String, AttributeValue> item : listed(list, after, null, limit)) {
            if (records.size() > limit) {
                break;
            }
            records.add(read(item, type));
        }
        return pageOf(records, limit, position);
    }

    @Override
    public Page<LeaveRequestView> decidedBy(String deciderId, int limit, String after) {
        return listedPage(ReadItems.decidedBy(deciderId), after, limit, LeaveRequestView.class,
                r -> Page.latestFirst(r.startDate(), r.id()));
    }

    @Override
    public Page<ExpiringBalance> expiring(String orgId, LocalDate from, int limit, String after) {
        String lower = after != null && after.compareTo(from.toString()) > 0 ? after : from + "#"; // "#" < any id
        return listedPage(ReadItems.expiring(orgId), lower, limit, ExpiringBalance.class, Page::byExpiry);
    }

    @Override
    public List<CalendarEntry> calendar(String orgId, LocalDate from, LocalDate to) {
        return calendar(orgId, from, to, Integer.MAX_VALUE, null).items();
    }

    /**
     * Month by month in start-date order: the first month's partition holds, before its own, every entry that began
     * earlier and lasts into it; a later month contributes only the entries that begin in it (the others were listed
     * already).
     */
    @Override
    public Page<CalendarEntry> calendar(String orgId, LocalDate from, LocalDate to, int limit, String after) {
        LocalDate first = from.withDayOfMonth(1);
        LocalDate resume = after == null ? first : LocalDate.parse(after.substring(0, after.indexOf('#')));
        String last = Page.byStartDate(to, "~"); // after every id starting on the last day
        List<CalendarEntry> entries = new ArrayList<>();
        for (LocalDate month = resume.isAfter(first) ? resume.withDayOfMonth(1) : first;
             !month.isAfter(to) && entries.size() <= limit; month = month.plusMonths(1)) {
            String lower = month.equals(first) ? after : max(after, month.toString());
            for (Map<String, AttributeValue> item : listed(ReadItems.calendar(orgId, month), lower, last,
                    limit - entries.size())) {
                CalendarEntry entry = read(item, CalendarEntry.class);
                if (!entry.endDate().isBefore(from)) {
                    entries.add(entry);
                }
                if (entries.size() > limit) {
                    break;
                }
            }
        }
        return pageOf(entries, limit, e -> Page.byStartDate(e.startDate(), e.requestId()));
    }

    private static String max(String a, String b) {
        return a == null || b.compareTo(a) > 0 ? b : a;
    }

    /** Reading one more than asked tells whether a next page exists without another round trip. */
    private static <T> Page<T> pageOf(List<T> read, int limit, Function<T, String> position) {
        boolean more = read.size() > limit;
        List<T> page = more ? read.subList(0, limit) : read;
        return new Page<>(page, more ? position.apply(page.getLast()) : null);
    }

    /**
     * A list's items on the sparse index in page order, after {@code after} (exclusive) and up to {@code last}
     * (inclusive), either null for no bound; fetched lazily {@code remaining + 1} at a time.
     */
    private Iterable<Map<String, AttributeValue>> listed(String list, String after, String last, int remaining) {
        Map<String, String> names = Map.of("#pk", ReadItems.GSI3_PK, "#sk", ReadItems.GSI3_SK);
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", s(list)));
        String condition;
        if (after != null && last != null) {
            condition = "#pk = :pk AND #sk BETWEEN :after AND :last";
        } else if (after != null) {
            condition = "#pk = :pk AND #sk > :after";
        } else if (last != null) {
            condition = "#pk = :pk AND #sk <= :last";
        } else {
            condition = "#pk = :pk";
        }
        if (after != null) {
            values.put(":after", s(after));
        }
        if (last != null) {
            values.put(":last", s(last));
        }
        QueryRequest query = QueryRequest.builder().tableName(table).indexName(ReadItems.GSI3)
                .keyConditionExpression(condition)
                .expressionAttributeNames(condition.contains("#sk") ? names : Map.of("#pk", ReadItems.GSI3_PK))
                .expressionAttributeValues(values).limit(Math.min(remaining, 999) + 1).build();
        // BETWEEN includes its lower bound: the item at the position itself was on the page before
        return () -> StreamSupport.stream(dynamo.queryPaginator(query).items().spliterator(), false)
                .filter(item -> after == null || item.get(ReadItems.GSI3_SK).s().compareTo(after) > 0).iterator();
    }

    @Override
    public List<Balance> balances(String userId, int year) {
        return query(ReadItems.user(userId), "BAL#" + year + "#").stream()
                .map(item -> read(item, Balance.class)).toList();
    }

    /**
     * The version of an aggregate the read side reflects: the organization item's version, or the person's part of
     * a user item's (person, organization) version; 0 when nothing of it was projected. Those two items are written
     * last by every projection, so a projection cut short (a crash) never looks complete.
     */
    @Override
    public long projectedVersion(String aggregateId) {
        Optional<Map<String, AttributeValue>> organization = get(ReadItems.org(aggregateId), "ORG");
        if (organization.isPresent()) {
            return Long.parseLong(organization.get().get(ReadItems.VERSION).n());
        }
        return get(ReadItems.user(aggregateId), "USER")
                .map(item -> Long.parseLong(item.get(ReadItems.VERSION).n()) >>> 32).orElse(0L);
    }

    // ---- updates ----

    @Override
    public void putOrganization(OrganizationView organization, List<Location> locations, List<LeaveType> leaveTypes,
                                List<LeavePolicy> policies, List<LeavePolicy> removedPolicies, long version) {
        String pk = ReadItems.org(organization.id());
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        locations.forEach(l -> items.add(item(pk, "LOC#" + l.id(), l)));
        leaveTypes.forEach(t -> items.add(item(pk, "TYPE#" + t.id(), t)));
        policies.forEach(p -> items.add(item(pk, "POLICY#" + p.locationId() + "#" + p.id(), p)));
        // a removed policy's item stays, marked, so that a late write of an older state cannot bring it back
        removedPolicies.forEach(p -> {
            Map<String, AttributeValue> item = item(pk, "POLICY#" + p.locationId() + "#" + p.id(), p);
            item.put(ReadItems.REMOVED, AttributeValue.fromBool(true));
            items.add(item);
        });
        putAll(items, version);
        // last: its version says the whole projection landed (see projectedVersion)
        put(item(pk, "ORG", organization), version);
    }

    /**
     * Everyone's items in as few conditional transactions as {@link VersionedPut#putAll} makes, in order: each
     * person's requests' items, balances, whom they named substitute, and last their user item.
     */
    @Override
    public void putPeople(List<PersonItems> people) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (PersonItems person : people) {
            List<Map<String, AttributeValue>> own = new ArrayList<>();
            person.requests().forEach(r -> addRequestItems(own, r));
            UserRecord user = person.user();
            // listed while days would expire; rewritten unlisted when none would, so a late write cannot list it again
            person.expiring().forEach(e -> own.add(listedIf(!e.days().isZero(), item(ReadItems.expiring(e.orgId()),
                    e.userId() + "#" + e.leaveTypeId() + "#" + e.year(), e), Page.byExpiry(e))));
            person.balances().forEach(b -> own.add(item(ReadItems.user(user.id()),
                    ReadItems.balance(b.year(), b.leaveTypeId()), b)));
            // kept when a substitution ends: whether it covers a day is the user item's to say
            user.substitutions().stream().map(Substitution::substituteId).distinct().forEach(substituteId ->
                    own.add(item(ReadItems.substitute(substituteId), user.id(), user.id())));
            own.add(userItem(user));
            items.addAll(stamped(own, person.version()));
        }
        VersionedPut.putAll(dynamo, table, items, ReadItems.VERSION);
    }

    private Map<String, AttributeValue> userItem(UserRecord user) {
        Map<String, AttributeValue> item = item(ReadItems.user(user.id()), "USER", user);
        item.put(ReadItems.GSI1_PK, s(ReadItems.usersOf(user.orgId())));
        item.put(ReadItems.GSI1_SK, s(user.sortKey())); // name order for the directory's pages
        item.put(ReadItems.GSI2_PK, s(ReadItems.email(user.email())));
        item.put(ReadItems.GSI2_SK, s("USER"));
        return item;
    }

    /** The request itself, its calendar entry in each month it touches, and its queue entries. */
    private void addRequestItems(List<Map<String, AttributeValue>> items, RequestItems r) {
        LeaveRequestView request = r.request();
        items.add(item(ReadItems.user(request.userId()), ReadItems.request(request.startDate(), request.id()),
                request));
        String listed = ReadItems.listed(request.startDate(), request.id());
        boolean onCalendar = r.calendarEntry().status().isActive();
        for (LocalDate month = request.startDate().withDayOfMonth(1); !month.isAfter(request.endDate());
             month = month.plusMonths(1)) {
            items.add(listedIf(onCalendar, item(ReadItems.calendar(request.orgId(), month), request.id(),
                    r.calendarEntry()), listed));
        }
        // Queue entries stay when the request is decided (with its new status, off the index): nothing is ever
        // deleted, so a late write can never bring a decided request back into a queue.
        boolean pending = request.status() == LeaveStatus.PENDING;
        for (String approverId : new LinkedHashSet<>(r.approverIds())) {
            items.add(listedIf(pending, item(ReadItems.approverQueue(approverId), request.id(), request), listed));
        }
        items.add(listedIf(pending, item(ReadItems.adminQueue(request.orgId()), request.id(), request), listed));
        // a decision stays its decider's, whatever happens to the request later (its state is rewritten here)
        for (String deciderId : request.deciders()) {
            items.add(listedIf(true, item(ReadItems.decidedBy(deciderId), request.id(), request),
                    Page.latestFirst(request.startDate(), request.id())));
        }
    }

    /** On the sparse index under its own partition key while listed; a rewritten item without them leaves it. */
    private static Map<String, AttributeValue> listedIf(boolean listed, Map<String, AttributeValue> item,
                                                        String position) {
        if (listed) {
            item.put(ReadItems.GSI3_PK, item.get(ReadItems.PK));
            item.put(ReadItems.GSI3_SK, s(position));
        }
        return item;
    }

    // ---- plumbing ----

    private Map<String, AttributeValue> item(String pk, String sk, Object record) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(ReadItems.PK, s(pk));
        item.put(ReadItems.SK, s(sk));
        try {
            if (sealing.sealsRecord(record.getClass())) {
                Map<String, Object> fields = mapper.convertValue(record, TREE);
                sealing.sealRecord(record.getClass(), fields);
                item.put(ReadItems.DATA, s(mapper.writeValueAsString(fields)));
            } else {
                item.put(ReadItems.DATA, s(mapper.writeValueAsString(record)));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + record.getClass().getSimpleName(), e);
        }
        return item;
    }

    /** A write computed from an older state than the stored one changes nothing; the same state is rewritten. */
    private void put(Map<String, AttributeValue> item, long version) {
        item.put(ReadItems.VERSION, AttributeValue.fromN(Long.toString(version)));
        VersionedPut.put(dynamo, table, item, ReadItems.VERSION, version, true);
    }

    private void putAll(List<Map<String, AttributeValue>> items, long version) {
        VersionedPut.putAll(dynamo, table, stamped(items, version), ReadItems.VERSION);
    }

    /** The items, each carrying the version of the state they were computed from. */
    private static List<Map<String, AttributeValue>> stamped(List<Map<String, AttributeValue>> items, long version) {
        items.forEach(item -> item.put(ReadItems.VERSION, AttributeValue.fromN(Long.toString(version))));
        return items;
    }

    private Optional<Map<String, AttributeValue>> get(String pk, String sk) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table)
                .key(Map.of(ReadItems.PK, s(pk), ReadItems.SK, s(sk)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    private List<Map<String, AttributeValue>> query(String pk, String skPrefix) {
        QueryRequest.Builder query = QueryRequest.builder().tableName(table);
        if (skPrefix == null) {
            query.keyConditionExpression("#pk = :pk").expressionAttributeNames(Map.of("#pk", ReadItems.PK))
                    .expressionAttributeValues(Map.of(":pk", s(pk)));
        } else {
            query.keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                    .expressionAttributeNames(Map.of("#pk", ReadItems.PK, "#sk", ReadItems.SK))
                    .expressionAttributeValues(Map.of(":pk", s(pk), ":prefix", s(skPrefix)));
        }
        return all(query.build());
    }

    private List<Map<String, AttributeValue>> queryBetween(String pk, String fromSk, String toSk) {
        return all(QueryRequest.builder().tableName(table)
                .keyConditionExpression("#pk = :pk AND #sk BETWEEN :from AND :to")
                .expressionAttributeNames(Map.of("#pk", ReadItems.PK, "#sk", ReadItems.SK))
                .expressionAttributeValues(Map.of(":pk", s(pk), ":from", s(fromSk), ":to", s(toSk)))
                .build());
    }

    private List<Map<String, AttributeValue>> queryIndex(String index, String keyName, String key) {
        return all(QueryRequest.builder().tableName(table).indexName(index)
                .keyConditionExpression("#pk = :pk").expressionAttributeNames(Map.of("#pk", keyName))
                .expressionAttributeValues(Map.of(":pk", s(key))).build());
    }

    /** Every page: a result past 1 MB arrives in several. */
    private List<Map<String, AttributeValue>> all(QueryRequest query) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        dynamo.queryPaginator(query).items().forEach(items::add);
        return items;
    }

    private <T> T read(Map<String, AttributeValue> item, Class<T> type) {
        try {
            if (sealing.sealsRecord(type)) {
                Map<String, Object> fields = mapper.readValue(item.get(ReadItems.DATA).s(), TREE);
                sealing.openRecord(type, fields);
                return mapper.convertValue(fields, type);
            }
            return mapper.readValue(item.get(ReadItems.DATA).s(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read " + type.getSimpleName() + " item " + item.get(ReadItems.PK),
                    e);
        }
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
