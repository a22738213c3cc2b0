package org.leavetracker.adapters.dynamodb;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.leavetracker.domain.calendar.AutoReply;
import org.leavetracker.domain.calendar.CalendarLink;
import org.leavetracker.domain.port.CalendarLinks;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What was put in whose mailbox, in the keys table under {@code calendar#<org>#<request>}: beside the other claims,
 * not in the read table, because it is no projection (a read-side rebuild could not recreate the providers' ids).
 */
public final class DynamoDbCalendarLinks implements CalendarLinks {

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbCalendarLinks(DynamoDbClient dynamo, String tablePrefix) {
        this.dynamo = dynamo;
        this.table = Tables.KEYS.tableName(tablePrefix);
    }

    @Override
    public Optional<CalendarLink> find(String orgId, String requestId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).key(key(orgId, requestId))
                .consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        AutoReply reply = item.containsKey("replyStart") ? AutoReply.scheduled(
                Instant.parse(item.get("replyStart").s()), Instant.parse(item.get("replyEnd").s()),
                item.containsKey("replyMessage") ? item.get("replyMessage").s() : null) : null;
        return Optional.of(new CalendarLink(orgId, requestId, item.get("mailbox").s(),
                item.containsKey("eventId") ? item.get("eventId").s() : null, reply));
    }

    @Override
    public void save(CalendarLink link) {
        Map<String, AttributeValue> item = new HashMap<>(key(link.orgId(), link.requestId()));
        item.put("mailbox", AttributeValue.fromS(link.mailbox()));
        if (link.eventId() != null) {
            item.put("eventId", AttributeValue.fromS(link.eventId()));
        }
        AutoReply reply = link.replySet();
        if (reply != null) {
            item.put("replyStart", AttributeValue.fromS(reply.start().toString()));
            item.put("replyEnd", AttributeValue.fromS(reply.end().toString()));
            if (reply.message() != null) {
                item.put("replyMessage", AttributeValue.fromS(reply.message()));
            }
        }
        dynamo.putItem(b -> b.tableName(table).item(item));
    }

    @Override
    public void remove(String orgId, String requestId) {
        dynamo.deleteItem(b -> b.tableName(table).key(key(orgId, requestId)));
    }

    private static Map<String, AttributeValue> key(String orgId, String requestId) {
        return Map.of(KeyItems.KEY, AttributeValue.fromS("calendar#" + orgId + "#" + requestId));
    }
}
