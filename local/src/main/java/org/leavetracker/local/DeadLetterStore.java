package org.leavetracker.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The local runtime's dead-letter queue: an event a consumer kept failing on, with the rule and the reason, one JSON
 * line each in {@code dead-letters.jsonl} of the data directory (the cloud uses an SQS queue per rule target).
 */
public final class DeadLetterStore {

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper();

    public DeadLetterStore(Path dataDir) {
        this.file = dataDir.resolve("dead-letters.jsonl");
    }

    public synchronized void add(String rule, String event, String reason) {
        Map<String, Object> letter = new LinkedHashMap<>();
        letter.put("at", Instant.now().toString());
        letter.put("rule", rule);
        letter.put("reason", reason);
        letter.put("event", event);
        try {
            Files.writeString(file, mapper.writeValueAsString(letter) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.err.println("dead letter (" + rule + "): " + reason);
    }

    public synchronized List<Map<String, Object>> all() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Map<String, Object>> letters = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    letters.add(mapper.readValue(line, new TypeReference<LinkedHashMap<String, Object>>() {
                    }));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return letters;
    }
}
