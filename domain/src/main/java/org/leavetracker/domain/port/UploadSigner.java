package org.leavetracker.domain.port;

import java.time.Duration;
import java.time.Instant;

/** Signs a one-off upload of exactly this object (key, content type and length) for a short time. */
public interface UploadSigner {

    /** A URL to PUT the file to, with the headers it was signed for, and when it stops working. */
    record SignedUpload(String url, Instant expiresAt) {
    }

    SignedUpload presignPut(String key, String contentType, long contentLength, Duration validFor);
}
