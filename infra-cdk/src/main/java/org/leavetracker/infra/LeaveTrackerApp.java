package org.leavetracker.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.lambda.Code;

/**
 * The CDK app: {@code cdk synth} / {@code cdk deploy} run it (cdk.json at the repository root). Context values:
 * {@code tablePrefix} (default "leave-tracker-"; it also names the stacks, {@link StackNames}), {@code alarmEmail}
 * (who gets the alarms; none by default), {@code webOrigin} (the web clients' origins allowed to upload,
 * comma-separated; by default the origins of the callback URLs), {@code cognitoDomainPrefix} (a hosted sign-in
 * domain), {@code callbackUrls} (comma-separated, for the app client; none by default), {@code identityProviders}
 * (JSON, see {@link SignIn}) with {@code samlEmailDomains}, {@code mfa}, {@code testClient}, {@code introspection},
 * {@code webDomain} with {@code webCertificateArn}, {@code backupCopyRegion}, {@code region} (for an offline synth).
 * README "Deploy to AWS" lists them all. The Lambda package is the functions module's shaded jar.
 */
public final class LeaveTrackerApp {

    private LeaveTrackerApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        LeaveTrackerStack.Options defaults = LeaveTrackerStack.Options.defaults();
        String prefix = context(app, "tablePrefix", defaults.tablePrefix());
        StackNames names = new StackNames(prefix);
        String account = System.getenv("CDK_DEFAULT_ACCOUNT");
        String region = region(app);
        String callbacks = context(app, "callbackUrls", "");
        String webDomain = context(app, "webDomain", null);

        // CloudFront takes its web ACL from us-east-1 only: elsewhere an edge stack there holds it
        String cloudFrontWebAcl = null;
        if (!EdgeStack.REGION.equals(region)) {
            cloudFrontWebAcl = new EdgeStack(app, names, account, prefix).firewall().arn();
        }
        LeaveTrackerStack.Options options = new LeaveTrackerStack.Options(prefix, context(app, "alarmEmail", null),
                context(app, "webOrigin", originsOf(callbacks)), context(app, "mailFrom", null),
                new SignIn.Config(context(app, "cognitoDomainPrefix", null), List.of(callbacks.split(",")),
                        providers(context(app, "identityProviders", "{}")), context(app, "mailFrom", null),
                        flag(app, "testClient"), flag(app, "mfa"),
                        List.of(context(app, "samlEmailDomains", "").split(","))),
                context(app, "slackSecretName", null),
                new LeaveTrackerStack.Edge(flag(app, "introspection"), webDomain,
                        context(app, "webCertificateArn", null), context(app, "backupCopyRegion", null),
                        cloudFrontWebAcl));
        new LeaveTrackerStack(app, names.main(), StackProps.builder()
                .env(Environment.builder().account(account).region(region).build())
                .crossRegionReferences(cloudFrontWebAcl != null)
                .description("Leave Tracker: self-deployable leave tracker (GraphQL API, event-sourced)").build(),
                LambdaPackages.built(), options);
        app.synth();
    }

    /**
     * The deployment's region: {@code -c region=…} when given, else the CLI's (from the AWS profile or AWS_REGION;
     * the CLI says us-east-1 when it finds none).
     */
    static String region(App app) {
        String fromCli = System.getenv("CDK_DEFAULT_REGION");
        return context(app, "region", fromCli != null && !fromCli.isBlank() ? fromCli : EdgeStack.REGION);
    }

    private static boolean flag(App app, String key) {
        return Boolean.parseBoolean(context(app, key, "false"));
    }

    /** scheme://host[:port] of each URL: where a web client signing in with those callbacks runs. */
    static String originsOf(String urls) {
        return java.util.Arrays.stream(urls.split(",")).map(String::strip).filter(u -> !u.isEmpty())
                .map(u -> java.net.URI.create(u)).map(u -> u.getScheme() + "://" + u.getHost()
                        + (u.getPort() == -1 ? "" : ":" + u.getPort())).distinct()
                .collect(java.util.stream.Collectors.joining(","));
    }

    /** The identityProviders context value: JSON, given in cdk.json or with -c identityProviders='{…}'. */
    static Map<String, Map<String, String>> providers(String json) {
        try {
            return new ObjectMapper().readValue(json, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new IllegalArgumentException("identityProviders must be JSON like {\"google\": {…}}: " + json, e);
        }
    }

    private static String context(App app, String key, String fallback) {
        Object value = app.getNode().tryGetContext(key);
        if (value instanceof Map<?, ?> map) { // JSON given in cdk.json arrives as a map
            try {
                return new ObjectMapper().writeValueAsString(map);
            } catch (IOException e) {
                throw new IllegalArgumentException(key, e);
            }
        }
        return value == null ? fallback : value.toString();
    }

    /** The web module's build, from the repository root or from a module directory. */
    static Path webBuild() {
        for (Path build : new Path[] {Path.of("web/target/classes/web"), Path.of("../web/target/classes/web")}) {
            if (Files.isRegularFile(build.resolve("index.html"))) {
                return build.toAbsolutePath();
            }
        }
        throw new IllegalStateException("no web/target/classes/web/index.html: build the web module first"
                + " (./mvnw install -pl web)");
    }

    /**
     * One of the functions module's deployment jars, from the repository root or from a module directory, by its
     * classifier ({@link LambdaPackages}).
     */
    static Path lambdaPackage(String classifier) {
        for (Path target : new Path[] {Path.of("functions/target"), Path.of("../functions/target")}) {
            if (Files.isDirectory(target)) {
                try (Stream<Path> files = Files.list(target)) {
                    var jar = files.filter(f -> f.getFileName().toString().endsWith("-" + classifier + ".jar"))
                            .findFirst();
                    if (jar.isPresent()) {
                        return jar.get().toAbsolutePath();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("no functions/target/*-" + classifier
                + ".jar: build first (./mvnw package -DskipTests)");
    }
}
