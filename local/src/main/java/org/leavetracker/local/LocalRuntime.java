package org.leavetracker.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;

import org.leavetracker.adapters.bus.EventDetails;
import org.leavetracker.adapters.dynamodb.TableProvisioner;
import org.leavetracker.adapters.dynamodb.Tables;
import org.leavetracker.adapters.graphql.GraphQlShapes;
import org.leavetracker.adapters.slack.SlackWebApi;
import org.leavetracker.adapters.system.PinnedDateClock;
import org.leavetracker.adapters.system.SystemClock;
import org.leavetracker.domain.port.Clock;
import org.leavetracker.functions.api.ApiHandler;
import org.leavetracker.functions.api.ApiRouter;
import org.leavetracker.functions.api.PublicAddresses;
import org.leavetracker.functions.calendar.CalendarFeedHandler;
import org.leavetracker.functions.maintenance.PersonalFieldsMigration;
import org.leavetracker.functions.maintenance.ReadModelRebuild;
import org.leavetracker.functions.pipeline.NotificationHandler;
import org.leavetracker.functions.pipeline.BusRules;
import org.leavetracker.functions.pipeline.ProjectionHandler;
import org.leavetracker.functions.pipeline.PeopleFanOut;
import org.leavetracker.functions.pipeline.ProjectionRunner;
import org.leavetracker.functions.pipeline.StreamForwarder;
import org.leavetracker.functions.pipeline.StreamForwarderHandler;
import org.leavetracker.functions.scim.ScimHandler;
import org.leavetracker.functions.slack.SlackHandler;
import org.leavetracker.functions.slack.SlackNotificationHandler;
import org.leavetracker.functions.support.Application;
import org.leavetracker.adapters.calendar.FolderSecretStore;
import org.leavetracker.adapters.privacy.FileKeyWrapping;
import org.leavetracker.domain.port.PersonalDataKeys;
import org.leavetracker.domain.write.employee.RetentionPeriod;
import org.leavetracker.functions.outofoffice.CalendarDeliveryHandler;
import org.leavetracker.functions.support.CalendarPorts;
import org.leavetracker.functions.support.Ports;
import org.leavetracker.functions.webhook.WebhookDeliveryHandler;
import org.leavetracker.functions.webhook.WebhookDispatcher;
import org.leavetracker.adapters.webhook.WebhookSettings;
import software.amazon.dynamodb.services.local.embedded.DynamoDBEmbedded;
import software.amazon.dynamodb.services.local.shared.access.AmazonDynamoDBLocal;

/**
 * The whole application in one JVM: DynamoDB Local (embedded, persisted in the data directory) with the tables of
 * {@link Tables}, a stream poller feeding the same forwarder handler, an in-process EventBridge matching the same
 * rules with event-ruler and invoking the same projection handler, and the GraphQL endpoints serving the same
 * schema through the same resolver handler.
 */
public final class LocalRuntime implements AutoCloseable {

    static final String TABLE_PREFIX = "local-";

    static {
        // slf4j-simple reads its configuration through the thread's context class loader, which the S3 emulator's
        // isolated loader may be: the bundled settings become system properties first (any given on the command
        // line win).
        try (var in = LocalRuntime.class.getClassLoader().getResourceAsStream("simplelogger.properties")) {
            java.util.Properties settings = new java.util.Properties();
            if (in != null) {
                settings.load(in);
            }
            settings.forEach((key, value) -> {
                if (System.getProperty((String) key) == null) {
                    System.setProperty((String) key, (String) value);
                }
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private final LocalOptions options;
    private final AmazonDynamoDBLocal dynamo;
    private final Map<StreamPoller, Thread> pollers = new LinkedHashMap<>();
    private final LocalServer server;
    private final DeadLetterStore deadLetters;
    private final LocalEventBus bus;
    private final Outbox outbox;
    private final LocalS3 s3;
    private final LocalCertificate certificate;
    private final RetentionPeriod retention;
    private final ScheduledExecutorService daily = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "daily-retention");
        thread.setDaemon(true);
        return thread;
    });
    private final ExecutorService pieces = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "read-model-fan-out");
        thread.setDaemon(true);
        return thread;
    });

    private LocalRuntime(LocalOptions options) throws Exception {
        this.options = options;
        Files.createDirectories(options.dataDir());
        // before DynamoDB Local opens the file: a VACUUM beside it locks it out of its own first reads
        StoredBytes.compact(options.dataDir().resolve("dynamodb"));
        this.dynamo = DynamoDBEmbedded.create(options.dataDir().resolve("dynamodb").toFile(), true);
        List<String> newIndexes = new TableProvisioner(dynamo.dynamoDbClient(), TABLE_PREFIX).createAll();
        Clock clock = options.today() == null ? new SystemClock() : new PinnedDateClock(options.today());
        this.s3 = LocalS3.start(options.dataDir());
        // webhooks: a signing key of this data directory; loopback endpoints only when asked (tests on one machine)
        WebhookSettings webhookSettings = new WebhookSettings(
                KeyFile.loadOrCreate(options.dataDir().resolve("webhook-signing.key")), options.loopbackWebhooks());
        // calendar credentials in a folder of this data directory, as the cloud keeps them in Secrets Manager;
        // people's data keys wrapped by a master key of this data directory, as by the stack's KMS key in the cloud
        Ports ports = Ports.dynamoDb(DurableAppends.wrap(dynamo.dynamoDbClient(), TABLE_PREFIX), TABLE_PREFIX,
                clock, s3.bucket(), webhookSettings, new FileKeyWrapping(KeyFile.loadOrCreate(
                        options.dataDir().resolve("personal-data-master.key")))).withCalendars(CalendarPorts.inProcess(
                        new FolderSecretStore(options.dataDir().resolve("secrets")), options.calendarEndpoints()));
        this.outbox = new Outbox(options.dataDir());
        PersonalDataKeys keys = ports.personalKeys();
        ports = ports.withPersonalKeys(personId -> {
            keys.destroy(personId);
            outbox.forget(personId);
        });
        Application app = new Application(ports);
        ReadModelRebuild rebuild = new ReadModelRebuild(dynamo.dynamoDbClient(), TABLE_PREFIX, app.projector);
        boolean sealed = sealPersonalFields(new PersonalFieldsMigration(dynamo.dynamoDbClient(), TABLE_PREFIX,
                app.json));
        if (options.rebuildReadSide() || !newIndexes.isEmpty() || sealed) {
            // a data directory of an older version: its read items gain what the new indexes list, and are
            // written again sealed
            newIndexes.forEach(index -> System.out.println("added index " + index + "; rebuilding the read side"));
            rebuild.run(System.out::println);
        } else {
            // Crash safety beyond the stream checkpoint: DynamoDB Local may lose a stream record when the process
            // is killed right after a write; whatever the read side has not seen is recomputed before serving.
            rebuild.catchUp(app.readModel::projectedVersion, System.out::println);
        }

        // feed addresses name the port the server really listens on (with --port 0, known only once it started)
        ApiHandler api = new ApiHandler(new ApiRouter(app,
                new PublicAddresses(this::baseUrl, () -> baseUrl() + "scim/v2")));
        GraphQlEngine engine = new GraphQlEngine(api);
        SubscriptionHub hub = new SubscriptionHub(engine, new GraphQlShapes(app.json.mapper(), app.clock));
        // The pieces of an organization-wide change run beside the read side's lane, as the cloud's rule targets run
        // in parallel: a person's fresh request is not held behind a holiday for the whole company (decision 0023).
        AtomicReference<LocalEventBus> busForPieces = new AtomicReference<>();
        PeopleFanOut fanOut = new PeopleFanOut(entries -> {
            pieces.execute(() -> busForPieces.get().lane(BusRules.Consumer.PROJECTIONS).put(entries));
            return java.util.Collections.nCopies(entries.size(), null);
        });
        ProjectionHandler projections = new ProjectionHandler(new ProjectionRunner(new EventDetails(app.json),
                app.repository, app.projector, hub, fanOut));
        this.deadLetters = new DeadLetterStore(options.dataDir());
        NotificationHandler notifications = new NotificationHandler(NotificationHandler.notifier(app.repository,
                app.readModel, app.json, outbox));
        Map<BusRules.Consumer, Consumer<ScheduledEvent>> consumers = new EnumMap<>(BusRules.Consumer.class);
        consumers.put(BusRules.Consumer.PROJECTIONS, event -> projections.handleRequest(event, null));
        consumers.put(BusRules.Consumer.NOTIFICATIONS, event -> notifications.handleRequest(event, null));
        // 2 s a delivery attempt, not the cloud's 10 s: a dead endpoint holds only the webhook lane, but for less long
        WebhookDeliveryHandler webhooks = WebhookDeliveryHandler.of(app.repository, app.json, app.deliveryLog,
                app.clock, webhookSettings,
                WebhookDispatcher.http(Duration.ofSeconds(2)), 20);
        consumers.put(BusRules.Consumer.WEBHOOKS, event -> webhooks.handleRequest(event, null));
        // a provider's Retry-After and the backoff waited a tenth as long: a test's rate limit is over in moments
        CalendarDeliveryHandler calendars = CalendarDeliveryHandler.of(ports, 10);
        consumers.put(BusRules.Consumer.CALENDARS, event -> calendars.handleRequest(event, null));
        SlackHandler slack = null;
        if (options.slack() != null) {
            SlackWebApi slackApi = options.slack().webApi();
            slack = new SlackHandler(app, options.slack(), slackApi);
            SlackNotificationHandler slackNotifications = new SlackNotificationHandler(
                    NotificationHandler.notifier(app.repository, app.readModel, app.json, slackApi));
            consumers.put(BusRules.Consumer.SLACK, event -> slackNotifications.handleRequest(event, null));
        }
        this.bus = new LocalEventBus(consumers, Map.of(BusRules.READ_MODEL.name(), projections::handleBatch),
                deadLetters);
        busForPieces.set(bus);
        String streamArn = dynamo.dynamoDbClient().describeTable(b -> b.tableName(
                Tables.EVENTS.tableName(TABLE_PREFIX))).table().latestStreamArn();
        // One poller and forwarder per consumer, as EventBridge invokes each rule target on its own: a webhook
        // endpoint that times out must not hold the read side. The read side's checkpoint keeps its old name, and
        // the others start from it when they have none (data directories of one poller for all).
        Path readSideCheckpoint = options.dataDir().resolve("stream-checkpoint.properties");
        for (BusRules.Consumer consumer : consumers.keySet()) {
            boolean readSide = consumer == BusRules.Consumer.PROJECTIONS;
            StreamForwarderHandler forwarder = new StreamForwarderHandler(new StreamForwarder(bus.lane(consumer),
                    new EventDetails(app.json), 3, 50));
            String lane = consumer.name().toLowerCase(Locale.ROOT);
            StreamPoller poller = new StreamPoller(dynamo.dynamoDbStreamsClient(), streamArn, forwarder,
                    readSide ? readSideCheckpoint : options.dataDir().resolve("stream-checkpoint-" + lane
                            + ".properties"), readSide ? null : readSideCheckpoint, readSide ? 25 : 100);
            Thread thread = new Thread(poller, "events-stream-poller-" + lane);
            thread.setDaemon(true);
            pollers.put(poller, thread);
        }

        // One issuer whatever the port, so tokens stay valid when the runtime restarts elsewhere on the same data.
        DevTokens tokens = new DevTokens(options.dataDir(), "leave-tracker-local");
        this.certificate = LocalCertificate.loadOrCreate(options.dataDir());
        this.retention = app.retention;
        this.server = new LocalServer(options.port(), engine, tokens, new Subscriptions(tokens, engine, hub, app, api),
                new DevEndpoints(outbox, deadLetters, bus), new CalendarFeedHandler(app.calendarFeeds, app.clock),
                        slack, new ScimHandler(app), certificate);
    }

    /** Starts everything; with port 0 a free port is chosen (see {@link #port()}). */
    public static LocalRuntime start(LocalOptions options) throws Exception {
        LocalRuntime runtime = new LocalRuntime(options);
        runtime.pollers.values().forEach(Thread::start);
        runtime.server.start();
        runtime.daily.scheduleAtFixedRate(runtime::runRetention, 0, 1, TimeUnit.DAYS);
        return runtime;
    }

    /**
     * A data directory of a version before sealing (decision 0036) has its clear personal fields sealed once, as the
     * operator's SealingFunction does in the cloud; true when anything was sealed, so the read side is rebuilt.
     */
    private static boolean sealPersonalFields(PersonalFieldsMigration migration) {
        if (migration.done()) {
            return false;
        }
        PersonalFieldsMigration.Progress progress = migration.run(() -> true);
        if (progress.sealed() + progress.claims() + progress.snapshots() == 0) {
            return false;
        }
        System.out.println("sealed the personal fields of " + progress.sealed() + " events, hashed "
                + progress.claims() + " claims, dropped " + progress.snapshots() + " snapshots");
        return true;
    }

    /** The cloud's daily retention rule: a failure goes to the dead letters, as its failure queue holds it there. */
    private void runRetention() {
        try {
            int erased = retention.runAll();
            if (erased > 0) {
                System.out.println("retention period: erased " + erased + " leavers");
            }
        } catch (RuntimeException e) {
            deadLetters.add("retention", "{\"detail-type\":\"Scheduled Event\"}", String.valueOf(e.getMessage()));
        }
    }

    public int port() {
        return server.port();
    }

    private String baseUrl() {
        return "http://localhost:" + server.port() + "/";
    }

    /** The localhost certificate (PEM) the HTTPS and WSS endpoints present. */
    public Path certificatePem() {
        return certificate.pem();
    }

    public Outbox outbox() {
        return outbox;
    }

    public DeadLetterStore deadLetters() {
        return deadLetters;
    }

    @Override
    public void close() throws Exception {
        server.stop();
        bus.close();
        daily.shutdownNow();
        pieces.shutdown();
        pollers.keySet().forEach(StreamPoller::stop);
        for (Thread thread : pollers.values()) {
            thread.join(5000);
        }
        dynamo.shutdown();
        StoredBytes.compact(options.dataDir().resolve("dynamodb"));
        s3.close();
    }

    public static void main(String[] args) throws Exception {
        LocalOptions options;
        try {
            options = LocalOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        LocalRuntime runtime = start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runtime.close();
            } catch (Exception ignored) {
                // the process is ending
            }
        }));
        int port = runtime.port();
        System.out.printf("""

                Leave Tracker (local) is running — started in %d ms
                  Web app                        http://localhost:%d/   (also https://localhost:%d/)
                  GraphQL (queries, mutations)   http://localhost:%d/graphql
                  Subscriptions, graphql-ws      ws://localhost:%d/graphql
                  Subscriptions, AppSync         ws://localhost:%d/graphql/realtime   (also wss://, as Amplify uses)
                  GraphQL IDE                    http://localhost:%d/graphiql
                  Dev sign-in                    POST http://localhost:%d/dev/token {"email": "...", "name": "..."}
                  Mail sent (notifications)      GET  http://localhost:%d/dev/outbox[?to=e-mail]
                  Dead letters, redrive          GET  http://localhost:%d/dev/dead-letters, POST …/redrive
                  S3 (uploads, reports)          %s/%s (S3Proxy; access key local)
                  Slack app request URL          %s
                  SCIM 2.0 (Okta, Entra ID)      http://localhost:%d/scim/v2 (a token from createScimToken)
                  Data                           %s%s
                Every port serves HTTPS and WSS too, with a certificate for localhost made on first start:
                  %s
                Live updates in the web app go over wss:// (as AppSync's do): trust that certificate once (Chrome:
                Settings › Privacy and security › Security › Manage certificates › Authorities › Import; Node:
                NODE_EXTRA_CA_CERTS), or open https://localhost:%d/ and accept it.
                Stop with Ctrl+C.
                """, (System.nanoTime() - started) / 1_000_000, port, port, port, port, port, port, port, port, port,
                runtime.s3.endpoint(), LocalS3.BUCKET, options.slack() == null
                        ? "off (set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN)"
                        : "POST http://localhost:" + port + "/slack/events", port, options.dataDir().toAbsolutePath(),
                options.today() == null ? "" : "\n  Today pinned to                %s".formatted(options.today()),
                runtime.certificatePem().toAbsolutePath(), port);
    }

}
