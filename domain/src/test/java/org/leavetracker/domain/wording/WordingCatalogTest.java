package org.leavetracker.domain.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.model.Language;

/**
 * The server's catalogs are complete: every language has every message of the English base with the same
 * placeholders, none carries a message nobody uses, and each is read as written (no fallback to the JVM's locale).
 */
class WordingCatalogTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    private static Properties catalog(Language language) throws IOException {
        String name = "messages" + (language == Language.EN ? "" : "_" + language.tag()) + ".properties";
        try (InputStream in = Wording.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    private static Set<String> placeholders(String message) {
        Matcher m = PLACEHOLDER.matcher(message);
        Set<String> found = new TreeSet<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void every_language_has_every_message_with_the_same_placeholders() throws IOException {
        Properties english = catalog(Language.EN);
        for (Language language : Language.values()) {
            Properties translated = catalog(language);
            assertThat(translated.stringPropertyNames()).as(language + " has exactly the English keys")
                    .isEqualTo(english.stringPropertyNames());
            var differing = new TreeMap<String, String>();
            for (String key : english.stringPropertyNames()) {
                if (!placeholders(english.getProperty(key)).equals(placeholders(translated.getProperty(key)))) {
                    differing.put(key, translated.getProperty(key));
                }
            }
            assertThat(differing).as(language + ": placeholders unlike the English").isEmpty();
        }
    }

    @Test
    void every_message_is_used_by_the_server_code() throws IOException {
        String sources;
        try (Stream<Path> files = Stream.of(Path.of("src/main/java"), Path.of("../functions/src/main/java"),
                Path.of("../adapters/src/main/java")).filter(Files::isDirectory).flatMap(WordingCatalogTest::walk)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).map(WordingCatalogTest::read)
                    .collect(Collectors.joining("\n"));
        }
        Set<String> unused = new TreeSet<>();
        for (String key : catalog(Language.EN).stringPropertyNames()) {
            // a key named whole, or by its stem plus a closed set's name ("mail.half." + halfDay.name())
            String stem = key.substring(0, key.lastIndexOf('.') + 1);
            if (!sources.contains("\"" + key + "\"") && !sources.contains("\"" + stem + "\" +")) {
                unused.add(key);
            }
        }
        assertThat(unused).as("messages no source uses").isEmpty();
    }

    @Test
    void each_language_speaks_its_own_words_and_writes_dates_as_its_country_does() {
        LocalDate first = LocalDate.of(2026, 7, 6);
        LocalDate last = LocalDate.of(2026, 7, 10);
        assertThat(Wording.of(Language.EN, "DE").dates(first, last)).isEqualTo("6 Jul 2026 to 10 Jul 2026");
        assertThat(Wording.of(Language.EN, "US").dates(first, last)).isEqualTo("Jul 6, 2026 to Jul 10, 2026");
        assertThat(Wording.of(Language.DE, "DE").dates(first, last)).isEqualTo("vom 06.07.2026 bis 10.07.2026");
        assertThat(Wording.of(Language.FR, null).dates(first, first)).isEqualTo("6 juil. 2026");
        assertThat(Wording.of(Language.ES, "ES").text("mail.approved", "Vacaciones", "Bea"))
                .isEqualTo("Bea ha aprobado tu solicitud de Vacaciones.");
    }

    private static Stream<Path> walk(Path root) {
        try {
            return Files.walk(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
