package org.leavetracker.functions.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType;
import org.leavetracker.adapters.dynamodb.EventItems;
import org.leavetracker.domain.event.RecordedEvent;

/** The DynamoDB stream records Lambda hands the forwarder for items of the events table. */
public final class StreamRecords {

    private StreamRecords() {
    }

    public static DynamodbEvent.DynamodbStreamRecord record(EventItems items, RecordedEvent event, String eventName,
                                                            long sequence) {
        Map<String, AttributeValue> image = new HashMap<>();
        items.toItem(event).forEach((name, value) -> image.put(name, value.s() != null
                ? new AttributeValue().withS(value.s()) : new AttributeValue().withN(value.n())));
        StreamRecord stream = new StreamRecord().withNewImage(image).withSequenceNumber(Long.toString(sequence))
                .withStreamViewType(StreamViewType.NEW_IMAGE);
        DynamodbEvent.DynamodbStreamRecord record = new DynamodbEvent.DynamodbStreamRecord();
        record.setEventName(eventName);
        record.setEventSource("aws:dynamodb");
        record.setDynamodb(stream);
        return record;
    }

    /** One batch of INSERT records, numbered from {@code firstSequence}. */
    public static DynamodbEvent inserts(EventItems items, List<RecordedEvent> events, long firstSequence) {
        DynamodbEvent batch = new DynamodbEvent();
        batch.setRecords(new java.util.ArrayList<>());
        for (int i = 0; i < events.size(); i++) {
            batch.getRecords().add(record(items, events.get(i), "INSERT", firstSequence + i));
        }
        return batch;
    }
}
