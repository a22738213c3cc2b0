package org.leavetracker.adapters.storage;

import java.time.Duration;

import org.leavetracker.domain.port.UploadSigner;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * Presigned S3 PUTs into the uploads bucket. Content type and length are part of the signature, so S3 refuses a
 * different file; presigning is local computation with the function's credentials (no call to S3).
 */
public final class S3UploadSigner implements UploadSigner {

    private final S3Presigner presigner;
    private final String bucket;

    public S3UploadSigner(S3Presigner presigner, String bucket) {
        this.presigner = presigner;
        this.bucket = bucket;
    }

    @Override
    public SignedUpload presignPut(String key, String contentType, long contentLength, Duration validFor) {
        PresignedPutObjectRequest signed = presigner.presignPutObject(p -> p.signatureDuration(validFor)
                .putObjectRequest(o -> o.bucket(bucket).key(key).contentType(contentType)
                        .contentLength(contentLength)));
        return new SignedUpload(signed.url().toString(), signed.expiration());
    }
}
