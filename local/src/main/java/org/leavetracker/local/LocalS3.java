package org.leavetracker.local;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.leavetracker.adapters.storage.S3Bucket;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;

/**
 * The local runtime's S3: S3Proxy (module s3-emulator) in a class loader of its own, since its ~150 jars clash with
 * the application's, on a free loopback port, keeping files under the data directory. It checks signatures as S3
 * does, so presigned URLs are tested for real: a different content length or an expired link is refused.
 */
final class LocalS3 implements AutoCloseable {

    static final String BUCKET = "leave-tracker-local";
    private static final String CLASSPATH = "org/leavetracker/s3emulator/s3proxy.classpath";
    private static final String ACCESS_KEY = "local";
    private static final String SECRET_KEY = "local-secret-key";

    private final URLClassLoader loader;
    private final AutoCloseable proxy;
    private final S3Bucket bucket;

    private LocalS3(URLClassLoader loader, Map.Entry<URI, AutoCloseable> started) {
        this.loader = loader;
        this.proxy = started.getValue();
        this.bucket = S3Bucket.at(started.getKey(), ACCESS_KEY, SECRET_KEY, BUCKET);
    }

    @SuppressWarnings("unchecked")
    static LocalS3 start(Path dataDir) throws Exception {
        Path blobs = Files.createDirectories(dataDir.resolve("s3"));
        URLClassLoader loader = new URLClassLoader("s3-emulator", emulatorClassPath(),
                ClassLoader.getPlatformClassLoader());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader); // S3Proxy's logging and service lookups use the context loader
        try {
            Function<Map<String, String>, Map.Entry<URI, AutoCloseable>> emulator =
                    (Function<Map<String, String>, Map.Entry<URI, AutoCloseable>>) loader
                            .loadClass("org.leavetracker.s3emulator.EmbeddedS3").getConstructor().newInstance();
            LocalS3 s3 = new LocalS3(loader, emulator.apply(Map.of("dir", blobs.toString(), "port", "0",
                    "accessKey", ACCESS_KEY, "secretKey", SECRET_KEY)));
            s3.createBucket();
            return s3;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private void createBucket() {
        try {
            bucket.client().createBucket(b -> b.bucket(BUCKET));
        } catch (BucketAlreadyOwnedByYouException alreadyThere) {
            // a restart on the same data directory
        }
    }

    S3Bucket bucket() {
        return bucket;
    }

    URI endpoint() {
        return bucket.client().serviceClientConfiguration().endpointOverride().orElseThrow();
    }

    /** This module's own classes plus the S3Proxy class path that its build wrote down. */
    private static URL[] emulatorClassPath() throws IOException, URISyntaxException {
        URL listing = LocalS3.class.getClassLoader().getResource(CLASSPATH);
        if (listing == null) {
            throw new IllegalStateException(CLASSPATH + " is missing: build the s3-emulator module first");
        }
        List<URL> urls = new ArrayList<>();
        urls.add(codeSourceOf(listing));
        String classPath;
        try (InputStream in = listing.openStream()) {
            classPath = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        return urls.toArray(URL[]::new);
    }

    /** The jar or class directory a resource was found in. */
    private static URL codeSourceOf(URL resource) throws URISyntaxException, MalformedURLException {
        String url = resource.toString();
        if (url.startsWith("jar:")) {
            return URI.create(url.substring("jar:".length(), url.indexOf("!/"))).toURL();
        }
        String root = url.substring(0, url.length() - CLASSPATH.length());
        return new URI(root).toURL();
    }

    @Override
    public void close() throws Exception {
        try {
            bucket.client().close();
            bucket.presigner().close();
            proxy.close();
        } finally {
            loader.close();
        }
    }
}
