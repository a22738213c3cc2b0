package org.leavetracker.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType;
import org.leavetracker.functions.pipeline.StreamForwarderHandler;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Does locally what Lambda's event source mapping does in the cloud: reads the events table's stream, hands each
 * batch to the same forwarder handler as a real {@link DynamodbEvent}, and on reported failures retries from the
 * first failed record. Its position is checkpointed to a file after every batch, so a restart (even after kill -9)
 * resumes where it stopped; what was forwarded but not checkpointed is forwarded again, and projections are
 * idempotent.
 */
public final class StreamPoller implements Runnable {

    private static final int BATCH = 100;

    private final DynamoDbStreamsClient streams;
    private final String streamArn;
    private final StreamForwarderHandler forwarder;
    private final Path checkpointFile;
    private final long idleMillis;
    private volatile boolean running = true;
    private String iterator;

    /**
     * @param checkpointFile where this poller's position is kept
     * @param seed           a checkpoint to start from when this poller has none yet (a consumer added to an
     *                       existing data directory starts where the others are, rather than replaying history)
     * @param idleMillis     the pause after finding nothing new
     */
    public StreamPoller(DynamoDbStreamsClient streams, String streamArn, StreamForwarderHandler forwarder,
                        Path checkpointFile, Path seed, long idleMillis) {
        this.streams = streams;
        this.streamArn = streamArn;
        this.forwarder = forwarder;
        this.checkpointFile = checkpointFile;
        this.idleMillis = idleMillis;
        if (seed != null && !Files.exists(checkpointFile) && Files.exists(seed)) {
            try {
                Files.copy(seed, checkpointFile);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public void stop() {
        running = false;
    }

    @Override
    public void run() {
        while (running) {
            try {
                if (!pollOnce()) {
                    Thread.sleep(idleMillis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (TrimmedDataAccessException | ExpiredIteratorException stale) {
                // DynamoDB Local may declare an iterator trimmed after an UpdateItem on another table: start again
                // from the checkpoint (records at or before it are filtered out, so nothing is forwarded twice)
                iterator = null;
            } catch (RuntimeException e) {
                if (running) {
                    System.err.println("stream poller: " + e);
                    iterator = null;
                    sleepQuietly(500);
                }
            }
        }
    }

    /** Forwards the next batch, if any; true when records were found. */
    boolean pollOnce() {
        if (iterator == null) {
            position();
            if (iterator == null) {
                return false;
            }
        }
        String current = iterator;
        var page = streams.getRecords(b -> b.shardIterator(current).limit(BATCH));
        iterator = page.nextShardIterator();
        String checkpoint = readCheckpoint();
        List<Record> fresh = page.records().stream()
                .filter(r -> after(r.dynamodb().sequenceNumber(), checkpoint)).toList();
        if (fresh.isEmpty()) {
            return false;
        }
        if (!forward(fresh)) {
            iterator = null; // retry from the checkpoint: the failed record and everything after it
        }
        return true;
    }

    /** Points the iterator just after the checkpoint, or at the start of the stream. */
    private void position() {
        String checkpoint = readCheckpoint();
        for (Shard shard : streams.describeStream(b -> b.streamArn(streamArn)).streamDescription().shards()) {
            if (checkpoint != null) {
                try {
                    iterator = streams.getShardIterator(b -> b.streamArn(streamArn).shardId(shard.shardId())
                            .shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER)
                            .sequenceNumber(checkpoint)).shardIterator();
                    return;
                } catch (RuntimeException notInThisShard) {
                    // try the next shard; records at or before the checkpoint are filtered out anyway
                }
            }
            iterator = streams.getShardIterator(b -> b.streamArn(streamArn).shardId(shard.shardId())
                    .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
            return;
        }
    }

    /** @return false when some record failed and must be retried */
    private boolean forward(List<Record> records) {
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(records.stream().map(StreamPoller::toLambda).toList());
        StreamsEventResponse response = forwarder.handleRequest(event, null);
        String lastGood = records.getLast().dynamodb().sequenceNumber();
        if (response.getBatchItemFailures() != null && !response.getBatchItemFailures().isEmpty()) {
            BigInteger firstFailed = response.getBatchItemFailures().stream()
                    .map(f -> new BigInteger(f.getItemIdentifier())).min(BigInteger::compareTo).orElseThrow();
            lastGood = null;
            for (Record r : records) {
                if (new BigInteger(r.dynamodb().sequenceNumber()).compareTo(firstFailed) < 0) {
                    lastGood = r.dynamodb().sequenceNumber();
                }
            }
            sleepQuietly(200); // as Lambda does, retry the failed record (and what follows) shortly
        }
        if (lastGood != null) {
            writeCheckpoint(lastGood);
        }
        return lastGood != null && lastGood.equals(records.getLast().dynamodb().sequenceNumber());
    }

    private static boolean after(String sequence, String checkpoint) {
        return checkpoint == null || new BigInteger(sequence).compareTo(new BigInteger(checkpoint)) > 0;
    }

    private String readCheckpoint() {
        if (!Files.exists(checkpointFile)) {
            return null;
        }
        Properties p = new Properties();
        try (var in = Files.newInputStream(checkpointFile)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("sequenceNumber");
    }

    private void writeCheckpoint(String sequence) {
        Properties p = new Properties();
        p.setProperty("sequenceNumber", sequence);
        Path temp = checkpointFile.resolveSibling(checkpointFile.getFileName() + ".tmp");
        try (var out = Files.newOutputStream(temp)) {
            p.store(out, "last events-table stream record forwarded to the bus");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.move(temp, checkpointFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SDK's stream record as the Lambda event the forwarder receives in the cloud. */
    static DynamodbEvent.DynamodbStreamRecord toLambda(Record record) {
        Map<String, AttributeValue> image = new HashMap<>();
        if (record.dynamodb().newImage() != null) {
            record.dynamodb().newImage().forEach((name, value) -> {
                if (value.s() != null) {
                    image.put(name, new AttributeValue().withS(value.s()));
                } else if (value.n() != null) {
                    image.put(name, new AttributeValue().withN(value.n()));
                }
            });
        }
        StreamRecord stream = new StreamRecord().withNewImage(image)
                .withSequenceNumber(record.dynamodb().sequenceNumber())
                .withStreamViewType(StreamViewType.NEW_IMAGE);
        DynamodbEvent.DynamodbStreamRecord lambda = new DynamodbEvent.DynamodbStreamRecord();
        lambda.setEventID(record.eventID());
        lambda.setEventName(record.eventNameAsString());
        lambda.setEventSource("aws:dynamodb");
        lambda.setAwsRegion("local");
        lambda.setDynamodb(stream);
        return lambda;
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
