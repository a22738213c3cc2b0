package org.leavetracker.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The web module's build ({@code web/} on the classpath): the app at {@code /} with every route of the single-page
 * app falling back to its {@code index.html}, and the bundled GraphQL IDE at {@code /graphiql}. Hashed assets may be
 * cached for good; the pages themselves never, so a new build is seen at once.
 */
final class WebAppFiles {

    /** A file to answer with. */
    record File(byte[] bytes, String contentType, String cacheControl) {
    }

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png", "json", "application/json", "ico", "image/x-icon", "map", "application/json",
            "webmanifest", "application/manifest+json", "txt", "text/plain; charset=utf-8");

    private final Map<String, Optional<File>> cache = new ConcurrentHashMap<>();

    /** The file for a GET of this path, if the app has one. */
    Optional<File> find(String path) {
        if (path.contains("..") || path.contains("//")) {
            return Optional.empty();
        }
        if ("/graphiql".equals(path) || "/graphiql/".equals(path)) {
            return read("graphiql/index.html");
        }
        String name = path.substring(1);
        if (name.isEmpty() || name.lastIndexOf('.') < name.lastIndexOf('/') + 1) {
            return read("index.html"); // a route of the app, not a file
        }
        return read(name);
    }

    private Optional<File> read(String name) {
        return cache.computeIfAbsent(name, n -> {
            try (InputStream in = WebAppFiles.class.getClassLoader().getResourceAsStream("web/" + n)) {
                if (in == null) {
                    return Optional.empty();
                }
                String extension = n.substring(n.lastIndexOf('.') + 1);
                String cache = n.startsWith("assets/") ? "public, max-age=31536000, immutable" : "no-cache";
                return Optional.of(new File(in.readAllBytes(), TYPES.getOrDefault(extension,
                        "application/octet-stream"), cache));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
