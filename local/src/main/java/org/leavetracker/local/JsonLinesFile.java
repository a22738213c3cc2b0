package org.leavetracker.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A file of one JSON object per line in the data directory: appended to, read whole; it survives restarts. */
final class JsonLinesFile {

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper();

    JsonLinesFile(Path file) {
        this.file = file;
    }

    synchronized void append(Map<String, Object> line) {
        try {
            Files.writeString(file, mapper.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops the lines the predicate selects; written to a new file and moved into place, so a crash loses none. */
    synchronized void removeIf(Predicate<Map<String, Object>> drop) {
        List<Map<String, Object>> kept = all().stream().filter(drop.negate()).toList();
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try {
            StringBuilder text = new StringBuilder();
            for (Map<String, Object> line : kept) {
                text.append(mapper.writeValueAsString(line)).append('\n');
            }
            Files.writeString(next, text, StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized List<Map<String, Object>> all() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Map<String, Object>> lines = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    lines.add(mapper.readValue(line, new TypeReference<LinkedHashMap<String, Object>>() {
                    }));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
