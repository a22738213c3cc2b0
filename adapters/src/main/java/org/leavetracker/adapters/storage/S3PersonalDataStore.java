package org.leavetracker.adapters.storage;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.leavetracker.adapters.json.EventJson;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.port.PersonalDataStore;
import org.leavetracker.domain.port.ReportStore.SignedDownload;
import org.leavetracker.domain.read.PersonalData;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.presigner.model.PresignedGetObjectRequest;

/**
 * A person's data as one JSON object in the private bucket, downloaded through a presigned GET: their events as the
 * event log holds them (type, version, time, actor and the event's own fields), beside what is computed from them.
 */
public final class S3PersonalDataStore implements PersonalDataStore {

    public static final String CONTENT_TYPE = "application/json";

    private final S3Bucket bucket;
    private final ObjectMapper mapper;

    public S3PersonalDataStore(S3Bucket bucket, EventJson json) {
        this.bucket = bucket;
        this.mapper = json.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    @Override
    public SignedDownload publish(String key, PersonalData data, Duration validFor) {
        bucket.client().putObject(o -> o.bucket(bucket.name()).key(key).contentType(CONTENT_TYPE)
                        .contentDisposition("attachment; filename=\"personal-data-" + data.profile().id() + ".json\""),
                RequestBody.fromBytes(write(data)));
        PresignedGetObjectRequest signed = bucket.presigner().presignGetObject(p -> p.signatureDuration(validFor)
                .getObjectRequest(o -> o.bucket(bucket.name()).key(key)));
        return new SignedDownload(signed.url().toString(), signed.expiration());
    }

    @Override
    public void deleteAll(String keyPrefix) {
        bucket.client().listObjectsV2Paginator(l -> l.bucket(bucket.name()).prefix(keyPrefix)).contents()
                .forEach(object -> bucket.client().deleteObject(d -> d.bucket(bucket.name()).key(object.key())));
    }

    byte[] write(PersonalData data) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("exportedAt", data.exportedAt().toString());
        file.put("exportedBy", data.exportedBy());
        file.put("profile", data.profile());
        file.put("locations", data.locations());
        file.put("teams", data.teams());
        file.put("requests", data.requests());
        file.put("balances", data.balances());
        file.put("events", events(data.events()));
        file.put("organizationEvents", events(data.organizationEvents()));
        try {
            return mapper.writeValueAsBytes(file);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the personal data of " + data.profile().id(), e);
        }
    }

    private static List<Map<String, Object>> events(List<RecordedEvent> events) {
        return events.stream().map(e -> {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("type", e.type());
            event.put("aggregateId", e.aggregateId());
            event.put("version", e.version());
            event.put("occurredAt", e.occurredAt().toString());
            event.put("actorId", e.actorId());
            event.put("data", e.payload());
            return event;
        }).toList();
    }
}
