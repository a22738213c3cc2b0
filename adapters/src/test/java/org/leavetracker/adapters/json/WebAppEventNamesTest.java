package org.leavetracker.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The stored event names are the event store's contract with itself, not the web app's: the app renders the typed
 * history entries the API serves, so an upcast or a renamed event never reaches a screen. No file of web/src may name
 * a stored event type.
 */
class WebAppEventNamesTest {

    private static final Path WEB_SOURCES = Path.of("../web/src");

    @Test
    void the_web_app_names_no_stored_event_type() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(WEB_SOURCES)) {
            sources = files.filter(f -> f.toString().endsWith(".ts") || f.toString().endsWith(".tsx")).toList();
        }
        assertThat(sources).hasSizeGreaterThan(10);
        Pattern storedName = Pattern.compile("\\b(" + String.join("|", EventCatalog.types().keySet()) + ")\\b");
        assertThat(sources).allSatisfy(file -> assertThat(storedName.matcher(read(file)).results()
                .map(m -> m.group(1)).toList()).as(file.toString()).isEmpty());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
