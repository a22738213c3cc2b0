package org.leavetracker.adapters.storage;

import java.net.URI;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** The application's one bucket (uploads under organization prefixes, reports under {@code reports/}). */
public record S3Bucket(S3Client client, S3Presigner presigner, String name) {

    /** In AWS: the function's region and role. */
    public static S3Bucket inRegion(Region region, String name) {
        return new S3Bucket(S3Client.builder().region(region).httpClientBuilder(UrlConnectionHttpClient.builder())
                .build(), S3Presigner.builder().region(region).build(), name);
    }

    /** An S3-compatible endpoint with its own keys (the local runtime's emulator): path-style addresses. */
    public static S3Bucket at(URI endpoint, String accessKey, String secretKey, String name) {
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create(accessKey, secretKey));
        S3Configuration pathStyle = S3Configuration.builder().pathStyleAccessEnabled(true).build();
        return new S3Bucket(S3Client.builder().region(Region.US_EAST_1).endpointOverride(endpoint)
                .credentialsProvider(credentials).serviceConfiguration(pathStyle)
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build(),
                S3Presigner.builder().region(Region.US_EAST_1).endpointOverride(endpoint)
                        .credentialsProvider(credentials).serviceConfiguration(pathStyle).build(), name);
    }

    public S3UploadSigner uploadSigner() {
        return new S3UploadSigner(presigner, name);
    }

    public S3ReportStore reportStore() {
        return new S3ReportStore(this);
    }
}
