package org.leavetracker.adapters.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

import org.leavetracker.adapters.dynamodb.TableProvisioner;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * AWS's DynamoDB Local, started in this JVM once for all tests (in memory, on a free port, telemetry off), with a
 * client that fails any {@code Scan}: no request path may scan. Each test gets its own table prefix.
 */
public final class LocalDynamo {

    private static LocalDynamo shared;

    private final DynamoDbClient client;
    private final DynamoDbClient scanningClient;
    private final AtomicInteger prefixes = new AtomicInteger();
    private final int port;

    private LocalDynamo(int port) {
        this.port = port;
        this.client = client(port, true);
        this.scanningClient = client(port, false);
    }

    private static DynamoDbClient client(int port, boolean forbidScans) {
        var builder = DynamoDbClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + port))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder());
        if (forbidScans) {
            builder.overrideConfiguration(c -> c.addExecutionInterceptor(new NoScan()));
        }
        return builder.build();
    }

    /** For the one job allowed to scan (rebuilding the read side): never for a request path. */
    public DynamoDbClient scanningClient() {
        return scanningClient;
    }

    public static synchronized LocalDynamo shared() {
        if (shared == null) {
            int port = freePort();
            try {
                DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(
                        new String[] {"-inMemory", "-port", Integer.toString(port), "-disableTelemetry"});
                server.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.stop();
                    } catch (Exception ignored) {
                        // the JVM is going away
                    }
                }));
            } catch (Exception e) {
                throw new IllegalStateException("DynamoDB Local did not start", e);
            }
            shared = new LocalDynamo(port);
        }
        return shared;
    }

    /** The port the server listens on (127.0.0.1), for a process of its own. */
    public int port() {
        return port;
    }

    public DynamoDbClient client() {
        return client;
    }

    /** Fresh, empty tables for one test under a new prefix. */
    public String freshTables() {
        String prefix = "t" + prefixes.incrementAndGet() + "-";
        new TableProvisioner(client, prefix).createAll();
        return prefix;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails every Scan: queries must be key or index lookups. */
    static final class NoScan implements ExecutionInterceptor {
        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            if (context.request() instanceof ScanRequest scan) {
                throw new AssertionError("Scan on table " + scan.tableName() + ": request paths must not scan");
            }
        }
    }
}
