package org.leavetracker.domain.port;

import java.time.Duration;
import java.time.Instant;

import org.leavetracker.domain.report.LeaveReport;

/** Writes a report as a file under a key and signs a download of it for a short time. */
public interface ReportStore {

    record SignedDownload(String url, Instant expiresAt) {
    }

    SignedDownload publish(String key, LeaveReport report, Duration validFor);
}
