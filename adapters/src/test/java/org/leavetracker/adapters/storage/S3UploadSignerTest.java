package org.leavetracker.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.port.UploadSigner;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** The URL a caller gets: this bucket and key, signed for this content type and length, valid five minutes. */
class S3UploadSignerTest {

    @Test
    void the_signature_covers_the_key_the_content_type_and_the_length_for_a_short_time() {
        S3Presigner presigner = S3Presigner.builder().region(Region.EU_CENTRAL_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "s")))
                .build();
        Instant before = Instant.now();
        UploadSigner.SignedUpload signed = new S3UploadSigner(presigner, "acme-uploads")
                .presignPut("org1/u1/attachment/abc", "application/pdf", 12345, Duration.ofMinutes(5));

        URI url = URI.create(signed.url());
        assertThat(url.getScheme()).isEqualTo("https");
        assertThat(url.getHost()).isEqualTo("acme-uploads.s3.eu-central-1.amazonaws.com");
        assertThat(url.getPath()).isEqualTo("/org1/u1/attachment/abc");
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : url.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        assertThat(query).containsEntry("X-Amz-Expires", "300").containsKey("X-Amz-Signature");
        assertThat(query.get("X-Amz-SignedHeaders").split(";")).contains("content-length", "content-type", "host");
        assertThat(signed.expiresAt()).isBetween(before.plusSeconds(299), Instant.now().plusSeconds(301));
    }
}
