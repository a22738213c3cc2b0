package org.leavetracker.adapters.storage;

import java.time.Duration;

import org.leavetracker.adapters.report.CsvLeaveReport;
import org.leavetracker.domain.port.ReportStore;
import org.leavetracker.domain.report.LeaveReport;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.presigner.model.PresignedGetObjectRequest;

/** Reports as CSV objects, downloaded through a presigned GET (the bucket itself stays private). */
public final class S3ReportStore implements ReportStore {

    private final S3Bucket bucket;

    public S3ReportStore(S3Bucket bucket) {
        this.bucket = bucket;
    }

    @Override
    public SignedDownload publish(String key, LeaveReport report, Duration validFor) {
        String fileName = key.substring(key.lastIndexOf('/') + 1);
        bucket.client().putObject(o -> o.bucket(bucket.name()).key(key).contentType(CsvLeaveReport.CONTENT_TYPE)
                        .contentDisposition("attachment; filename=\"leave-report-" + fileName + "\""),
                RequestBody.fromBytes(CsvLeaveReport.write(report)));
        PresignedGetObjectRequest signed = bucket.presigner().presignGetObject(p -> p.signatureDuration(validFor)
                .getObjectRequest(o -> o.bucket(bucket.name()).key(key)));
        return new SignedDownload(signed.url().toString(), signed.expiration());
    }
}
