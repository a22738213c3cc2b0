package org.leavetracker.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Where a consumer's poller starts: its own checkpoint, else the read side's, else the start of the stream. */
class StreamPollerTest {

    private static StreamPoller poller(Path checkpoint, Path seed) {
        return new StreamPoller(null, "arn:local", null, checkpoint, seed, 100);
    }

    @Test
    void a_consumer_added_to_an_existing_data_directory_starts_where_the_read_side_is() throws Exception {
        Path dir = Files.createTempDirectory("poller");
        Path readSide = dir.resolve("stream-checkpoint.properties");
        Files.writeString(readSide, "sequenceNumber=000000000000000000042\n");
        Path webhooks = dir.resolve("stream-checkpoint-webhooks.properties");

        poller(webhooks, readSide);
        assertThat(webhooks).hasContent(Files.readString(readSide));

        Files.writeString(webhooks, "sequenceNumber=000000000000000000017\n");
        poller(webhooks, readSide);
        assertThat(webhooks).as("its own checkpoint is kept").hasContent("sequenceNumber=000000000000000000017");
    }

    @Test
    void in_a_new_data_directory_every_consumer_starts_at_the_beginning() throws Exception {
        Path dir = Files.createTempDirectory("poller");
        Path readSide = dir.resolve("stream-checkpoint.properties");
        Path notifications = dir.resolve("stream-checkpoint-notifications.properties");

        poller(readSide, null);
        poller(notifications, readSide);
        assertThat(readSide).doesNotExist();
        assertThat(notifications).doesNotExist();
    }
}
