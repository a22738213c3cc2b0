package org.leavetracker.local;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import com.almworks.sqlite4java.SQLiteConnection;
import com.almworks.sqlite4java.SQLiteException;

/**
 * DynamoDB Local keeps its tables in one SQLite file with SQLite's defaults: the bytes of an overwritten or deleted
 * item stay in the free space of their page until it is reused. After an erasure those could be an erased person's
 * wrapped data key or their old directory sort key (decision 0036). VACUUM rewrites the file with live items only;
 * the runtime does it when it stops and, for a runtime that was killed, when it starts again.
 */
final class StoredBytes {

    private StoredBytes() {
    }

    static void compact(Path databaseFile) {
        if (!Files.exists(databaseFile)) {
            return;
        }
        SQLiteConnection connection = new SQLiteConnection(new File(databaseFile.toString()));
        try {
            connection.open(false);
            connection.setBusyTimeout(5_000);
            connection.exec("VACUUM");
        } catch (SQLiteException e) {
            System.out.println("could not compact " + databaseFile + " (" + e.getMessage() + "); it is at the next stop");
        } finally {
            connection.dispose();
        }
    }
}
