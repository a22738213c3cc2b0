package org.leavetracker.domain.port;

import java.time.Duration;

import org.leavetracker.domain.read.PersonalData;

/** Writes a person's data as a file under a key and signs a download of it for a short time. */
public interface PersonalDataStore {

    ReportStore.SignedDownload publish(String key, PersonalData data, Duration validFor);

    /** Deletes every file under a key prefix (a person's exports, when their data is erased). */
    void deleteAll(String keyPrefix);
}
