package org.leavetracker.functions.support;

import java.net.URI;
import java.util.Optional;

import org.leavetracker.adapters.appsync.AppSyncPublisher;
import org.leavetracker.adapters.bus.EventBridgeBus;
import org.leavetracker.adapters.dynamodb.DynamoDbDeliveryLog;
import org.leavetracker.adapters.dynamodb.DynamoDbEventStore;
import org.leavetracker.adapters.dynamodb.DynamoDbRateLimits;
import org.leavetracker.adapters.dynamodb.DynamoDbReadModel;
import org.leavetracker.adapters.dynamodb.EventItems;
import org.leavetracker.adapters.dynamodb.Snapshots;
import org.leavetracker.adapters.holiday.JollydayHolidayCalendar;
import org.leavetracker.adapters.json.EventJson;
import org.leavetracker.adapters.privacy.DataKeys;
import org.leavetracker.adapters.privacy.FieldSealing;
import org.leavetracker.adapters.privacy.FileKeyWrapping;
import org.leavetracker.adapters.privacy.KeyWrapping;
import org.leavetracker.adapters.privacy.KmsKeyWrapping;
import org.leavetracker.adapters.storage.S3Bucket;
import org.leavetracker.adapters.system.RandomIds;
import org.leavetracker.adapters.system.SystemClock;
import org.leavetracker.adapters.webhook.WebhookSettings;
import org.leavetracker.domain.port.ChangePublisher;
import org.leavetracker.domain.port.Clock;
import org.leavetracker.domain.port.DeliveryLog;
import org.leavetracker.domain.port.EventStore;
import org.leavetracker.domain.port.HolidayCalendar;
import org.leavetracker.domain.port.IdGenerator;
import org.leavetracker.domain.port.PersonalDataKeys;
import org.leavetracker.domain.port.RateLimits;
import org.leavetracker.domain.port.ReadModel;
import org.leavetracker.domain.port.ReadModelUpdates;
import org.leavetracker.domain.read.projection.ReadModelProjector;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.adapters.dynamodb.DynamoDbCalendarDeliveryLog;
import org.leavetracker.adapters.dynamodb.DynamoDbCalendarLinks;
import org.leavetracker.domain.port.CalendarDeliveryLog;
import org.leavetracker.domain.port.CalendarLinks;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.KmsClientBuilder;

/**
 * What the application is built around: its adapters, behind the domain's ports. The real ones come from the Lambda
 * environment (every variable the stack sets is read here) or, for the local runtime and the tests, from a DynamoDB
 * client of their own.
 *
 * @param readModel        the read tables as queries read them
 * @param readModelUpdates the same tables as the projection writes them
 * @param bucket           where uploads and reports live (absent: no uploads or reports)
 * @param webhooks         the webhook signing key and endpoint policy (absent: no webhooks)
 * @param rateLimits       the budgets of callers and organizations, shared by every process
 * @param calendars        SPEC §8 calendars' credentials, providers and test (absent: a deployment without them)
 * @param calendarLinks    what was put in whose calendar
 * @param calendarLog      the calendar delivery log
 * @param personalKeys     each person's data key, under which their personal fields are sealed (SPEC §3.10)
 */
public record Ports(EventJson json, EventStore events, ReadModel readModel, ReadModelUpdates readModelUpdates,
                    DeliveryLog deliveryLog, HolidayCalendar holidays, Clock clock, IdGenerator ids,
                    Optional<S3Bucket> bucket, Optional<WebhookSettings> webhooks, RateLimits rateLimits,
                    Optional<CalendarPorts> calendars, CalendarLinks calendarLinks,
                    CalendarDeliveryLog calendarLog, PersonalDataKeys personalKeys) {

    /** The same, with SPEC §8 calendars. */
    public Ports withCalendars(CalendarPorts ports) {
        return new Ports(json, events, readModel, readModelUpdates, deliveryLog, holidays, clock, ids, bucket,
                webhooks, rateLimits, Optional.of(ports), calendarLinks, calendarLog, personalKeys);
    }

    /** The same, with what else must happen when a person's key is destroyed (the local runtime's mail catcher). */
    public Ports withPersonalKeys(PersonalDataKeys keys) {
        return new Ports(json, events, readModel, readModelUpdates, deliveryLog, holidays, clock, ids, bucket,
                webhooks, rateLimits, calendars, calendarLinks, calendarLog, keys);
    }

    /** Recomputes read items from the aggregates' events (the projection's and the rebuild's). */
    public ReadModelProjector projector() {
        return new ReadModelProjector(repository(), readModel, readModelUpdates, holidays);
    }

    /** Loads aggregates from the event store and appends what they decide, with this clock and these ids. */
    public Repository repository() {
        return new Repository(events, clock, ids);
    }

    /** A load writes a new snapshot each time a stream passes a multiple of this many events. */
    private static final int SNAPSHOT_EVERY = 100;

    /**
     * The DynamoDB adapters on the tables of one prefix, personal fields sealed under a master key made for this
     * process only (tests and benchmarks: one process, tables of its own).
     */
    public static Ports dynamoDb(DynamoDbClient dynamo, String tablePrefix, Clock clock, S3Bucket bucket,
                                 WebhookSettings webhooks) {
        return dynamoDb(dynamo, tablePrefix, clock, bucket, webhooks, new FileKeyWrapping(processMasterKey()));
    }

    private static byte[] processMasterKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return key;
    }

    /** The DynamoDB adapters on the tables of one prefix, people's data keys wrapped by {@code masterKey}. */
    public static Ports dynamoDb(DynamoDbClient dynamo, String tablePrefix, Clock clock, S3Bucket bucket,
                                 WebhookSettings webhooks, KeyWrapping masterKey) {
        DataKeys keys = new DataKeys(dynamo, tablePrefix, masterKey);
        FieldSealing sealing = new FieldSealing(keys);
        EventJson json = new EventJson(sealing);
        DynamoDbReadModel readModel = new DynamoDbReadModel(dynamo, tablePrefix, sealing);
        return new Ports(json, new DynamoDbEventStore(dynamo, tablePrefix, new EventItems(json),
                new Snapshots(dynamo, tablePrefix, json, SNAPSHOT_EVERY)), readModel, readModel,
                new DynamoDbDeliveryLog(dynamo, tablePrefix), new JollydayHolidayCalendar(), clock, new RandomIds(),
                Optional.ofNullable(bucket), Optional.ofNullable(webhooks), new DynamoDbRateLimits(dynamo, tablePrefix),
                Optional.empty(), new DynamoDbCalendarLinks(dynamo, tablePrefix),
                new DynamoDbCalendarDeliveryLog(dynamo, tablePrefix), keys);
    }

    /**
     * From the Lambda environment the stack sets: TABLE_PREFIX, AWS_REGION, UPLOADS_BUCKET, the webhook key's secret,
     * and those of {@link CalendarPorts#fromEnvironment}.
     */
    public static Ports fromEnvironment() {
        String region = System.getenv("AWS_REGION");
        String bucket = System.getenv("UPLOADS_BUCKET");
        Ports ports = dynamoDb(dynamoDbFromEnvironment(), tablePrefixFromEnvironment(), new SystemClock(),
                bucket == null || bucket.isBlank() ? null
                        : S3Bucket.inRegion(region == null ? Region.US_EAST_1 : Region.of(region), bucket),
                WebhookSettings.fromEnvironment().orElse(null), masterKeyFromEnvironment());
        return CalendarPorts.fromEnvironment().map(ports::withCalendars).orElse(ports);
    }

    /**
     * The stack's KMS key (PERSONAL_DATA_KEY_ID), which wraps every person's data key; KMS_ENDPOINT points at another
     * KMS (the packaging test's recorded one).
     */
    public static KeyWrapping masterKeyFromEnvironment() {
        String keyId = System.getenv("PERSONAL_DATA_KEY_ID");
        if (keyId == null || keyId.isBlank()) {
            throw new IllegalStateException("PERSONAL_DATA_KEY_ID is not set: people's data keys cannot be wrapped");
        }
        KmsClientBuilder kms = KmsClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder());
        String endpoint = System.getenv("KMS_ENDPOINT");
        if (endpoint != null && !endpoint.isBlank()) {
            kms.endpointOverride(URI.create(endpoint));
        }
        return new KmsKeyWrapping(kms.build(), keyId);
    }

    /** AWS_REGION's DynamoDB, or DYNAMODB_ENDPOINT's (a DynamoDB Local server). */
    public static DynamoDbClient dynamoDbFromEnvironment() {
        DynamoDbClientBuilder builder = DynamoDbClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder());
        String region = System.getenv("AWS_REGION");
        if (region != null) {
            builder.region(Region.of(region));
        }
        String endpoint = System.getenv("DYNAMODB_ENDPOINT");
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder.build();
    }

    /** The stack's event bus (EVENT_BUS_NAME): what the forwarder puts events on, and the fan-out its pieces. */
    public static EventBridgeBus eventBusFromEnvironment() {
        return new EventBridgeBus(EventBridgeClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .build(), System.getenv("EVENT_BUS_NAME"));
    }

    /** The stack's AppSync endpoint (GRAPHQL_URL), its IAM-only publish… mutations signed with the function's role. */
    public static ChangePublisher appSyncFromEnvironment(EventJson json) {
        return new AppSyncPublisher(URI.create(System.getenv("GRAPHQL_URL")), System.getenv("AWS_REGION"),
                DefaultCredentialsProvider.builder().build(), UrlConnectionHttpClient.create(), json.mapper());
    }

    public static String tablePrefixFromEnvironment() {
        return System.getenv().getOrDefault("TABLE_PREFIX", "leave-tracker-");
    }
}
