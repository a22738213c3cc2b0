package org.leavetracker.local;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The local runtime's dead-letter queue: an event a consumer kept failing on, with the rule and the reason, one JSON
 * line each in {@code dead-letters.jsonl} of the data directory (the cloud uses an SQS queue per rule target).
 */
public final class DeadLetterStore {

    private final JsonLinesFile file;

    public DeadLetterStore(Path dataDir) {
        this.file = new JsonLinesFile(dataDir.resolve("dead-letters.jsonl"));
    }

    public void add(String rule, String event, String reason) {
        Map<String, Object> letter = new LinkedHashMap<>();
        letter.put("id", UUID.randomUUID().toString());
        letter.put("at", Instant.now().toString());
        letter.put("rule", rule);
        letter.put("reason", reason);
        letter.put("event", event);
        file.append(letter);
        System.err.println("dead letter (" + rule + "): " + reason);
    }

    public List<Map<String, Object>> all() {
        return file.all();
    }

    /** Removes one letter once its event was delivered again. */
    void remove(String id) {
        file.removeIf(letter -> id.equals(letter.get("id")));
    }
}
