package org.leavetracker.s3emulator;

import java.net.URI;
import java.util.AbstractMap;
import java.util.Map;
import java.util.function.Function;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;

/**
 * Starts S3Proxy on loopback with blobs under a directory and SigV4 authentication, so a presigned URL whose
 * signature does not match (another content length, an expired or altered URL) is refused as S3 refuses it.
 * Its signature uses only JDK types because the caller lives in another class loader: in {@code dir}, {@code port}
 * (0 for any), {@code accessKey}, {@code secretKey}; out, the endpoint and how to stop it.
 */
public final class EmbeddedS3 implements Function<Map<String, String>, Map.Entry<URI, AutoCloseable>> {

    @Override
    public Map.Entry<URI, AutoCloseable> apply(Map<String, String> config) {
        try {
            S3Proxy proxy = S3Proxy.builder()
                    .blobStore(new FilesystemNio2BlobStore(config.get("dir")))
                    .endpoint(URI.create("http://127.0.0.1:" + config.get("port")))
                    .awsAuthentication(AuthenticationType.AWS_V4, config.get("accessKey"), config.get("secretKey"))
                    .build();
            proxy.start();
            while (!"STARTED".equals(proxy.getState())) {
                Thread.sleep(5);
            }
            AutoCloseable stop = proxy::stop;
            return new AbstractMap.SimpleImmutableEntry<>(URI.create("http://127.0.0.1:" + proxy.getPort()), stop);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while S3Proxy started", e);
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not start: " + e.getMessage(), e);
        }
    }
}
