package org.leavetracker.functions.support;

import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;

import org.leavetracker.adapters.dynamodb.DynamoDbDeliveryLog;
import org.leavetracker.adapters.dynamodb.DynamoDbEventStore;
import org.leavetracker.adapters.dynamodb.DynamoDbReadModel;
import org.leavetracker.adapters.dynamodb.EventItems;
import org.leavetracker.adapters.dynamodb.Snapshots;
import org.leavetracker.adapters.holiday.JollydayHolidayCalendar;
import org.leavetracker.adapters.json.EventJson;
import org.leavetracker.adapters.storage.S3Bucket;
import org.leavetracker.adapters.system.RandomIds;
import org.leavetracker.adapters.system.SystemClock;
import org.leavetracker.domain.calendar.CalendarFeeds;
import org.leavetracker.domain.port.Clock;
import org.leavetracker.domain.port.DeliveryLog;
import org.leavetracker.domain.usecase.WebhookAdministration;
import org.leavetracker.functions.webhook.WebhookSettings;
import org.leavetracker.domain.upload.Uploads;
import org.leavetracker.domain.usecase.LeaveReports;
import org.leavetracker.domain.port.HolidayCalendar;
import org.leavetracker.domain.usecase.CallerResolver;
import org.leavetracker.domain.usecase.CommandRetry;
import org.leavetracker.domain.usecase.EmployeeAdministration;
import org.leavetracker.domain.usecase.LeaveQueries;
import org.leavetracker.domain.usecase.LeaveWorkflow;
import org.leavetracker.domain.usecase.OrganizationSetup;
import org.leavetracker.domain.usecase.ReadModelProjector;
import org.leavetracker.domain.usecase.ReadQueries;
import org.leavetracker.domain.usecase.ReadYourWrites;
import org.leavetracker.domain.usecase.Repository;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * The application wired once: adapters and use cases. A Lambda builds it in a static field (once per cold start,
 * before a SnapStart snapshot); the local runtime builds the same object around its own DynamoDB client and clock.
 */
public final class Application {

    /** How many events past the last snapshot make a load write a new one. */
    private static final int SNAPSHOT_EVERY = 100;

    public final DynamoDbClient dynamo;
    public final EventJson json = new EventJson();
    public final DynamoDbEventStore eventStore;
    public final DynamoDbReadModel readModel;
    public final HolidayCalendar holidays = new JollydayHolidayCalendar();
    public final Clock clock;
    public final Repository repository;
    public final CallerResolver callers;
    public final OrganizationSetup setup;
    public final EmployeeAdministration administration;
    public final LeaveWorkflow workflow;
    public final LeaveQueries leaveQueries;
    public final ReadQueries readQueries;
    public final ReadModelProjector projector;
    /** Read-side queries wait this long at most for the caller's own latest write (SPEC §4 "Freshness"). */
    public static final long OWN_WRITES_BOUND_MILLIS = 5_000;
    public final ReadYourWrites ownWrites;
    public final CalendarFeeds calendarFeeds;
    /** Present where a bucket is configured (the stack sets UPLOADS_BUCKET; the local runtime its emulator's). */
    public final Optional<Uploads> uploads;
    public final Optional<LeaveReports> reports;
    public final DeliveryLog deliveryLog;
    /** Present where a webhook signing key is configured (the stack always sets one; the local runtime too). */
    public final Optional<WebhookAdministration> webhooks;
    /**
     * Signs paging tokens: the deployment's secret key (the webhook key, under another purpose), or where none is
     * configured (tests) a key of this process.
     */
    public final Supplier<byte[]> pageTokenKey;

    public Application(DynamoDbClient dynamo, String tablePrefix, Clock clock) {
        this(dynamo, tablePrefix, clock, null);
    }

    public Application(DynamoDbClient dynamo, String tablePrefix, Clock clock, S3Bucket bucket) {
        this(dynamo, tablePrefix, clock, bucket, null);
    }

    public Application(DynamoDbClient dynamo, String tablePrefix, Clock clock, S3Bucket bucket,
                       WebhookSettings webhookSettings) {
        this.dynamo = dynamo;
        this.clock = clock;
        this.eventStore = new DynamoDbEventStore(dynamo, tablePrefix, new EventItems(json),
                new Snapshots(dynamo, tablePrefix, json, SNAPSHOT_EVERY));
        this.readModel = new DynamoDbReadModel(dynamo, tablePrefix);
        this.repository = new Repository(eventStore, clock, new RandomIds());
        CommandRetry retry = CommandRetry.standard();
        this.callers = new CallerResolver(repository, retry);
        this.setup = new OrganizationSetup(repository, holidays, retry);
        this.administration = new EmployeeAdministration(repository, holidays, retry);
        this.workflow = new LeaveWorkflow(repository, holidays, retry);
        this.leaveQueries = new LeaveQueries(repository, holidays);
        this.readQueries = new ReadQueries(repository, readModel, clock);
        this.projector = new ReadModelProjector(repository, readModel, readModel, holidays);
        this.ownWrites = new ReadYourWrites(eventStore, readModel, OWN_WRITES_BOUND_MILLIS);
        this.calendarFeeds = new CalendarFeeds(repository, readModel, clock, retry);
        this.uploads = Optional.ofNullable(bucket).map(b -> new Uploads(repository, b.uploadSigner()));
        this.reports = Optional.ofNullable(bucket)
                .map(b -> new LeaveReports(repository, readModel, holidays, clock, b.reportStore()));
        this.deliveryLog = new DynamoDbDeliveryLog(dynamo, tablePrefix);
        byte[] processKey = new byte[32];
        new java.security.SecureRandom().nextBytes(processKey);
        this.pageTokenKey = webhookSettings == null ? () -> processKey : webhookSettings.signingKey();
        this.webhooks = Optional.ofNullable(webhookSettings).map(w -> new WebhookAdministration(repository, retry,
                w.policy(), w.secrets(), deliveryLog));
    }

    /** From the Lambda environment the stack sets: TABLE_PREFIX, AWS_REGION, optionally DYNAMODB_ENDPOINT. */
    public static Application fromEnvironment() {
        DynamoDbClientBuilder builder = DynamoDbClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder());
        String region = System.getenv("AWS_REGION");
        if (region != null) {
            builder.region(Region.of(region));
        }
        String endpoint = System.getenv("DYNAMODB_ENDPOINT");
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        String prefix = System.getenv().getOrDefault("TABLE_PREFIX", "leave-tracker-");
        String bucket = System.getenv("UPLOADS_BUCKET");
        return new Application(builder.build(), prefix, new SystemClock(), bucket == null || bucket.isBlank() ? null
                : S3Bucket.inRegion(region == null ? Region.US_EAST_1 : Region.of(region), bucket),
                WebhookSettings.fromEnvironment().orElse(null));
    }
}
