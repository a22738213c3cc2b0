package org.leavetracker.functions.support;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.function.Supplier;

import org.leavetracker.adapters.json.EventJson;
import org.leavetracker.adapters.storage.S3Bucket;
import org.leavetracker.adapters.storage.S3PersonalDataStore;
import org.leavetracker.adapters.webhook.WebhookSettings;
import org.leavetracker.domain.calendar.CalendarFeeds;
import org.leavetracker.domain.port.Clock;
import org.leavetracker.domain.port.DeliveryLog;
import org.leavetracker.domain.port.EventStore;
import org.leavetracker.domain.port.HolidayCalendar;
import org.leavetracker.domain.port.RateLimits;
import org.leavetracker.domain.port.ReadModel;
import org.leavetracker.domain.read.LeaveQueries;
import org.leavetracker.domain.read.LeaveReports;
import org.leavetracker.domain.read.PersonalDataExports;
import org.leavetracker.domain.port.PersonalDataStore;
import org.leavetracker.domain.write.employee.PersonalDataErasure;
import org.leavetracker.domain.write.employee.RetentionPeriod;
import org.leavetracker.domain.read.ReadQueries;
import org.leavetracker.domain.read.ReadYourWrites;
import org.leavetracker.domain.read.SettingsQueries;
import org.leavetracker.domain.read.projection.ReadModelProjector;
import org.leavetracker.domain.upload.Uploads;
import org.leavetracker.domain.write.CommandRetry;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.domain.write.employee.CallerResolver;
import org.leavetracker.domain.write.employee.EmployeeAdministration;
import org.leavetracker.domain.write.employee.MyPreferences;
import org.leavetracker.domain.write.leave.LeaveWorkflow;
import org.leavetracker.domain.provisioning.PeopleProvisioning;
import org.leavetracker.domain.write.organization.DecidersSetup;
import org.leavetracker.domain.write.organization.ProvisioningSetup;
import org.leavetracker.domain.write.organization.OrganizationSetup;
import org.leavetracker.domain.write.organization.CalendarAdministration;
import org.leavetracker.domain.write.organization.WebhookAdministration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The application wired once: the use cases around the ports it is given. A Lambda builds it in a static field (once
 * per cold start, before a SnapStart snapshot) from {@link Ports#fromEnvironment()}; the local runtime and the tests
 * from their own DynamoDB client and clock.
 */
public final class Application {

    /** Read-side queries wait this long at most for the caller's own latest write (SPEC §4 "Freshness"). */
    public static final long OWN_WRITES_BOUND_MILLIS = 5_000;

    public final EventJson json;
    public final EventStore eventStore;
    public final ReadModel readModel;
    public final HolidayCalendar holidays;
    public final Clock clock;
    public final Repository repository;
    public final CallerResolver callers;
    public final OrganizationSetup setup;
    public final DecidersSetup deciders;
    public final ProvisioningSetup provisioning;
    public final PeopleProvisioning people;
    public final SettingsQueries settings;
    public final EmployeeAdministration administration;
    public final LeaveWorkflow workflow;
    public final MyPreferences preferences;
    public final LeaveQueries leaveQueries;
    public final ReadQueries readQueries;
    public final ReadModelProjector projector;
    public final ReadYourWrites ownWrites;
    public final CalendarFeeds calendarFeeds;
    /** Present where a bucket is configured (the stack sets UPLOADS_BUCKET; the local runtime its emulator's). */
    public final Optional<Uploads> uploads;
    public final Optional<LeaveReports> reports;
    public final Optional<PersonalDataExports> personalData;
    public final PersonalDataErasure erasure;
    public final RetentionPeriod retention;
    public final DeliveryLog deliveryLog;
    public final RateLimits rateLimits;
    /** Present where a webhook signing key is configured (the stack always sets one; the local runtime too). */
    public final Optional<WebhookAdministration> webhooks;
    /** Absent where the deployment keeps no calendar credentials. */
    public final Optional<CalendarAdministration> calendars;
    /**
     * Signs paging tokens: the deployment's secret key (the webhook key, under another purpose), or where none is
     * configured (tests) a key of this process.
     */
    public final Supplier<byte[]> pageTokenKey;

    public Application(Ports ports) {
        this.json = ports.json();
        this.eventStore = ports.events();
        this.readModel = ports.readModel();
        this.holidays = ports.holidays();
        this.clock = ports.clock();
        this.deliveryLog = ports.deliveryLog();
        this.rateLimits = ports.rateLimits();
        this.repository = ports.repository();
        CommandRetry retry = CommandRetry.standard();
        this.callers = new CallerResolver(repository, retry);
        this.setup = new OrganizationSetup(repository, holidays, retry);
        this.deciders = new DecidersSetup(repository, retry);
        this.provisioning = new ProvisioningSetup(repository, retry);
        this.settings = new SettingsQueries(repository, holidays);
        this.administration = new EmployeeAdministration(repository, holidays, retry);
        this.people = new PeopleProvisioning(repository, setup, deciders, administration);
        this.workflow = new LeaveWorkflow(repository, holidays, retry);
        this.preferences = new MyPreferences(repository, holidays, retry);
        this.leaveQueries = new LeaveQueries(repository, holidays);
        this.readQueries = new ReadQueries(repository, readModel, clock);
        this.projector = ports.projector();
        this.ownWrites = new ReadYourWrites(eventStore, readModel, OWN_WRITES_BOUND_MILLIS);
        this.calendarFeeds = new CalendarFeeds(repository, readModel, clock, retry);
        this.uploads = ports.bucket().map(b -> new Uploads(repository, b.uploadSigner()));
        this.reports = ports.bucket().map(b -> new LeaveReports(repository, readModel, holidays, clock,
                b.reportStore()));
        this.personalData = ports.bucket().map(b -> new PersonalDataExports(repository, eventStore, holidays, clock,
                new S3PersonalDataStore(b, json), retry));
        Optional<PersonalDataStore> exportFiles = ports.bucket().map(b -> new S3PersonalDataStore(b, json));
        this.erasure = new PersonalDataErasure(repository, holidays, ports.personalKeys(), exportFiles, retry);
        this.retention = new RetentionPeriod(repository, readModel, erasure, ports.personalKeys(), retry);
        byte[] processKey = new byte[32];
        new SecureRandom().nextBytes(processKey);
        this.pageTokenKey = ports.webhooks().<Supplier<byte[]>>map(WebhookSettings::signingKey).orElse(() -> processKey);
        this.webhooks = ports.webhooks().map(w -> new WebhookAdministration(repository, retry, w.policy(),
                w.secrets(), deliveryLog));
        this.calendars = ports.calendars().map(c -> new CalendarAdministration(repository, retry, c.credentials(),
                c.check(), ports.calendarLog()));
    }

    /** On the DynamoDB tables of one prefix, without uploads or webhooks (tests, benchmarks). */
    public Application(DynamoDbClient dynamo, String tablePrefix, Clock clock) {
        this(Ports.dynamoDb(dynamo, tablePrefix, clock, null, null));
    }

    public Application(DynamoDbClient dynamo, String tablePrefix, Clock clock, S3Bucket bucket,
                       WebhookSettings webhookSettings) {
        this(Ports.dynamoDb(dynamo, tablePrefix, clock, bucket, webhookSettings));
    }

    /** In a Lambda: the real adapters, from the environment the stack sets. */
    public static Application fromEnvironment() {
        return new Application(Ports.fromEnvironment());
    }
}
